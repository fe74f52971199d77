import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconBulb, IconPencil, IconPlus, IconSearch, IconShare, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { matchesQuery } from '../../../shared/domain/groups/opportunities';
import type { OpportunityView } from '../../../shared/domain/groups/views';
import type { OpportunityKind, OpportunityStatus } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { options } from '../peers/labels';
import { usePeers } from '../peers/usePeers';
import { ConfirmDelete } from './ConfirmDelete';
import { OPPORTUNITY_KIND_LABEL, OPPORTUNITY_STATUS_COLOR, OPPORTUNITY_STATUS_LABEL, dayLabel, plural, relativeDays } from './labels';
import { openOpportunity, openShare } from './openers';
import { notifyUndo } from './undo';
import { ErrorNote, showError } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';

type Show = 'active' | 'expired' | 'taken' | 'all';
const inView = (o: OpportunityView, show: Show) =>
  show === 'all' ||
  (show === 'active' ? o.state === 'open' || o.state === 'shared' : show === 'expired' ? o.state === 'expired' : o.state === 'taken');

function OpportunityCard({ o, names }: { o: OpportunityView; names: ReadonlyMap<string, string> }) {
  const [confirm, setConfirm] = useState(false);
  const remove = async () => {
    setConfirm(false);
    try {
      const { token } = await send('opportunities:delete', { id: o.id });
      notifyUndo(`Deleted ${o.title}.`, token);
    } catch (e) {
      showError(e);
    }
  };
  const active = o.state === 'open' || o.state === 'shared';
  return (
    <Card withBorder radius="md" padding="md" data-testid="opportunity-card">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Text fw={650}>{o.title}</Text>
          <Text size="xs" c="dimmed">
            {OPPORTUNITY_KIND_LABEL[o.kind]}
            {o.source ? ` · from ${o.source}` : ''}
            {o.deadline &&
              o.daysLeft !== null &&
              (o.daysLeft < 0
                ? ` · deadline passed ${dayLabel(o.deadline)}`
                : ` · deadline ${dayLabel(o.deadline)} (${relativeDays(o.daysLeft)})`)}
          </Text>
        </div>
        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
          <Badge variant="light" color={OPPORTUNITY_STATUS_COLOR[o.state]} data-testid="opportunity-state">
            {OPPORTUNITY_STATUS_LABEL[o.state]}
          </Badge>
          <Tooltip label="Edit">
            <ActionIcon variant="subtle" onClick={() => openOpportunity(o.id)} aria-label={`Edit ${o.title}`}>
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Delete">
            <ActionIcon variant="subtle" color="red" onClick={() => setConfirm(true)} aria-label={`Delete ${o.title}`}>
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      {o.detail && (
        <Text size="sm" mt={4} lineClamp={3}>
          {o.detail}
        </Text>
      )}
      {o.skills.length + o.tags.length > 0 && (
        <Group gap={4} mt="xs">
          {o.skills.map((s) => (
            <Badge key={`s-${s}`} size="xs" variant="light" tt="none">
              {s}
            </Badge>
          ))}
          {o.tags.map((t) => (
            <Badge key={`t-${t}`} size="xs" variant="outline" color="gray" tt="none">
              {t}
            </Badge>
          ))}
        </Group>
      )}
      {o.sharedWith.length > 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          Shared with {o.sharedWith.map((s) => `${names.get(s.peerId) ?? 'a former peer'} (${dayLabel(s.date)})`).join(', ')}
        </Text>
      )}
      {active && (
        <Group mt="sm">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconShare size={14} />}
            onClick={() => openShare(o.id)}
            data-testid="who-would-it-help"
          >
            Who would this help?
          </Button>
        </Group>
      )}
      {confirm && <ConfirmDelete what={o.title} onConfirm={() => void remove()} onCancel={() => setConfirm(false)} />}
    </Card>
  );
}

/** The opportunities tab: active by default (expired ones leave it by themselves), all searchable. */
export function OpportunitiesTab({ initialId }: { initialId: string | null }) {
  const { data: list, error } = useVaultQuery('opportunities:list', undefined);
  const { peers } = usePeers();
  const [show, setShow] = useState<Show>('active');
  const [kind, setKind] = useState<OpportunityKind | null>(null);
  const [query, setQuery] = useState('');
  const names = useMemo(() => new Map((peers ?? []).map((p) => [p.id, p.name])), [peers]);
  // `{ opportunity: id }` opens "Who would this help?" for it
  useEffect(() => {
    if (initialId) openShare(initialId);
  }, [initialId]);

  const matching = useMemo(
    () => (list ?? []).filter((o) => (kind === null || o.kind === kind) && matchesQuery(o, query)),
    [list, kind, query],
  );
  const shown = matching
    .filter((o) => inView(o, show))
    .sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.title.localeCompare(b.title));
  const elsewhere = matching.length - shown.length;
  const counts = (s: OpportunityStatus) => (list ?? []).filter((o) => o.state === s).length;

  if (error) return <ErrorNote error={error} />;
  if (!list) return null;
  if (list.length === 0) {
    return (
      <EmptyState
        icon={<IconBulb size={28} />}
        variant="light"
        title="No opportunities yet"
        description="Share Opportunities: a job, a project, a speaking slot or a client that is not right for you may be right for a peer. Note it here; Compeer ranks your peers by how well it fits them, with the reason, and logs what you passed on."
        data-testid="opportunities-empty"
      >
        <EmptyState.Actions>
          <Button leftSection={<IconPlus size={16} />} onClick={() => openOpportunity()} data-testid="new-opportunity">
            Note an opportunity
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="xs">
          <SegmentedControl
            value={show}
            onChange={(v) => setShow(v)}
            data={[
              { value: 'active', label: `Active (${counts('open') + counts('shared')})` },
              { value: 'expired', label: `Expired (${counts('expired')})` },
              { value: 'taken', label: `Taken (${counts('taken')})` },
              { value: 'all', label: 'All' },
            ]}
            data-testid="opportunities-show"
          />
          <Select
            placeholder="Any kind"
            data={options(OPPORTUNITY_KIND_LABEL)}
            value={kind}
            onChange={(v) => setKind(v)}
            clearable
            w={150}
            size="sm"
            aria-label="Kind"
          />
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder="Search title, skills, source"
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            w={240}
            size="sm"
            aria-label="Search opportunities"
            data-testid="opportunities-search"
          />
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => openOpportunity()} data-testid="new-opportunity">
          New opportunity
        </Button>
      </Group>
      {shown.length === 0 && (
        <Text size="sm" c="dimmed">
          {show === 'active' ? 'Nothing active here: expired opportunities leave this list by themselves.' : 'Nothing here.'}
        </Text>
      )}
      {elsewhere > 0 && (query || kind) && (
        <Text size="sm" c="dimmed" data-testid="opportunities-elsewhere">
          {plural(elsewhere, 'more matches', 'more match')} outside this list.{' '}
          <Anchor component="button" size="sm" onClick={() => setShow('all')}>
            Show all
          </Anchor>
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {shown.map((o) => (
          <OpportunityCard key={o.id} o={o} names={names} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
