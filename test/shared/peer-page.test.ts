import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PEER_SORTS, emptyFilter, firstPeers, indexPeers, selectPeers, type PeerSort } from '../../shared/domain/peer-filter';
import { ROW_FIELDS, peerPage, rowOf } from '../../shared/domain/peer-page';
import type { PeerSummary } from '../../shared/domain/peer-summary';
import { PEER_STATUSES, PEER_TYPES } from '../../shared/schema/vocabulary';

const NAMES = ['Ana Silva', 'ana silva', 'Ben Okafor', 'Zoë Ångström', 'Chen Wei', 'Dara Kim', 'Éli Novak'];
const summary = fc
  .record({
    name: fc.constantFrom(...NAMES),
    company: fc.constantFrom('', 'Acme', 'acme', 'Globex'),
    status: fc.constantFrom(...PEER_STATUSES),
    peerTypes: fc.subarray([...PEER_TYPES], { maxLength: 2 }),
    tags: fc.subarray(['mentor', 'kotlin', 'Kotlin'], { maxLength: 2 }),
    closeness: fc.integer({ min: 1, max: 5 }),
    updatedAt: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'),
    lastContact: fc.constantFrom(null, '2026-01-05', '2026-03-01'),
    nextCheckIn: fc.constantFrom(null, '2026-01-05', '2026-03-01'),
    source: fc.constantFrom('', 'LinkedIn'),
  })
  .map((x) => ({
    role: '',
    industry: '',
    function: '',
    city: '',
    country: '',
    careerStage: null,
    skills: [],
    cadenceDays: null,
    hasNotes: false,
    ...x,
  }));

describe('the first page of the Peers list', () => {
  test('is the first rows of the whole list in every order, under any filter and search, with the same count', () => {
    fc.assert(
      fc.property(
        fc.array(summary, { maxLength: 80 }),
        fc.constantFrom(...(Object.keys(PEER_SORTS) as PeerSort[])),
        fc.record({
          query: fc.constantFrom('', 'ana', 'ACME', 'zoe', 'kotlin mentor'),
          statuses: fc.subarray([...PEER_STATUSES], { maxLength: 2 }),
          tags: fc.subarray(['mentor', 'Kotlin'], { maxLength: 1 }),
        }),
        fc.integer({ min: 1, max: 12 }),
        (list, sort, f, k) => {
          const peers = list.map((p, i) => ({ ...p, id: `p${i}` }));
          const filter = { ...emptyFilter(), ...f };
          const want = selectPeers(indexPeers(peers), filter, sort);
          // a fresh index: no order sorted yet, so the first rows are picked without a full sort
          expect(firstPeers(indexPeers(peers), filter, sort, k)).toEqual({ first: want.slice(0, k), matched: want.length });
          const page = peerPage(indexPeers(peers), { ...filter, sort, offset: 0, limit: k });
          expect(page).toMatchObject({ total: peers.length, matched: want.length, rows: want.slice(0, k).map(rowOf) });
          const rest = peerPage(indexPeers(peers), { ...filter, sort, offset: k, limit: 1000 });
          expect([...page.rows, ...rest.rows]).toEqual(want.map(rowOf));
        },
      ),
      { seed: 4242, numRuns: 400 },
    );
  });

  test('a row carries only what the list shows', () => {
    expect(Object.keys(rowOf({ id: 'x', name: 'X', notes: 'secret' } as unknown as PeerSummary)).sort()).toEqual([...ROW_FIELDS].sort());
  });
});
