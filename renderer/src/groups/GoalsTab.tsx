import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  EmptyState,
  Group,
  Progress,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPencil, IconPlus, IconSearch, IconTarget, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { dayOf, daysBetween } from '../../../shared/domain/days';
import { latestCheckIn } from '../../../shared/domain/groups/goals';
import type { GoalView } from '../../../shared/domain/groups/views';
import { normalise } from '../../../shared/domain/words';
import { ME, type GoalStatus } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { options } from '../peers/labels';
import { usePeers } from '../peers/usePeers';
import { useNav } from '../shell/nav';
import { Masked } from '../journal/Masked';
import { ConfirmDelete } from './ConfirmDelete';
import { GOAL_STATUS_LABEL, dayLabel, relativeDays } from './labels';
import { openCheckIn, openGoal } from './openers';
import { notifyUndo } from './undo';
import { ErrorNote, showError } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';
import { plural } from '../../../shared/plural';

/** One goal: progress, partners, when the next check-in is due, milestones, the latest check-ins. */
export function GoalCard({ g, names }: { g: GoalView; names: ReadonlyMap<string, string> }) {
  const nav = useNav();
  const [confirm, setConfirm] = useState(false);
  const mine = g.owner === ME;
  const name = (id: string) => names.get(id) ?? 'a former peer';
  // the why and check-in notes are private: revealed for this card only, gone when it unmounts
  const [revealed, setRevealed] = useState<{ at: string; goal: Pick<GoalView, 'why' | 'checkIns'> } | null>(null);
  // a reveal holds until the goal changes (a check-in, an edit): then it is masked again
  const shown = revealed?.at === g.updatedAt ? revealed.goal : g;
  const masked = g.hidden && shown === g;
  const last = latestCheckIn(shown.checkIns);
  const today = dayOf(new Date());

  const tick = async (milestoneId: string, done: boolean) => {
    try {
      await send('goals:setMilestone', { goalId: g.id, milestoneId, done });
    } catch (e) {
      showError(e);
    }
  };
  const reveal = async () => {
    try {
      const at = g.updatedAt;
      setRevealed({ at, goal: await send('goals:reveal', { id: g.id }) });
    } catch (e) {
      showError(e);
    }
  };
  const remove = async () => {
    setConfirm(false);
    try {
      const { token } = await send('goals:delete', { id: g.id });
      notifyUndo(`Deleted the goal ${g.title}.`, token);
    } catch (e) {
      showError(e);
    }
  };

  return (
    <Card withBorder radius="md" padding="md" data-testid="goal-card">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          {!mine && (
            <Anchor component="button" size="xs" c="dimmed" onClick={() => nav.openPeer(g.owner)}>
              {name(g.owner)}’s goal
            </Anchor>
          )}
          <Text fw={650}>{g.title}</Text>
          {shown.why && (
            <Text size="sm" c="dimmed" lineClamp={2}>
              {shown.why}
            </Text>
          )}
        </div>
        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
          {g.status !== 'open' && (
            <Badge variant="light" color="gray">
              {GOAL_STATUS_LABEL[g.status]}
            </Badge>
          )}
          {g.checkIn?.due && (
            <Badge variant="light" color="orange" data-testid="goal-due">
              Check-in due
            </Badge>
          )}
          <Tooltip label="Edit goal">
            <ActionIcon variant="subtle" onClick={() => openGoal(g.id)} aria-label={`Edit ${g.title}`}>
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Delete goal">
            <ActionIcon variant="subtle" color="red" onClick={() => setConfirm(true)} aria-label={`Delete ${g.title}`}>
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Group gap="xs" mt="xs" wrap="nowrap">
        <Progress value={g.progress ?? 0} style={{ flex: 1 }} size="md" aria-label="Progress" />
        <Text size="sm" w={44} ta="right" data-testid="goal-progress">
          {g.progress === null ? '–' : `${g.progress}%`}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {g.due ? `Due ${dayLabel(g.due)} (${relativeDays(daysBetween(today, g.due))})` : 'No due date'}
        {mine &&
          (g.partnerIds.length
            ? ` · partners: ${g.partnerIds.map(name).join(', ')}`
            : ' · no partner yet: edit it to ask a peer to keep you accountable')}
        {g.checkIn && !g.checkIn.due && ` · next check-in ${relativeDays(-g.checkIn.daysOver)}`}
        {g.checkIn?.due && ` · check-in ${g.checkIn.daysOver === 0 ? 'due today' : `was due ${relativeDays(-g.checkIn.daysOver)}`}`}
      </Text>
      {g.partnersToUpdate.length > 0 && (
        <Text size="xs" c="orange" mt={2}>
          Not updated in a while:{' '}
          {g.partnersToUpdate.map((p) => `${name(p.peerId)} (${p.since ? `since ${dayLabel(p.since)}` : 'never'})`).join(', ')}
        </Text>
      )}
      {g.milestones.length > 0 && (
        <Stack gap={2} mt="xs">
          {g.milestones.map((m) => (
            <Checkbox
              key={m.id}
              size="xs"
              checked={m.done}
              onChange={(e) => void tick(m.id, e.currentTarget.checked)}
              label={
                <Text size="sm" td={m.done ? 'line-through' : undefined} c={m.done ? 'dimmed' : undefined}>
                  {m.text}
                </Text>
              }
            />
          ))}
        </Stack>
      )}
      {last && (
        <Text size="xs" c="dimmed" mt="xs">
          Last check-in {dayLabel(last.date)}: {last.progress}%{last.withPeerId ? ` with ${name(last.withPeerId)}` : ''}
          {last.note ? ` · ${last.note}` : ''}
        </Text>
      )}
      {masked && (
        <div style={{ marginTop: 6 }}>
          <Masked label="Why you want it and your check-in notes are private" onReveal={() => void reveal()} testId="goal-masked" />
        </div>
      )}
      {g.status === 'open' && (
        <Group mt="sm" gap="xs">
          <Button size="xs" variant={g.checkIn?.due ? 'filled' : 'light'} onClick={() => openCheckIn(g.id)} data-testid="goal-check-in">
            Check in
          </Button>
        </Group>
      )}
      {confirm && (
        <ConfirmDelete
          what={`the goal ${g.title}`}
          detail={`Its ${plural(g.checkIns.length, 'check-in')} go with it; interactions logged from them stay in the log. You can undo this until the vault locks.`}
          onConfirm={() => void remove()}
          onCancel={() => setConfirm(false)}
        />
      )}
    </Card>
  );
}

/** The goals tab: mine and those peers shared with me; status filter and search. */
export function GoalsTab() {
  const { data: goals, error } = useVaultQuery('goals:list', undefined);
  const { peers } = usePeers();
  const [whose, setWhose] = useState<'mine' | 'theirs'>('mine');
  const [status, setStatus] = useState<GoalStatus | 'all'>('open');
  const [query, setQuery] = useState('');
  const names = useMemo(() => new Map((peers ?? []).map((p) => [p.id, p.name])), [peers]);

  const shown = useMemo(() => {
    const q = normalise(query);
    return (goals ?? [])
      .filter((g) => (whose === 'mine' ? g.owner === ME : g.owner !== ME))
      .filter((g) => status === 'all' || g.status === status)
      .filter((g) => !q || normalise(`${g.title} ${names.get(g.owner) ?? ''}`).includes(q))
      .sort(
        (a, b) =>
          Number(Boolean(b.checkIn?.due)) - Number(Boolean(a.checkIn?.due)) ||
          (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
          a.title.localeCompare(b.title),
      );
  }, [goals, whose, status, query, names]);

  if (error) return <ErrorNote error={error} />;
  if (!goals) return null;
  const mineCount = goals.filter((g) => g.owner === ME).length;
  const theirCount = goals.length - mineCount;
  const none = whose === 'mine' ? mineCount === 0 : theirCount === 0;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="xs">
          <SegmentedControl
            value={whose}
            onChange={(v) => setWhose(v)}
            data={[
              { value: 'mine', label: `My goals (${mineCount})` },
              { value: 'theirs', label: `Shared with me (${theirCount})` },
            ]}
            data-testid="goals-whose"
          />
          <Select
            data={[{ value: 'all', label: 'Any status' }, ...options(GOAL_STATUS_LABEL)]}
            value={status}
            onChange={(v) => setStatus(v ?? 'open')}
            allowDeselect={false}
            w={140}
            size="sm"
            aria-label="Status"
          />
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder="Search goals"
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            w={220}
            size="sm"
            aria-label="Search goals"
          />
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => openGoal(null, whose === 'mine' ? ME : '')} data-testid="new-goal">
          {whose === 'mine' ? 'New goal' : 'Record a peer’s goal'}
        </Button>
      </Group>
      {none ? (
        <EmptyState
          icon={<IconTarget size={28} />}
          variant="light"
          title={whose === 'mine' ? 'No goals yet' : 'No goals shared with you yet'}
          description={
            whose === 'mine'
              ? 'Goal Accountability: share a professional goal with a trusted peer and ask them to keep you accountable. Add one, choose a partner, and Compeer tells you on Today when a check-in is due.'
              : 'When a peer tells you about a goal, note it here. You become their accountability partner: Today reminds you to ask how it is going.'
          }
          data-testid="goals-empty"
        >
          <EmptyState.Actions>
            <Button leftSection={<IconPlus size={16} />} onClick={() => openGoal(null, whose === 'mine' ? ME : '')}>
              {whose === 'mine' ? 'Add a goal' : 'Record a peer’s goal'}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : shown.length === 0 ? (
        <Text c="dimmed" size="sm">
          No goal matches. Try another status, or clear the search.
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {shown.map((g) => (
            <GoalCard key={g.id} g={g} names={names} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
