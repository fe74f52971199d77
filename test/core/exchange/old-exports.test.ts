import { expect, test } from 'vitest';
import { parseExportText, planJsonImport } from '../../../electron/core/exchange/json-import';
import { applyOps } from '../../../electron/core/vault/ops';
import { SCHEMA_VERSION, emptyDocument } from '../../../shared/schema/document';

test('an export made by schema version 2 imports: its interactions, groups, goals and opportunities are migrated', () => {
  const v2 = {
    format: 'compeer-export',
    version: 1,
    schemaVersion: 2,
    exportedAt: '2026-01-01T00:00:00.000Z',
    includesConfidential: false,
    peers: [{ id: 'ana', name: 'Ana' }],
    interactions: [
      {
        id: 'i1',
        peerId: 'ana',
        date: '2025-05-01',
        direction: 'both',
        kinds: ['feedback'],
        summary: '[confidential: not exported]',
        confidential: true,
      },
    ],
    groups: [{ id: 'g1', name: 'Circle', memberIds: ['ana'], notes: 'monthly' }],
    goals: [{ id: 'o1', title: 'Ship', detail: 'why' }],
    opportunities: [{ id: 'op', title: 'Role', sharedWith: ['ana'], status: 'closed', updatedAt: '2025-06-01T00:00:00.000Z' }],
  };
  const doc = emptyDocument();
  const plan = planJsonImport(doc, parseExportText(JSON.stringify(v2)));
  expect(plan.added).toMatchObject({ peers: 1, interactions: 1, groups: 1, goals: 1, opportunities: 1 });
  applyOps(doc, plan.ops);
  expect(doc.interactions[0]).toMatchObject({
    peerIds: ['ana'],
    exchanges: [
      { direction: 'given', kind: 'feedback' },
      { direction: 'received', kind: 'feedback' },
    ],
  });
  // left out of the export as confidential: a new record gets the default, not the marker
  expect(doc.interactions[0]!.summary).toBe('');
  expect(doc.groups[0]).toMatchObject({ purpose: 'monthly', meetings: [] });
  expect(doc.goals[0]).toMatchObject({ why: 'why', owner: 'me' });
  expect(doc.opportunities[0]).toMatchObject({ status: 'taken', sharedWith: [{ peerId: 'ana', date: '2025-06-01' }] });
});

test('an export made by a newer schema version is refused, as a vault from a newer Compeer is', () => {
  const newer = { format: 'compeer-export', version: 1, schemaVersion: 99, peers: [{ id: 'ana', name: 'Ana' }] };
  const doc = emptyDocument();
  expect(() => planJsonImport(doc, parseExportText(JSON.stringify(newer)))).toThrow(
    expect.objectContaining({
      code: 'NEWER_VERSION',
      message: `This export was made by a newer Compeer (data version 99, this app reads up to ${SCHEMA_VERSION}). Update Compeer to import it; nothing was imported.`,
    }),
  );
  expect(doc.peers).toEqual([]);
});

test('a record with a control character in its text is refused by its position, and nothing is imported', () => {
  const file = {
    format: 'compeer-export',
    version: 1,
    schemaVersion: SCHEMA_VERSION,
    peers: [
      { id: 'ok', name: 'Fine', notes: 'tabs\tand\nnewlines\r\nare text' },
      { id: 'bell', name: 'Ring\u0007Bell' },
    ],
    journal: [{ id: 'j1', date: '2025-01-02', body: 'fine', tags: ['ok', 'esc\u001b'] }],
  };
  expect(() => planJsonImport(emptyDocument(), parseExportText(JSON.stringify(file)))).toThrow(
    'The file has 2 invalid records; nothing was imported:\n  peers[1] (id "bell"): name: has a control character (U+0007) that text never holds\n  journal[0] (id "j1"): tags.1: has a control character (U+001B) that text never holds',
  );
});
