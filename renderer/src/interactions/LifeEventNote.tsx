import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconCake, IconConfetti, IconHeartHandshake } from '@tabler/icons-react';
import { whenText, type LifeEventMention } from '../../../shared/domain/life-events';
import { LIFE_EVENT_LABEL, SUGGESTION_TEXT } from './labels';
import { openLogInteraction } from './log-store';

/** "Celebration and Support": a life event near today, with the word to say and a button to log having said it. */
export function LifeEventNote({
  mention,
  peerName,
  onOpenPeer,
}: {
  mention: LifeEventMention;
  peerName?: string;
  onOpenPeer?: (id: string) => void;
}) {
  const { event, suggestion, inDays, acknowledged } = mention;
  const Icon = event.kind === 'birthday' ? IconCake : suggestion === 'celebrate' ? IconConfetti : IconHeartHandshake;
  const log = () =>
    openLogInteraction({
      peerIds: [event.peerId],
      purpose: suggestion,
      exchanges: [{ direction: 'given', kind: suggestion === 'celebrate' ? 'celebration' : 'emotional-support' }],
    });
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm" data-testid="life-event" data-suggestion={suggestion}>
      <Group gap="sm" align="flex-start" wrap="nowrap" style={{ minWidth: 0 }}>
        <Icon
          size={20}
          stroke={1.6}
          style={{ flexShrink: 0, marginTop: 2 }}
          color={`var(--mantine-color-${suggestion === 'celebrate' ? 'grape' : 'orange'}-6)`}
        />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm">
            {peerName && onOpenPeer ? (
              <Anchor component="button" size="sm" fw={600} onClick={() => onOpenPeer(event.peerId)}>
                {peerName}
              </Anchor>
            ) : (
              <Text span fw={600}>
                {peerName ?? ''}
              </Text>
            )}
            {peerName ? ': ' : ''}
            {LIFE_EVENT_LABEL[event.kind]} {whenText(inDays)}
            {event.note ? ` (${event.note})` : ''}
          </Text>
          <Text size="sm" c="dimmed">
            {acknowledged ? 'You marked it already.' : SUGGESTION_TEXT[suggestion]}
          </Text>
        </Stack>
      </Group>
      {acknowledged ? (
        <Badge variant="light" color="teal" style={{ flexShrink: 0 }}>
          Done
        </Badge>
      ) : (
        <Button
          size="compact-sm"
          variant="light"
          color={suggestion === 'celebrate' ? 'grape' : 'orange'}
          onClick={log}
          style={{ flexShrink: 0 }}
        >
          {suggestion === 'celebrate' ? 'Celebrate' : 'Support'}
        </Button>
      )}
    </Group>
  );
}
