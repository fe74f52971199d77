import { Badge, Button, Center, Divider, Group, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSquare } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { dayWords } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import type { InteractionView } from '../../../shared/domain/interaction-view';
import {
  BALANCE_TEXT,
  CHARTS_FROM_INTERACTIONS,
  chartsWaitFor,
  DEFAULT_WINDOW_MONTHS,
  TOO_LITTLE_BELOW,
  type WindowChoice,
} from '../../../shared/domain/reciprocity';
import { plural } from '../../../shared/plural';
import { send } from '../data/channel';
import { ErrorNote, showError } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';
import type { PeerPartProps } from '../peers/peer-part';
import { BalanceRule } from '../reciprocity/BalanceRule';
import { shortDay } from '../reciprocity/charts/format';
import { usePeerReciprocity } from '../reciprocity/useReciprocity';
import { WindowPicker } from '../reciprocity/WindowPicker';
import { PeerCheckIn } from './InteractionsPeerBanner';
import { BALANCE_COLOR } from './labels';
import { LifeEventsPanel } from './LifeEventsPanel';
import { openLogInteraction } from './log-store';
import { Timeline } from './Timeline';

const PeerCharts = lazy(() => import('./PeerCharts').then((m) => ({ default: m.PeerCharts })));

/**
 * A peer's story, the tab their page opens on: when to check in, what is still open, the
 * timeline (edit, delete with undo), then what passed in words, charts once there is enough
 * to draw (chartsWaitFor), and life events.
 */
export function InteractionsPeerTab({ peer, peers, onChanged }: PeerPartProps) {
  const [choice, setChoice] = useState<WindowChoice>(DEFAULT_WINDOW_MONTHS);
  const { data } = usePeerReciprocity(peer.id, choice);
  const timeline = useVaultQuery('interactions:list', { peerId: peer.id });
  const items: InteractionView[] | undefined = timeline.data;
  const first = peer.name.split(' ')[0] ?? peer.name;
  const names = new Map(peers.map((p) => [p.id, p.name]));

  const edit = async (id: string) => {
    try {
      const full = await send('interactions:get', { id });
      openLogInteraction({ edit: full, onSaved: () => void onChanged() });
    } catch (e) {
      showError(e);
    }
  };

  const remove = async (i: InteractionView) => {
    try {
      const { token } = await send('interactions:delete', { id: i.id });
      const id = `deleted-${token}`;
      notifications.show({
        id,
        autoClose: 10_000,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">Deleted the interaction of {dayWords(i.date, dayOf(new Date()))}.</Text>
            <Button
              size="xs"
              variant="light"
              data-testid="undo-interaction"
              onClick={() => void send('interactions:undoDelete', { token }).then(() => notifications.hide(id))}
            >
              Undo
            </Button>
          </Group>
        ),
      });
    } catch (e) {
      showError(e);
    }
  };

  // what is still open with them, as the timeline lists it (a confidential one without its text)
  const open = (items ?? []).flatMap((i) =>
    i.followUps
      .filter((f) => !f.done)
      .map((f) => ({ ...f, hidden: i.hidden || (f as { hidden?: boolean }).hidden === true, date: i.date })),
  );
  const exchanged = data ? data.report.given + data.report.received : 0;
  const waitFor = data ? chartsWaitFor({ ...data.report }) : null;

  return (
    <Stack gap="md" data-testid="peer-interactions">
      <Stack gap="sm" data-testid="peer-story">
        {/* "Log interaction" is beside Edit, at the page's top */}
        <PeerCheckIn peerId={peer.id} />
        {open.length > 0 && (
          <Stack gap={4} data-testid="peer-open">
            <Text fw={600} size="sm">
              Still open with {first} ({open.length})
            </Text>
            {open.map((f) => (
              <Group key={f.id} gap={6} wrap="nowrap">
                <IconSquare size={14} style={{ flexShrink: 0 }} aria-hidden />
                <Text size="sm" fs={f.hidden ? 'italic' : undefined} c={f.hidden ? 'dimmed' : undefined}>
                  {f.hidden ? 'A confidential follow-up' : f.text}
                  <Text span size="xs" c="dimmed">
                    {' '}
                    · from {shortDay(f.date)}
                    {f.due ? ` · due ${shortDay(f.due)}` : ''}
                  </Text>
                </Text>
              </Group>
            ))}
          </Stack>
        )}
        <Text fw={600} size="sm">
          Timeline {items ? `(${items.length})` : ''}
        </Text>
        <ErrorNote error={timeline.error} onRetry={() => void timeline.refetch()} />
        {items && items.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="timeline-empty">
            Nothing logged with {first} yet. Log a coffee, a call or a message, with what passed between you, and it appears here.
          </Text>
        )}
        {items && items.length > 0 && (
          <Timeline
            items={items}
            peerId={peer.id}
            height={360}
            nameOf={(id) => names.get(id) ?? 'a peer no longer here'}
            onEdit={(id) => void edit(id)}
            onDelete={(i) => void remove(i)}
            onReveal={(id) => send('interactions:get', { id })}
          />
        )}
        <Divider />
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600} size="sm">
            What passed between you
          </Text>
          <WindowPicker value={choice} onChange={setChoice} size="xs" />
        </Group>
        {data && (
          <Stack gap={4}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm">
                {choice === 'all' ? 'Since you started logging' : `Over the last ${plural(choice, 'month')}`}, with {first}:
              </Text>
              <Badge variant="light" color={BALANCE_COLOR[data.word]} tt="none" data-testid="peer-word">
                {BALANCE_TEXT[data.word]}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed" data-testid="peer-totals">
              {exchanged === 0
                ? `Nothing given or received logged ${choice === 'all' ? 'yet' : 'in this window'}: the charts appear once you log what passes between you (“I gave…”, “I received…”).`
                : `You gave ${data.report.given} and received ${data.report.received} (by weight), in ${plural(data.report.interactions, 'interaction')}.`}
            </Text>
            {exchanged > 0 && waitFor && (
              <Text size="sm" c="dimmed" data-testid="charts-later">
                {waitFor === 'interactions'
                  ? `Charts appear from ${CHARTS_FROM_INTERACTIONS} interactions with ${first} in this window (${data.report.interactions} so far): fewer say too little to draw.`
                  : `Charts appear once at least ${TOO_LITTLE_BELOW} given or received (by weight) are logged with ${first} in this window (${exchanged} so far).`}
              </Text>
            )}
            <BalanceRule choice={choice} folded />
          </Stack>
        )}
        {data && exchanged > 0 && !waitFor && (
          <Suspense
            fallback={
              <Center h={120}>
                <Loader size="sm" />
              </Center>
            }
          >
            <PeerCharts data={data} name={first} />
          </Suspense>
        )}
      </Stack>
      <Divider />
      <LifeEventsPanel peerId={peer.id} firstName={first} />
    </Stack>
  );
}
