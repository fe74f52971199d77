import { Badge, Button, Center, Divider, Group, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMessagePlus } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { dayWords } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import type { InteractionView } from '../../../shared/domain/interaction-view';
import { BALANCE_TEXT, DEFAULT_WINDOW_MONTHS, type WindowChoice } from '../../../shared/domain/reciprocity';
import { send } from '../data/channel';
import { ErrorNote, showError } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';
import type { PeerPartProps } from '../peers/peer-part';
import { BalanceRule } from '../reciprocity/BalanceRule';
import { usePeerReciprocity } from '../reciprocity/useReciprocity';
import { WindowPicker } from '../reciprocity/WindowPicker';
import { BALANCE_COLOR } from './labels';
import { LifeEventsPanel } from './LifeEventsPanel';
import { openLogInteraction } from './log-store';
import { Timeline } from './Timeline';

const PeerCharts = lazy(() => import('./PeerCharts').then((m) => ({ default: m.PeerCharts })));

/** A peer's Interactions tab: the balance in words, its charts, life events, and the timeline (edit, delete with undo). */
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

  return (
    <Stack gap="md" data-testid="peer-interactions">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <WindowPicker value={choice} onChange={setChoice} size="xs" />
      </Group>
      {data && (
        <Stack gap={4}>
          <Group gap="xs" wrap="wrap">
            <Text size="sm">
              {choice === 'all' ? 'Since you started logging' : `Over the last ${choice} months`}, with {first}:
            </Text>
            <Badge variant="light" color={BALANCE_COLOR[data.word]} tt="none" data-testid="peer-word">
              {BALANCE_TEXT[data.word]}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed" data-testid="peer-totals">
            {data.report.given + data.report.received === 0
              ? `Nothing given or received logged ${choice === 'all' ? 'yet' : 'in this window'}: the charts appear once you log what passes between you (“I gave…”, “I received…”).`
              : `You gave ${data.report.given} and received ${data.report.received} (by weight), in ${data.report.interactions} interaction${data.report.interactions === 1 ? '' : 's'}.`}
          </Text>
          <BalanceRule folded />
        </Stack>
      )}
      {data && data.report.given + data.report.received > 0 && (
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
      <Divider />
      <LifeEventsPanel peerId={peer.id} firstName={first} />
      <Divider />
      <Group justify="space-between">
        <Text fw={600} size="sm">
          Timeline {items ? `(${items.length})` : ''}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconMessagePlus size={14} />}
          onClick={() => openLogInteraction({ peerIds: [peer.id], onSaved: () => void onChanged() })}
        >
          Log interaction
        </Button>
      </Group>
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
          nameOf={(id) => names.get(id) ?? 'a peer no longer here'}
          onEdit={(id) => void edit(id)}
          onDelete={(i) => void remove(i)}
          onReveal={(id) => send('interactions:get', { id })}
        />
      )}
    </Stack>
  );
}
