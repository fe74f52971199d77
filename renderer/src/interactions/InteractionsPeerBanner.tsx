import { Paper, Stack, Text } from '@mantine/core';
import { dayRelative } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import type { LifeEventMention } from '../../../shared/domain/life-events';
import { useVaultQuery } from '../data/queries';
import type { PeerPartProps } from '../peers/peer-part';
import { LifeEventNote } from './LifeEventNote';
import { PatternNote } from './PatternNote';
import { plural } from '../../../shared/plural';

const short = (d: string) => dayRelative(d, dayOf(new Date()));

/** When to check in next, in one line (the peer's story starts with it). */
export function PeerCheckIn({ peerId }: { peerId: string }) {
  const { data: o } = useVaultQuery('interactions:peerOverview', { peerId });
  const c = o?.checkIn;
  if (!o || !c?.cadence || !c.nextDue || !c.tracked) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="peer-checkin">
      Check in every {plural(c.cadence.days, 'day')} ({o.cadenceText}) ·{' '}
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
            ? `${short(c.nextDue)}, ${plural(c.daysOverdue, 'day')} ago`
            : short(c.nextDue)}
      </Text>
    </Text>
  );
}

/** In the peer's strip of things worth a look, gently: news to celebrate or support, and any pattern worth a look. */
export function InteractionsPeerBanner({ peer }: PeerPartProps) {
  const { data: o } = useVaultQuery('interactions:peerOverview', { peerId: peer.id });
  if (!o) return null;
  const near = nearLifeEvents(o.lifeEvents);
  if (near.length === 0 && o.patterns.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="peer-banner">
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

/** The life events worth a word now: not yet acknowledged, or still ahead. */
export const nearLifeEvents = (mentions: readonly LifeEventMention[]): LifeEventMention[] =>
  mentions.filter((m) => !m.acknowledged || m.inDays >= 0);
