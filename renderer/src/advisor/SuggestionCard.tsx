import { Anchor, Badge, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { dayWords } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import { KIND_LABEL, type AdvisedSuggestion } from '../../../shared/domain/advisor';
import { act, actionLabel, remember } from './act';

/**
 * One suggestion: what, why (every fact in words, with the peers it names as links), and
 * what to do. The reasoning shows in full unless `compact` (Today), where it folds.
 */
export function SuggestionCard({
  s,
  nameOf,
  onOpenPeer,
  onChanged,
  compact = false,
  flat = false,
}: {
  s: AdvisedSuggestion;
  nameOf: (id: string) => string | undefined;
  onOpenPeer: (id: string) => void;
  onChanged: () => void;
  compact?: boolean;
  /** no frame of its own: already a row of a framed list (Today's card) */
  flat?: boolean;
}) {
  const [open, setOpen] = useState(!compact);
  const [busy, setBusy] = useState(false);
  const run = async (f: () => Promise<boolean>) => {
    setBusy(true);
    const changed = await f();
    setBusy(false);
    if (changed) onChanged();
  };
  const peers = s.peerIds.filter((id) => nameOf(id) !== undefined);
  return (
    <Card
      withBorder={!flat}
      radius="md"
      padding={flat ? 0 : 'sm'}
      bg={flat ? 'transparent' : undefined}
      data-testid="suggestion"
      data-kind={s.kind}
      data-id={s.id}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm">
            {s.title}
          </Text>
          <Badge variant="light" size="sm" style={{ flexShrink: 0 }}>
            {KIND_LABEL[s.kind]}
          </Badge>
        </Group>
        {peers.length > 0 && (
          <Group gap={6}>
            {peers.map((id) => (
              <Anchor key={id} size="xs" component="button" type="button" onClick={() => onOpenPeer(id)}>
                {nameOf(id)}
              </Anchor>
            ))}
          </Group>
        )}
        {open ? (
          <List size="sm" spacing={2} data-testid="because">
            {s.because.map((b, i) => (
              <List.Item key={i}>
                <Text size="sm" c="dimmed">
                  {b.text}
                </Text>
              </List.Item>
            ))}
          </List>
        ) : (
          <Anchor size="xs" component="button" type="button" onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
            Why? ({s.because.length} {s.because.length === 1 ? 'fact' : 'facts'})
          </Anchor>
        )}
        <Group gap="xs">
          {s.hidden ? (
            <>
              <Text size="xs" c="dimmed">
                {s.hidden.state === 'dismissed'
                  ? `Dismissed on ${dayWords(s.hidden.on, dayOf(new Date()))}`
                  : `Snoozed until ${dayWords(s.hidden.until, dayOf(new Date()))}`}
              </Text>
              <Button size="compact-sm" variant="light" loading={busy} onClick={() => void run(() => remember(s, 'restore'))}>
                Restore
              </Button>
            </>
          ) : (
            <>
              <Button size="compact-sm" loading={busy} onClick={() => void run(() => act(s))}>
                {actionLabel(s)}
              </Button>
              {s.action.type !== 'snooze' && (
                <Button size="compact-sm" variant="default" disabled={busy} onClick={() => void run(() => remember(s, 'snooze'))}>
                  Snooze 30 days
                </Button>
              )}
              <Button
                size="compact-sm"
                variant="subtle"
                color="gray"
                disabled={busy}
                onClick={() => void run(() => remember(s, 'dismiss'))}
              >
                Dismiss
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
