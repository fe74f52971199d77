import { Stack, Text } from '@mantine/core';
import { dayRelative } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';

const short = (d: string) => dayRelative(d, dayOf(new Date()));

/** The peers list's "last contact" and "next check-in" columns for one row; `pending`: not known yet (the lines stay, empty). */
export function PeerRowCheckIn({
  lastContact,
  nextCheckIn,
  pending = false,
}: {
  lastContact: string | null;
  nextCheckIn: string | null;
  pending?: boolean;
}) {
  const overdue = nextCheckIn !== null && nextCheckIn < dayOf(new Date());
  if (pending) {
    return (
      <Stack gap={0} w={185} visibleFrom="sm" style={{ flexShrink: 0 }} aria-busy data-testid="peer-row-checkin">
        <Text size="xs">{'\u00a0'}</Text>
        <Text size="xs">{'\u00a0'}</Text>
      </Stack>
    );
  }
  return (
    <Stack gap={0} w={185} visibleFrom="sm" style={{ flexShrink: 0 }} data-testid="peer-row-checkin">
      <Text size="xs" c="dimmed" truncate>
        {lastContact ? `Last contact ${short(lastContact)}` : 'No contact logged'}
      </Text>
      <Text size="xs" c={overdue ? 'red' : 'dimmed'} fw={overdue ? 600 : undefined} truncate>
        {nextCheckIn ? `${overdue ? 'Overdue since' : 'Next check-in'} ${short(nextCheckIn)}` : 'No check-in cadence'}
      </Text>
    </Stack>
  );
}
