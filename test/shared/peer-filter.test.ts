import { describe, expect, test } from 'vitest';
import { emptyFilter, filterPeers } from '../../shared/domain/peer-filter';
import { filterablePeer } from '../helpers/peers';

const p = (name: string, lastContact: string | null, nextCheckIn: string | null) =>
  filterablePeer(name, { name, updatedAt: '2025-01-01T00:00:00.000Z', lastContact, nextCheckIn });

describe('sorting the peers list by the log', () => {
  const peers = [
    p('Ana', '2025-03-01', '2025-04-01'),
    p('Ben', null, '2025-02-01'),
    p('Cy', '2025-05-01', null),
    p('Di', null, null),
    p('Ed', '2025-05-01', '2025-06-01'),
  ];

  test('last contact: most recent first, never contacted last (then by name)', () => {
    expect(filterPeers(peers, emptyFilter(), 'lastContact').map((x) => x.name)).toEqual(['Cy', 'Ed', 'Ana', 'Ben', 'Di']);
  });

  test('next check-in: soonest (most overdue) first, no cadence last', () => {
    expect(filterPeers(peers, emptyFilter(), 'nextCheckIn').map((x) => x.name)).toEqual(['Ben', 'Ana', 'Ed', 'Cy', 'Di']);
  });
});
