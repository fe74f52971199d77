import { Paper, Stack, Text } from '@mantine/core';
import { dayRelative } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import { useVaultQuery } from '../data/queries';
import type { PeerPartProps } from '../peers/peer-part';
import { LifeEventNote } from './LifeEventNote';
import { PatternNote } from './PatternNote';

const short = (d: string) => dayRelative(d, dayOf(new Date()));

/** Above the peer's tabs, gently: when to check in next, news to celebrate or support, and any pattern worth a look. */
export function InteractionsPeerBanner({ peer }: PeerPartProps) {
  const { data: o } = useVaultQuery('interactions:peerOverview', { peerId: peer.id });
  if (!o) return null;
  const c = o.checkIn;
  const near = o.lifeEvents.filter((m) => !m.acknowledged || m.inDays >= 0);
  return (
    <Stack gap="xs" data-testid="peer-banner">
      {c?.cadence && c.nextDue && c.tracked && (
        <Text size="sm" c="dimmed" data-testid="peer-checkin">
          Check in every {c.cadence.days} days ({o.cadenceText}) ·{' '}
          {c.lastContact ? `last contact ${short(c.lastContact)}` : 'nothing logged yet'} · next{' '}
          <Text
            span
            size="sm"
            c={c.daysOverdue !== null && c.daysOverdue > 0 ? 'red' : undefined}
            fw={c.daysOverdue !== null && c.daysOverdue > 0 ? 600 : undefined}
          >
            {c.snoozedUntil && c.snoozedUntil > o.today
              ? `snoozed until ${short(c.snoozedUntil)}`
              : c.daysOverdue !== null && c.daysOverdue > 0
                ? `${short(c.nextDue)}, ${c.daysOverdue} days ago`
                : short(c.nextDue)}
          </Text>
        </Text>
      )}
      {near.map((m) => (
        <Paper key={m.event.id} withBorder radius="md" p="xs">
          <LifeEventNote mention={m} />
        </Paper>
      ))}
      {o.patterns.map((p) => (
        <Paper key={p.kind} radius="md" px="xs" py={6} bg="var(--mantine-color-default-hover)">
          {/* on their own page, "open the peer" has nowhere to go: only log actions show */}
          <PatternNote pattern={p} showName={false} compact />
        </Paper>
      ))}
    </Stack>
  );
}
