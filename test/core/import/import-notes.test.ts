import { describe, expect, test } from 'vitest';
import { detectFormat, readContacts } from '../../../electron/core/import/detect';
import { planContactImport } from '../../../electron/core/import/plan';
import { applyOps } from '../../../electron/core/vault/ops';
import { emptyDocument, type VaultDocument } from '../../../shared/schema/document';

const NOW = '2026-12-07T12:00:00.000Z';

function importInto(doc: VaultDocument, text: string) {
  const format = detectFormat(text);
  if (format === 'compeer-json') throw new Error('not a contacts file');
  let n = 0;
  const plan = planContactImport(doc.peers, readContacts(format, text).contacts, {
    now: NOW,
    newId: () => `p${++n}`,
    lifeEvents: doc.lifeEvents,
  });
  applyOps(doc, plan.ops(new Set()));
  return plan;
}

// A contact's notes often hold what the person would not want on screen in a meeting room:
// they come in confidential, as notes typed in the app do, and the preview says they come
// (the screen then says where to find them), so nobody wonders where they went.
describe('notes from a contacts file', () => {
  test('a new peer with notes: the preview row names them, and they are kept confidential', () => {
    const doc = emptyDocument();
    const plan = importInto(
      doc,
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEMAIL:ana@example.com\r\nNOTE:Going through a hard year\r\nEND:VCARD\r\n' +
        'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Okafor\r\nEMAIL:ben@example.com\r\nEND:VCARD\r\n',
    );
    expect(plan.rows.map((r) => [r.name, r.fills])).toEqual([
      ['Ana Silva', ['notes']],
      ['Ben Okafor', []],
    ]);
    const ana = doc.peers.find((p) => p.name === 'Ana Silva')!;
    expect(ana.notes).toContain('Going through a hard year');
    expect(ana.notesConfidential).toBe(true);
  });
});
