import { describe, expect, it } from 'vitest';
import { conflictCopyNames, mergeCopy } from '../../../electron/core/sync/file-copies';
import { applyOps, parseOp } from '../../../electron/core/vault/ops';
import { emptyDocument, type VaultDocument } from '../../../shared/schema/document';

const LABELS = { vault: 'the version in v.compeer', copy: 'the version in v (1).compeer' };
const T1 = '2026-12-01T10:00:00.000Z';
const T2 = '2026-12-05T10:00:00.000Z';

/** A document with these changes applied as the vault applies them (schema defaults filled in). */
function doc(ops: unknown[]): VaultDocument {
  const d = structuredClone(emptyDocument());
  applyOps(d, ops.map(parseOp));
  return d;
}
const peer = (id: string, fields: Record<string, unknown>) => ({
  op: 'put',
  collection: 'peers',
  record: { id, name: 'Ana Silva', ...fields },
});
const LONG_A = `Vault side: ${'a long note written on the desktop. '.repeat(8)}`;
const LONG_B = `Copy side: ${'a long note written on the laptop. '.repeat(8)}`;

describe("a sync tool's conflict copy of a vault file", () => {
  it('is recognised by the names sync tools give it, and nothing else is', () => {
    const names = [
      'v.compeer',
      'v (conflicted copy).compeer',
      "v (Laptop's conflicted copy 2026-12-07).compeer",
      'v.sync-conflict-20261207-101010-ABCDEFG.compeer',
      'v (1).compeer',
      'v (1).compeer.merged',
      'v (conflicted copy).compeer.merged',
      'v.compeer.lock',
      'v.compeer.before-sharing',
      'w (1).compeer',
      'v2.compeer',
      'backups',
    ];
    expect(conflictCopyNames(names, 'v.compeer')).toEqual([
      'v (1).compeer',
      "v (Laptop's conflicted copy 2026-12-07).compeer",
      'v (conflicted copy).compeer',
      'v.sync-conflict-20261207-101010-ABCDEFG.compeer',
    ]);
  });

  it('adds what only the copy has, takes the later edit field by field, keeps both long texts and every part, and infers no deletion', () => {
    const base = [
      peer('p1', { role: 'CTO', city: 'Lisbon', updatedAt: T1 }),
      peer('p2', { notes: 'short', updatedAt: T1 }),
      peer('p3', { name: 'Chen Wei', updatedAt: T1 }),
      {
        op: 'put',
        collection: 'groups',
        record: { id: 'g1', name: 'Circle', meetings: [{ id: 'm1', date: '2026-12-01', notes: 'first' }], updatedAt: T1 },
      },
    ];
    const vault = doc([
      ...base,
      // the vault: p1's city changed earlier, p2's note, a second meeting, and p3 deleted
      peer('p1', { role: 'CTO', city: 'Porto', updatedAt: T1 }),
      peer('p2', { notes: LONG_A, updatedAt: T2 }),
      {
        op: 'put',
        collection: 'groups',
        record: {
          id: 'g1',
          name: 'Circle',
          meetings: [
            { id: 'm1', date: '2026-12-01', notes: 'first' },
            { id: 'm2', date: '2026-12-04', notes: 'second' },
          ],
          updatedAt: T1,
        },
      },
      { op: 'delete', collection: 'peers', id: 'p3' },
      { op: 'set', key: 'me', value: { name: 'Me', role: 'Engineer' } },
    ]);
    const copy = doc([
      ...base,
      // the copy: p1's role changed later, p2's note, a third meeting, a new peer, a setting
      peer('p1', { role: 'CEO', city: 'Lisbon', updatedAt: T2 }),
      peer('p2', { notes: LONG_B, updatedAt: T1 }),
      peer('p4', { name: 'Dana Lee', updatedAt: T2 }),
      {
        op: 'put',
        collection: 'groups',
        record: {
          id: 'g1',
          name: 'Circle',
          meetings: [
            { id: 'm1', date: '2026-12-01', notes: 'first' },
            { id: 'm3', date: '2026-12-06', notes: 'third' },
          ],
          updatedAt: T2,
        },
      },
      { op: 'set', key: 'me', value: { name: 'Me', role: 'Manager', city: 'Berlin' } },
    ]);
    const m = mergeCopy(vault, copy, LABELS);
    expect(m.added).toEqual([
      { collection: 'peers', id: 'p3' },
      { collection: 'peers', id: 'p4' },
    ]);
    expect(m.changed.map((c) => [c.collection, c.id, c.fields.sort()])).toEqual([
      ['peers', 'p1', ['city', 'role', 'updatedAt']],
      ['peers', 'p2', ['notes']],
      ['groups', 'g1', ['meetings', 'updatedAt']],
      ['me', 'me', ['city']],
    ]);
    expect(m.bothKept).toEqual([{ collection: 'peers', id: 'p2', field: 'notes' }]);

    const merged = structuredClone(vault);
    applyOps(merged, m.ops.map(parseOp));
    const p = (id: string) => merged.peers.find((x) => x.id === id)!;
    // the copy's p1 is newer: its fields win, the vault's city included
    expect([p('p1').role, p('p1').city, p('p1').updatedAt]).toEqual(['CEO', 'Lisbon', T2]);
    // the vault's note is newer: first, then the copy's under a line saying where it comes from
    expect(p('p2').notes).toBe(`${LONG_A}\n\n--- the version in v (1).compeer ---\n${LONG_B}`);
    expect(p('p3').name).toBe('Chen Wei');
    expect(p('p4').name).toBe('Dana Lee');
    expect(merged.groups[0]!.meetings.map((x) => x.id)).toEqual(['m1', 'm3', 'm2']);
    // single objects: the vault's values stay, what only the copy has is added
    expect([merged.me.role, merged.me.city]).toEqual(['Engineer', 'Berlin']);

    // nothing of either side is lost, and merging the same copy again adds nothing
    for (const side of [vault, copy]) for (const r of side.peers) expect(merged.peers.some((x) => x.id === r.id)).toBe(true);
    expect(mergeCopy(merged, copy, LABELS).ops).toEqual([]);
  });
});
