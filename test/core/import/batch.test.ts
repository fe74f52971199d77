import { describe, expect, test } from 'vitest';
import { applyBatchChoices } from '../../../electron/core/import/batch';
import type { VaultOp } from '../../../electron/core/vault';
import { peerSchema } from '../../../shared/schema/document';

const put = (id: string, extra: Record<string, unknown> = {}): VaultOp => ({
  op: 'put',
  collection: 'peers',
  record: peerSchema.parse({ id, name: id, ...extra }) as unknown as Record<string, unknown>,
});

describe('an import batch: rows left out, a peer type and tags for every new peer', () => {
  test('three new peers and one merged: one left out, the two others typed and tagged, the merged one untouched', () => {
    const ops = [put('new1', { tags: ['Mentor'] }), put('new2', { peerTypes: ['cohort'] }), put('new3'), put('old', { tags: ['x'] })];
    const out = applyBatchChoices(ops, new Set(['old']), {
      leaveOut: new Set(['new3']),
      peerTypes: ['industry'],
      tags: ['linkedin-2026', 'mentor'],
    });
    const records = out
      .map((o) => (o.op === 'put' ? (o.record as { id: string; peerTypes: string[]; tags: string[] }) : null))
      .filter((r) => r !== null);
    const byId = Object.fromEntries(records.map((r) => [r.id, r]));
    expect(Object.keys(byId)).toEqual(['new1', 'new2', 'old']);
    // "mentor" is already there as "Mentor": not added twice
    expect(byId.new1).toMatchObject({ peerTypes: ['industry'], tags: ['Mentor', 'linkedin-2026'] });
    expect(byId.new2).toMatchObject({ peerTypes: ['cohort', 'industry'], tags: ['linkedin-2026', 'mentor'] });
    expect(byId.old).toMatchObject({ peerTypes: [], tags: ['x'] });
  });

  test('no choices: the ops are the same', () => {
    const ops = [put('a'), { op: 'delete', collection: 'ties', id: 't' } as VaultOp];
    expect(applyBatchChoices(ops, new Set(), { leaveOut: new Set(), peerTypes: [], tags: [] })).toEqual(ops);
  });

  test('a new peer left out takes its birthday with it: no life event of a peer that is not there', () => {
    const birthday = (id: string, peerId: string): VaultOp => ({
      op: 'put',
      collection: 'lifeEvents',
      record: { id, peerId, kind: 'birthday', date: '--05-01' },
    });
    const ops = [put('new1'), birthday('b1', 'new1'), put('new2'), birthday('b2', 'new2'), birthday('b3', 'old')];
    const out = applyBatchChoices(ops, new Set(['old']), { leaveOut: new Set(['new2']), peerTypes: [], tags: [] });
    expect(out.map((o) => (o.op === 'put' ? o.record.id : null))).toEqual(['new1', 'b1', 'b3']);
  });
});
