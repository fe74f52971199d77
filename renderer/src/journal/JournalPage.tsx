import { Badge, Button, CloseButton, Grid, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useViewportSize } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBook2, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { filterEntries, journalTags } from '../../../shared/domain/journal/stats';
import { summarizeEntry } from '../../../shared/domain/journal/summaries';
import { JOURNAL_KIND_LABEL } from '../../../shared/domain/journal/templates';
import { JOURNAL_KINDS, type JournalKind } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { ErrorNote, showError } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';
import type { PageProps } from '../shell/nav';
import { EntryEditor, type NewEntry } from './EntryEditor';
import { EntryList } from './EntryList';
import { JournalOverview } from './JournalOverview';
import { MOODS } from './labels';
import { MarkdownMenu } from './MarkdownMenu';
import { NewEntryMenu } from './NewEntryMenu';
import { localToday, useJournal } from './useJournal';
import { plural } from '../../../shared/plural';

type Open = { kind: 'entry'; id: string } | { kind: 'new'; fresh: NewEntry; key: number } | null;

let newKey = 0;

/**
 * The journal: entries by date with filters (kind, peer, tag, mood, a day, words), and the
 * entry being written beside them; with nothing open, the streak, "on this day", the month
 * calendar and the mood line.
 */
export function JournalPage({ params }: PageProps) {
  const { entries, peers, error, reload, setEntries } = useJournal();
  const today = localToday();
  const [open, setOpen] = useState<Open>(() =>
    params.entry
      ? { kind: 'entry', id: params.entry }
      : params.new && (JOURNAL_KINDS as readonly string[]).includes(params.new)
        ? { kind: 'new', fresh: { kind: params.new as JournalKind, peerIds: params.peer ? [params.peer] : [] }, key: ++newKey }
        : null,
  );
  const [kind, setKind] = useState<string | null>(null);
  const [peerId, setPeerId] = useState<string | null>(null);
  const [tag, setTag] = useState<string | null>(null);
  const [mood, setMood] = useState<string | null>(null);
  const [day, setDay] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 150);
  // the journal entries a search found (none while the answer for this query is on its way)
  const search = useVaultQuery('search:query', { query, limit: 200 }, { enabled: query !== '' });
  const results = search.data?.results;
  const failed = search.isError;
  const matchIds = useMemo(
    () =>
      !query ? null : failed ? new Set<string>() : !results ? null : new Set(results.filter((x) => x.kind === 'journal').map((x) => x.id)),
    [query, results, failed],
  );
  const { height: vh } = useViewportSize();

  const nameOf = useMemo(() => {
    const m = new Map(peers.map((p) => [p.id, p.name]));
    return (id: string) => m.get(id) ?? 'A peer';
  }, [peers]);

  const shown = useMemo(
    () =>
      filterEntries(entries ?? [], {
        kinds: kind ? [kind as JournalKind] : [],
        peerId,
        tag,
        mood: mood ? Number(mood) : null,
        day,
        ids: matchIds,
      }),
    [entries, kind, peerId, tag, mood, day, matchIds],
  );
  const tags = useMemo(() => journalTags(entries ?? []), [entries]);
  const filtering = !!(kind || peerId || tag || mood || day || query);

  const startNew = (k: JournalKind) => setOpen({ kind: 'new', fresh: { kind: k, peerIds: peerId ? [peerId] : [] }, key: ++newKey });

  const undoDelete = async (token: string) => {
    try {
      const { id } = await send('journal:undoDelete', { token });
      setOpen({ kind: 'entry', id });
    } catch (e) {
      showError(e);
    }
  };

  if (error) return <ErrorNote error={error} onRetry={() => void reload()} />;
  if (!entries) return null;

  const empty = entries.length === 0;
  const listHeight = Math.max(240, vh - 300);

  return (
    <Stack gap="md" data-testid="journal-page">
      <Group justify="space-between">
        <Group gap="xs">
          <Title order={1} size="h2">
            Journal
          </Title>
          <Badge variant="light" color="gray">
            Private
          </Badge>
        </Group>
        <Group gap="xs">
          <MarkdownMenu onImported={reload} />
          <NewEntryMenu onNew={startNew} />
        </Group>
      </Group>
      {empty && !open ? (
        <Paper withBorder p="xl" radius="lg" data-testid="journal-empty">
          <Stack gap="sm" align="flex-start" maw={620}>
            <IconBook2 size={36} stroke={1.4} color="var(--mantine-color-teal-filled)" />
            <Title order={3}>A private place to think about your peers</Title>
            <Text c="dimmed">
              Be open about challenges and failures, not just successes: that is what makes room for real support. Everything here is
              encrypted on this computer and confidential by default.
            </Text>
            <Text size="sm">Start with one of these:</Text>
            <Group gap="xs">
              <Button onClick={() => startNew('reflection')} data-testid="start-reflection">
                Write a reflection
              </Button>
              <Button variant="light" onClick={() => startNew('vulnerability')}>
                Practise sharing a struggle
              </Button>
              <Button variant="light" onClick={() => startNew('weekly-review')}>
                Review this week
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              To prepare a conversation, open a peer and press Prepare. You can also import Markdown files from another journal app (Import,
              above).
            </Text>
          </Stack>
        </Paper>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="xs">
              <TextInput
                placeholder="Search the journal"
                aria-label="Search the journal"
                leftSection={<IconSearch size={16} />}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                rightSection={text ? <CloseButton size="sm" aria-label="Clear search" onClick={() => setText('')} /> : null}
                data-testid="journal-search"
              />
              <Group gap={6} grow>
                <Select
                  aria-label="Kind"
                  placeholder="Any kind"
                  data={JOURNAL_KINDS.map((k) => ({ value: k, label: JOURNAL_KIND_LABEL[k] }))}
                  value={kind}
                  onChange={setKind}
                  clearable
                  size="xs"
                  data-testid="filter-kind"
                />
                <Select
                  aria-label="Mood"
                  placeholder="Any mood"
                  data={MOODS.map((m) => ({ value: String(m.value), label: m.label }))}
                  value={mood}
                  onChange={setMood}
                  clearable
                  size="xs"
                />
              </Group>
              <Group gap={6} grow>
                <Select
                  aria-label="Peer"
                  placeholder="Any peer"
                  data={peers.map((p) => ({ value: p.id, label: p.name }))}
                  value={peerId}
                  onChange={setPeerId}
                  searchable
                  clearable
                  size="xs"
                  limit={50}
                  data-testid="filter-peer"
                />
                <Select aria-label="Tag" placeholder="Any tag" data={tags} value={tag} onChange={setTag} searchable clearable size="xs" />
              </Group>
              {day && (
                <Group gap={4}>
                  <Badge variant="light" rightSection={<CloseButton size="xs" aria-label="Show every day" onClick={() => setDay(null)} />}>
                    {day}
                  </Badge>
                </Group>
              )}
              <Text size="xs" c="dimmed" data-testid="entry-count">
                {filtering
                  ? `${shown.length} of ${plural(entries.length, 'entry', 'entries')}`
                  : plural(entries.length, 'entry', 'entries')}
              </Text>
              {shown.length === 0 ? (
                <Text size="sm" c="dimmed" py="md">
                  {filtering ? 'No entry matches. Clear a filter to see more.' : 'No entries yet.'}
                </Text>
              ) : (
                <EntryList
                  entries={shown}
                  nameOf={nameOf}
                  selectedId={open?.kind === 'entry' ? open.id : null}
                  onOpen={(id) => setOpen({ kind: 'entry', id })}
                  height={listHeight}
                />
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {open ? (
              <Stack gap="xs">
                <Group justify="flex-end">
                  <Button variant="subtle" size="compact-sm" onClick={() => setOpen(null)} data-testid="close-entry">
                    Close
                  </Button>
                </Group>
                <EntryEditor
                  key={open.kind === 'entry' ? open.id : `new${open.key}`}
                  entryId={open.kind === 'entry' ? open.id : null}
                  fresh={open.kind === 'new' ? open.fresh : undefined}
                  peers={peers}
                  onSaved={(e) => setEntries((list) => [summarizeEntry(e), ...(list ?? []).filter((x) => x.id !== e.id)])}
                  onDeleted={(id, token) => {
                    setEntries((list) => (list ?? []).filter((x) => x.id !== id));
                    setOpen(null);
                    notifications.show({
                      message: (
                        <Group gap="xs">
                          <Text size="sm">Entry deleted.</Text>
                          <Button size="compact-xs" variant="light" onClick={() => void undoDelete(token)} data-testid="undo-delete-entry">
                            Undo
                          </Button>
                        </Group>
                      ),
                    });
                  }}
                />
              </Stack>
            ) : (
              <JournalOverview
                entries={entries}
                today={today}
                day={day}
                onDay={setDay}
                onOpen={(id) => setOpen({ kind: 'entry', id })}
                onNew={startNew}
              />
            )}
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
