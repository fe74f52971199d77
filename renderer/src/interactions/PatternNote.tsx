import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import type { Pattern } from '../../../shared/domain/patterns';
import { openPrep } from '../journal/openers';
import { openLogInteraction } from './log-store';

/** A pattern said gently: the guide's heading, the plain reason, what to do, and a button that does it. */
export function PatternNote({
  pattern,
  onOpenPeer,
  showName,
  compact = false,
}: {
  pattern: Pattern;
  onOpenPeer?: (id: string) => void;
  showName: boolean;
  compact?: boolean;
}) {
  const size = compact ? 'xs' : 'sm';
  const act = () => {
    if (pattern.action.kind === 'log') openLogInteraction({ peerIds: [pattern.peerId], purpose: pattern.action.purpose });
    else if (pattern.action.kind === 'prepare') openPrep(pattern.peerId);
    else onOpenPeer?.(pattern.peerId);
  };
  const canAct = pattern.action.kind !== 'open' || onOpenPeer;
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm" data-testid="pattern" data-kind={pattern.kind}>
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size={size} fw={600}>
          {showName && onOpenPeer ? (
            <>
              <Anchor component="button" fw={600} size="sm" onClick={() => onOpenPeer(pattern.peerId)}>
                {pattern.peerName}
              </Anchor>
              {': '}
            </>
          ) : null}
          {pattern.title}
        </Text>
        <Text size={size}>{pattern.reason}</Text>
        <Text size={size} c="dimmed">
          {pattern.suggestion}
        </Text>
      </Stack>
      {canAct && (
        <Button size={compact ? 'compact-xs' : 'compact-sm'} variant="light" onClick={act} style={{ flexShrink: 0 }}>
          {pattern.actionLabel}
        </Button>
      )}
    </Group>
  );
}
