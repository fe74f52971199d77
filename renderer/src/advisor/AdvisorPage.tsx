import { Alert, Button, Group, List, Loader, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { KIND_LABEL } from '../../../shared/domain/advisor';
import { normalise } from '../../../shared/domain/words';
import { SUGGESTION_KINDS, type SuggestionKind } from '../../../shared/schema/vocabulary';
import { useNav, type PageProps } from '../shell/nav';
import { SuggestionCard } from './SuggestionCard';
import { useAdvice } from './useAdvice';
import { ErrorNote } from '../data/ErrorNote';

/** Shown at first, per kind; "Show all" for the rest (a heavy vault has hundreds). */
const FIRST = 8;

/**
 * The Advisor: every suggestion by kind, best first, each with its reasoning; filters by
 * kind and words; dismissed and snoozed ones on request, to restore.
 */
export function AdvisorPage({ params }: PageProps) {
  /** `peer`: only the suggestions about one peer (from the palette, or their page) */
  const about = params.peer ?? null;
  const nav = useNav();
  const { data, names, error, reload } = useAdvice();
  const [kind, setKind] = useState<SuggestionKind | 'all'>('all');
  const [query, setQuery] = useState('');
  const [hidden, setHidden] = useState(params.hidden === '1');
  const [more, setMore] = useState<Set<SuggestionKind>>(new Set());

  const shown = useMemo(() => {
    if (!data) return [];
    const words = normalise(query).split(' ').filter(Boolean);
    return data.suggestions.filter(
      (s) =>
        (kind === 'all' || s.kind === kind) &&
        (about === null || s.peerIds.includes(about)) &&
        (hidden ? s.hidden !== null : s.hidden === null) &&
        (words.length === 0 || words.every((w) => normalise([s.title, ...s.because.map((b) => b.text)].join(' ')).includes(w))),
    );
  }, [data, kind, query, hidden, about]);
  const hiddenCount = data?.suggestions.filter((s) => s.hidden !== null).length ?? 0;

  return (
    <Stack gap="md" maw={900} data-testid="advisor-page">
      <Stack gap={2}>
        <Title order={1} size="h2">
          Advisor
        </Title>
        <Text size="sm" c="dimmed">
          Suggestions worked out on this computer from your own vault; each says which facts it rests on. Nothing is sent anywhere.
        </Text>
      </Stack>
      <Group gap="xs" wrap="wrap">
        <Select
          aria-label="Kind"
          w={230}
          value={kind}
          onChange={(v) => setKind(v ?? 'all')}
          data={[{ value: 'all', label: 'All kinds' }, ...SUGGESTION_KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] }))]}
          allowDeselect={false}
        />
        <TextInput
          aria-label="Search suggestions"
          placeholder="Search names, skills, goals"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={260}
        />
        <Switch label={`Dismissed and snoozed (${hiddenCount})`} checked={hidden} onChange={(e) => setHidden(e.currentTarget.checked)} />
        {about !== null && (
          <Button size="compact-sm" variant="light" onClick={() => nav.go('advisor')} data-testid="advisor-about">
            Only about {names.get(about) ?? 'one peer'} · show all
          </Button>
        )}
      </Group>
      <ErrorNote error={error} onRetry={reload} />
      {!data && !error && <Loader size="sm" aria-label="Working out suggestions" />}
      {data && shown.length === 0 && (
        <Alert
          variant="light"
          title={hidden ? 'Nothing dismissed or snoozed' : data.suggestions.length ? 'Nothing matches' : 'No suggestions yet'}
          data-testid="advisor-empty"
        >
          {hidden ? (
            <Text size="sm">
              What you dismiss or snooze waits here, to restore; it also comes back by itself when the facts behind it change.
            </Text>
          ) : data.suggestions.length ? (
            <Text size="sm">Try another kind or fewer words{about !== null ? ', or show the suggestions about everyone' : ''}.</Text>
          ) : (
            <>
              <Text size="sm">The advisor works from what you write down. To give it facts:</Text>
              <List size="sm">
                <List.Item>add peers with their skills, needs and interests, and rate the qualities you see in them;</List.Item>
                <List.Item>fill in your own skills and needs in Settings;</List.Item>
                <List.Item>log your interactions, their goals and the opportunities you hear of.</List.Item>
              </List>
            </>
          )}
        </Alert>
      )}
      {/* kinds in the order of their best suggestion, so the most useful come first */}
      {[...SUGGESTION_KINDS]
        .sort(
          (a, b) =>
            (shown.find((s) => s.kind === b)?.score ?? -1) - (shown.find((s) => s.kind === a)?.score ?? -1) ||
            SUGGESTION_KINDS.indexOf(a) - SUGGESTION_KINDS.indexOf(b),
        )
        .map((k) => {
          const list = shown.filter((s) => s.kind === k);
          if (list.length === 0) return null;
          const all = more.has(k) || kind !== 'all';
          return (
            <Stack key={k} gap="xs" data-testid={`advisor-kind-${k}`}>
              <Title order={2} size="h4">
                {KIND_LABEL[k]}{' '}
                <Text span c="dimmed" size="sm" fw={400}>
                  {list.length}
                </Text>
              </Title>
              {(all ? list : list.slice(0, FIRST)).map((s) => (
                <SuggestionCard key={s.id} s={s} nameOf={(id) => names.get(id)} onOpenPeer={nav.openPeer} onChanged={reload} />
              ))}
              {!all && list.length > FIRST && (
                <Text
                  size="sm"
                  c="blue"
                  style={{ cursor: 'pointer' }}
                  role="button"
                  tabIndex={0}
                  onClick={() => setMore(new Set(more).add(k))}
                  onKeyDown={(e) => e.key === 'Enter' && setMore(new Set(more).add(k))}
                >
                  Show all {list.length}
                </Text>
              )}
            </Stack>
          );
        })}
    </Stack>
  );
}
