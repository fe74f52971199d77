import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeviceClock } from '../../../electron/core/sync/hlc';
import {
  applyBatch,
  canonical,
  changesFor,
  conflictsOf,
  decodeState,
  emptyState,
  encodeState,
  joinState,
  toDocument,
  type Batch,
  type SyncState,
} from '../../../electron/core/sync/merge';
import { parseOp } from '../../../electron/core/vault/ops';

const A = 'AAAAAAAAAAAAAAAA';
const B = 'BBBBBBBBBBBBBBBB';
const T0 = Date.parse('2026-12-07T10:00:00Z');

/** A device as the merge sees it: its state, its clock, its count of changes. */
function device(id: string) {
  const clock = new DeviceClock(id);
  const state = emptyState();
  let n = 0;
  return {
    state,
    write(ops: unknown[], at: number): Batch {
      const ch = changesFor(state, ops.map(parseOp));
      const b: Batch = { s: ++n, h: clock.send(at), d: id, seen: { ...state.frontier }, ch };
      applyBatch(state, b);
      return b;
    },
    take(bs: readonly Batch[]) {
      for (const b of bs) {
        applyBatch(state, b);
        clock.recv(b.h);
      }
    },
  };
}

const peer = (id: string, fields: Record<string, unknown>) => ({
  op: 'put',
  collection: 'peers',
  record: { id, name: 'Ana Silva', ...fields },
});
const view = (s: SyncState) => canonical({ doc: toDocument(s), conflicts: conflictsOf(s) });

describe('the merge of two devices', () => {
  it('keeps an edit of a different field on each device without a conflict', () => {
    const a = device(A);
    const b = device(B);
    const base = a.write([peer('p1', {})], T0);
    b.take([base]);
    const ea = a.write([peer('p1', { role: 'CTO' })], T0 + 1000);
    const eb = b.write([peer('p1', { city: 'Lisbon' })], T0 + 2000);
    a.take([eb]);
    b.take([ea]);
    expect(toDocument(a.state).peers[0]).toMatchObject({ role: 'CTO', city: 'Lisbon' });
    expect(conflictsOf(a.state)).toEqual([]);
    expect(view(a.state)).toBe(view(b.state));
  });

  it('keeps the later edit of a field changed on two devices and lists the other', () => {
    const a = device(A);
    const b = device(B);
    const base = a.write([peer('p1', {})], T0);
    b.take([base]);
    const ea = a.write([peer('p1', { role: 'CTO' })], T0 + 1000);
    const eb = b.write([peer('p1', { role: 'CEO' })], T0 + 2000);
    a.take([eb]);
    b.take([ea]);
    expect(toDocument(a.state).peers[0]!.role).toBe('CEO');
    expect(conflictsOf(a.state)).toEqual([
      { kind: 'field', collection: 'peers', id: 'p1', field: 'role', devices: [A, B], keptAt: new Date(T0 + 2000).toISOString() },
    ]);
    expect(view(a.state)).toBe(view(b.state));
  });

  it('an edit made after seeing the other is no conflict', () => {
    const a = device(A);
    const b = device(B);
    const base = a.write([peer('p1', {})], T0);
    b.take([base]);
    const ea = a.write([peer('p1', { role: 'CTO' })], T0 + 1000);
    b.take([ea]);
    const eb = b.write([peer('p1', { role: 'CEO' })], T0 + 500);
    a.take([eb]);
    // b's clock is behind, but it saw a's edit: its own comes after it
    expect(toDocument(a.state).peers[0]!.role).toBe('CEO');
    expect(conflictsOf(a.state)).toEqual([]);
  });

  it('keeps both versions of a long text edited on two devices', () => {
    const a = device(A);
    const b = device(B);
    const note = (text: string) => ({ op: 'put', collection: 'notes', record: { id: 'n1', text } });
    const base = a.write([note('start')], T0);
    b.take([base]);
    a.take([b.write([note('written on the desktop')], T0 + 2000)]);
    const la = a.write([note('written on the laptop')], T0 + 1000);
    // a saw b's edit before writing: not concurrent; a fresh pair below is
    b.take([la]);
    expect(conflictsOf(a.state)).toEqual([]);
    const x = a.write([note('laptop, apart')], T0 + 3000);
    const y = b.write([note('desktop, apart')], T0 + 4000);
    a.take([y]);
    b.take([x]);
    const c = conflictsOf(a.state);
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ kind: 'text', collection: 'notes', field: 'text' });
    expect(view(a.state)).toBe(view(b.state));
  });

  it('a delete against an edit keeps the edit and asks', () => {
    const a = device(A);
    const b = device(B);
    const base = a.write([peer('p1', {})], T0);
    b.take([base]);
    const del = a.write([{ op: 'delete', collection: 'peers', id: 'p1' }], T0 + 5000);
    const edit = b.write([peer('p1', { role: 'CTO' })], T0 + 1000);
    a.take([edit]);
    b.take([del]);
    expect(toDocument(a.state).peers.map((p) => p.role)).toEqual(['CTO']);
    expect(conflictsOf(a.state)).toMatchObject([{ kind: 'deleted', collection: 'peers', id: 'p1' }]);
    expect(view(a.state)).toBe(view(b.state));
  });

  it('a delete that saw the edit deletes', () => {
    const a = device(A);
    const b = device(B);
    const base = a.write([peer('p1', {})], T0);
    b.take([base]);
    a.take([b.write([peer('p1', { role: 'CTO' })], T0 + 1000)]);
    const del = a.write([{ op: 'delete', collection: 'peers', id: 'p1' }], T0 + 2000);
    b.take([del]);
    expect(toDocument(b.state).peers).toEqual([]);
    expect(conflictsOf(b.state)).toEqual([]);
  });

  it('gives the same vault for the same changes in any order, with duplicates, and through joined snapshots', () => {
    const ids = ['p1', 'p2', 'p3'];
    const step = fc.record({
      dev: fc.integer({ min: 0, max: 2 }),
      kind: fc.constantFrom('edit', 'edit', 'delete', 'sync'),
      peer: fc.constantFrom(...ids),
      field: fc.constantFrom('role', 'company', 'city', 'notes'),
      value: fc.string({ maxLength: 6 }),
      other: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.integer(), (steps, salt) => {
        const devs = [device(A), device(B), device('CCCCCCCCCCCCCCCC')];
        const all: Batch[] = [];
        const log: Batch[][] = [[], [], []];
        let t = T0;
        for (const s of steps) {
          const d = devs[s.dev]!;
          t += 1000;
          if (s.kind === 'sync') {
            d.take(log[s.other]!);
            continue;
          }
          const op =
            s.kind === 'delete'
              ? { op: 'delete', collection: 'peers', id: s.peer }
              : peer(s.peer, { ...(toDocument(d.state).peers.find((p) => p.id === s.peer) ?? {}), id: s.peer, [s.field]: s.value });
          const b = d.write([op], t - s.dev * 700);
          if (b.ch.length > 0) {
            all.push(b);
            log[s.dev]!.push(b);
          } else {
            log[s.dev]!.push(b);
            all.push(b);
          }
        }
        const inOrder = emptyState();
        for (const b of all) applyBatch(inOrder, b);
        const shuffled = emptyState();
        const order = all.map((b, i) => ({ b, k: (Math.imul(i + 1, 2654435761) ^ salt) >>> 0 })).sort((x, y) => x.k - y.k);
        for (const { b } of order) applyBatch(shuffled, b);
        for (const { b } of order.slice(0, 3)) applyBatch(shuffled, b);
        // two compactions of different halves, joined, then everything again
        const half1 = emptyState();
        const half2 = emptyState();
        order.forEach(({ b }, i) => applyBatch(i % 2 ? half1 : half2, b));
        const joined = decodeState(JSON.parse(JSON.stringify(encodeState(half1))));
        joinState(joined, decodeState(JSON.parse(JSON.stringify(encodeState(half2)))));
        expect(view(shuffled)).toBe(view(inOrder));
        expect(view(joined)).toBe(view(inOrder));
        for (const b of all) applyBatch(joined, b);
        expect(view(joined)).toBe(view(inOrder));
      }),
      { seed: 20261207, numRuns: 400 },
    );
  });
});

describe('conflict copies made by sync tools', () => {
  it('are recognised by the names Dropbox, Nextcloud and Syncthing give them', async () => {
    const { conflictOf, copiesOf } = await import('../../../electron/core/sync/folder');
    expect(conflictOf("keys (Ana's conflicted copy 2026-12-07)")).toBe('keys');
    expect(conflictOf('AAAAAAAAAAAAAAAA (conflicted copy 2026-12-07 101010).log')).toBe('AAAAAAAAAAAAAAAA.log');
    expect(conflictOf('AAAAAAAAAAAAAAAA.sync-conflict-20261207-101010-ABCDEF7.log')).toBe('AAAAAAAAAAAAAAAA.log');
    expect(conflictOf('keys.sync-conflict-20261207-101010-ABCDEF7')).toBe('keys');
    expect(conflictOf('keys (1)')).toBe('keys');
    expect(conflictOf('AAAAAAAAAAAAAAAA.log')).toBeNull();
    expect(copiesOf(['keys', 'keys (1)', 'keyserver', 'devices'], 'keys')).toEqual(['keys', 'keys (1)']);
  });
});
