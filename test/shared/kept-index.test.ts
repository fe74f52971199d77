import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyOps, parseOp, type VaultOp } from '../../electron/core/vault/ops';
import { allSuggestions } from '../../shared/domain/advisor';
import { shownSources } from '../../shared/domain/advisor/context';
import { checkIns } from '../../shared/domain/cadence';
import { interactionsByPeer } from '../../shared/domain/interaction-index';
import { KeptIndex } from '../../shared/domain/kept-index';
import { removePeersFromLog } from '../../shared/domain/peer-removal';
import { todayData } from '../../shared/domain/today';
import { emptyDocument, type VaultDocument } from '../../shared/schema/document';

const TODAY = '2026-03-10';
const CREATED = '2025-06-01T00:00:00.000Z';
const PEERS = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
const SKILLS = ['Kotlin', 'public speaking', 'hiring', 'negotiation', 'product strategy'];
const DAYS = ['2025-01-05', '2025-09-30', '2025-12-24', '2026-02-01', '2026-03-02', '2026-03-09', '2026-03-10', '2026-03-11', '2026-05-01'];

const peerOp = (id: string, extra: Record<string, unknown> = {}): VaultOp => ({
  op: 'put',
  collection: 'peers',
  record: { id, name: `Peer ${id}`, createdAt: CREATED, updatedAt: CREATED, ...extra },
});

const subset = <T>(xs: readonly T[]) => fc.subarray([...xs]);
const interaction = (ids: fc.Arbitrary<string>) =>
  fc
    .record({
      id: ids,
      date: fc.constantFrom(...DAYS),
      peerIds: fc.subarray([...PEERS, 'gone'], { minLength: 1 }),
      purpose: fc.constantFrom('ask', 'offer', 'check-in', 'catch-up'),
      initiatedBy: fc.constantFrom('me', 'them'),
      given: fc.integer({ min: 0, max: 3 }),
      received: fc.integer({ min: 0, max: 3 }),
      confidential: fc.boolean(),
      followUp: fc.boolean(),
    })
    .map((x): VaultOp => ({
      op: 'put',
      collection: 'interactions',
      record: {
        id: x.id,
        date: x.date,
        peerIds: x.peerIds,
        channel: 'call',
        purpose: x.purpose,
        initiatedBy: x.initiatedBy,
        summary: `talked about ${x.purpose}`,
        confidential: x.confidential,
        exchanges: [
          ...(x.given ? [{ direction: 'given', kind: 'expertise', weight: x.given }] : []),
          ...(x.received ? [{ direction: 'received', kind: 'introduction', weight: x.received }] : []),
        ],
        followUps: x.followUp ? [{ id: `f-${x.id}`, text: 'send the link', due: null }] : [],
        createdAt: CREATED,
        updatedAt: CREATED,
      },
    }));

type Step =
  | { kind: 'ops'; ops: VaultOp[] }
  | { kind: 'deleteInteraction'; id: string }
  | { kind: 'deletePeer'; id: string }
  | { kind: 'undo' }
  | { kind: 'replace' }
  /** a screen asks between changes, so what the index keeps from one answer must not outlive a change */
  | { kind: 'ask' };

const step: fc.Arbitrary<Step> = fc.oneof(
  interaction(fc.constantFrom('i0', 'i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7')).map((op) => ({ kind: 'ops' as const, ops: [op] })),
  // an import: a batch of new interactions and peers in one change
  fc
    .tuple(fc.array(interaction(fc.uuid()), { maxLength: 12 }), subset(PEERS))
    .map(([ops, peers]) => ({ kind: 'ops' as const, ops: [...peers.map((p) => peerOp(p, { skills: ['hiring'] })), ...ops] })),
  fc.constantFrom('i0', 'i1', 'i2', 'i3').map((id) => ({ kind: 'deleteInteraction' as const, id })),
  fc.constantFrom(...PEERS).map((id) => ({ kind: 'deletePeer' as const, id })),
  fc.constant({ kind: 'undo' as const }),
  fc
    .record({
      id: fc.constantFrom(...PEERS),
      cadenceDays: fc.constantFrom(null, 7, 30),
      status: fc.constantFrom('active', 'dormant', 'archived'),
    })
    .map(({ id, ...x }) => ({ kind: 'ops' as const, ops: [peerOp(id, { ...x, skills: SKILLS.slice(0, id.charCodeAt(1) % 4) })] })),
  fc.record({ id: fc.constantFrom('g0', 'g1'), members: subset(PEERS), del: fc.boolean() }).map(({ id, members, del }) => ({
    kind: 'ops' as const,
    ops: del
      ? [{ op: 'delete' as const, collection: 'groups' as const, id }]
      : [
          {
            op: 'put' as const,
            collection: 'groups' as const,
            record: { id, name: `Group ${id}`, memberIds: members, createdAt: CREATED, updatedAt: CREATED },
          },
        ],
  })),
  fc.constantFrom(null, 14, 60).map((fallbackDays) => ({
    kind: 'ops' as const,
    ops: [
      { op: 'set' as const, key: 'settings' as const, value: { cadence: { byType: {}, byTag: {}, byGroup: { g0: 10 }, fallbackDays } } },
    ],
  })),
  fc.constant({ kind: 'replace' as const }),
  fc.constant({ kind: 'ask' as const }),
  // opportunities and goals: the words the advisor matches peers on
  fc
    .record({ id: fc.constantFrom('o0', 'o1'), skills: subset(SKILLS), title: fc.constantFrom('A hiring role', 'Talk on Kotlin') })
    .map(({ id, ...x }) => ({
      kind: 'ops' as const,
      ops: [{ op: 'put' as const, collection: 'opportunities' as const, record: { id, ...x, createdAt: CREATED, updatedAt: CREATED } }],
    })),
  fc
    .record({
      id: fc.constantFrom('g0', 'g1'),
      owner: fc.constantFrom(...PEERS),
      title: fc.constantFrom('Get better at negotiation', 'Learn Kotlin'),
    })
    .map(({ id, ...x }) => ({
      kind: 'ops' as const,
      ops: [{ op: 'put' as const, collection: 'goals' as const, record: { id, ...x, createdAt: CREATED, updatedAt: CREATED } }],
    })),
);

const sorted = <V>(m: ReadonlyMap<string, V>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));

function start(): VaultDocument {
  const doc = emptyDocument();
  applyOps(
    doc,
    PEERS.map((p, k) =>
      parseOp(peerOp(p, { skills: [SKILLS[k % SKILLS.length]!], closeness: (k % 5) + 1, cadenceDays: k % 2 ? 30 : null })),
    ),
  );
  return doc;
}

/** Run the steps against a document and the kept index following it, as the session does. */
function run(steps: readonly Step[]): { doc: VaultDocument; kept: KeptIndex } {
  let doc = start();
  const kept = new KeptIndex(doc);
  const undo: VaultOp[][] = [];
  const apply = (raw: readonly VaultOp[]) => {
    const ops = raw.map(parseOp);
    applyOps(doc, ops);
    kept.apply(ops, doc);
  };
  for (const s of steps) {
    if (s.kind === 'ops') apply(s.ops);
    else if (s.kind === 'deleteInteraction') {
      const before = doc.interactions.find((i) => i.id === s.id);
      if (!before) continue;
      apply([{ op: 'delete', collection: 'interactions', id: s.id }]);
      undo.push([{ op: 'put', collection: 'interactions', record: before }]);
    } else if (s.kind === 'deletePeer') {
      // as peers:delete does: the peer, their interactions alone with you, group interactions without them
      const peer = doc.peers.find((p) => p.id === s.id);
      if (!peer) continue;
      const log = removePeersFromLog(doc.interactions, doc.lifeEvents, new Set([s.id]));
      apply([
        { op: 'delete', collection: 'peers', id: s.id },
        ...log.deleted.map((i) => ({ op: 'delete' as const, collection: 'interactions' as const, id: i.id })),
        ...log.changed.map((c) => ({ op: 'put' as const, collection: 'interactions' as const, record: c.after })),
      ]);
      undo.push([
        { op: 'put', collection: 'peers', record: peer },
        ...[...log.deleted, ...log.changed.map((c) => c.before)].map((record) => ({
          op: 'put' as const,
          collection: 'interactions' as const,
          record,
        })),
      ]);
    } else if (s.kind === 'undo') {
      const ops = undo.pop();
      if (ops) apply(ops);
    } else if (s.kind === 'ask') {
      kept.checkIns(doc, TODAY);
      allSuggestions(doc, TODAY, undefined, kept);
    } else {
      // a backup restored: the vault's contents replaced by a copy
      doc = structuredClone(doc);
      kept.apply([], doc);
    }
  }
  return { doc, kept };
}

describe('the kept per-peer index', () => {
  test('equals a from-scratch rebuild after any sequence of changes, deletes, undos and imports', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const { doc, kept } = run(steps);
        expect(sorted(kept.interactionsByPeer())).toEqual(sorted(interactionsByPeer(doc.interactions)));
        for (const day of [TODAY, '2025-12-31']) {
          expect(sorted(kept.checkIns(doc, day))).toEqual(sorted(checkIns(doc, day)));
          const shown = shownSources(doc).interactions.filter((i) => i.date <= day);
          expect(sorted(kept.shownInteractionsUpTo(day))).toEqual(sorted(interactionsByPeer(shown)));
        }
        const groupsOf = new Map<string, string[]>();
        for (const p of PEERS) {
          const ids = doc.groups.filter((g) => g.memberIds.includes(p)).map((g) => g.id);
          if (ids.length) groupsOf.set(p, ids);
        }
        expect(sorted(kept.groupsByPeer())).toEqual(sorted(groupsOf));
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });

  test('Today and every advisor kind answer the same from the kept index as from scratch', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const { doc, kept } = run(steps);
        expect(todayData(doc, TODAY, kept.checkIns(doc, TODAY), kept.interactionsByPeer())).toEqual(todayData(doc, TODAY));
        // asked twice: the second answer comes from what the first one kept
        expect(allSuggestions(doc, TODAY, undefined, kept)).toEqual(allSuggestions(doc, TODAY));
        expect(allSuggestions(doc, TODAY, undefined, kept)).toEqual(allSuggestions(doc, TODAY));
      }),
      { seed: 7122026, numRuns: 120 },
    );
  });

  test('a confidential interaction made public shows its text at once, and hides it again when marked back', () => {
    const { doc, kept } = run([]);
    const put = (confidential: boolean) => {
      const ops = [
        parseOp({
          op: 'put',
          collection: 'interactions',
          record: {
            id: 'x',
            date: '2026-03-01',
            peerIds: ['p0'],
            summary: 'salary numbers',
            confidential,
            createdAt: CREATED,
            updatedAt: CREATED,
          },
        }),
      ];
      applyOps(doc, ops);
      kept.apply(ops, doc);
      return kept.shownInteractionsUpTo(TODAY).get('p0')![0]!.summary;
    };
    expect(put(true)).toBe('');
    expect(put(false)).toBe('salary numbers');
    expect(put(true)).toBe('');
  });
});
