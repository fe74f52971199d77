import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../electron/core/import/csv';
import { parseGoogleCsv } from '../../../electron/core/import/contacts-csv';
import { planContactImport, planContactImportInSlices } from '../../../electron/core/import/plan';
import { openImportFile, readImportFile, type ImportFile } from '../../../electron/core/import/read-file';
import { Vault } from '../../../electron/core/vault';
import { applyOps } from '../../../electron/core/vault/ops';
import { emptyDocument, peerSchema } from '../../../shared/schema/document';
import { TEST_KDF } from '../../helpers/kdf';
import { oversizeFieldsCsv, softBreakCard, wideGoogleCsv } from '../../helpers/hostile-files';
import { useTempDirs } from '../../helpers/temp-dir';

const temp = useTempDirs();
const NOW = '2026-11-27T12:00:00.000Z';
const utf8 = (s: string) => new TextEncoder().encode(s);

function contactsOf(file: ImportFile) {
  if (file.format === 'compeer-json') throw new Error('not a contacts file');
  return file;
}

// Speed is printed by `npm run bench` (100,000 columns, 100,000 soft breaks), never timed here.
// Before the parsers were made linear these files took minutes and seconds.
describe('hostile files are answered with a message or read in one pass', () => {
  test('a 3 MB Google CSV with 100,000 e-mail columns is refused, by the line and the cap', () => {
    const text = wideGoogleCsv(100_000);
    expect(text.length).toBeGreaterThan(3_000_000);
    expect(() => readImportFile(utf8(text), 'wide.csv')).toThrow(/^Line 1 has more than 5,000 columns; .* Nothing was imported\.$/);
  });

  test('the same file read without the cap: every column is read, once', () => {
    const [c] = parseGoogleCsv(parseCsv(wideGoogleCsv(100_000), ',', Infinity));
    expect(c!.emails).toHaveLength(100_000);
    expect(c!.emails.at(-1)).toBe('w100000@x.io');
  });

  test('4,995 e-mail columns (under the cap) import with the first 200 e-mails and a warning', () => {
    const file = contactsOf(readImportFile(utf8(wideGoogleCsv(4_995)), 'wide.csv'));
    const plan = planContactImport([], file.contacts, { now: NOW, newId: () => 'w1' });
    expect(plan.warnings.map((w) => w.message)).toEqual(['Line 2 (Wide Person): 4,995 e-mails: the first 200 were kept.']);
    const [op] = plan.ops(new Set());
    expect(peerSchema.parse(op?.op === 'put' ? op.record : null).contacts.emails).toHaveLength(200);
  });

  test('a quoted-printable note of 100,000 soft line breaks is joined whole, then cut to the notes cap with a warning', () => {
    const file = contactsOf(readImportFile(utf8(softBreakCard(100_000)), 'card.vcf'));
    // "From vCard:\n" (12) + "ab" × 100,000 + "end" (200,003) = 200,015
    expect(file.contacts[0]!.notes).toBe(`${'ab'.repeat(100_000)}end`);
    const plan = planContactImport([], file.contacts, { now: NOW, newId: () => 's1' });
    expect(plan.warnings.map((w) => w.message)).toEqual(['Line 1 (Soft Breaks): notes cut to 100,000 characters (the file has 200,015).']);
    expect(plan.rows).toHaveLength(1);
  });
});

describe('one oversize field never fails the whole import', () => {
  test('a 1 MB note, a 1 MB e-mail, 201 e-mails and a nameless row: the caps of the schema, a warning by line, the rest saved', async () => {
    const file = contactsOf(readImportFile(utf8(oversizeFieldsCsv()), 'oversize.csv'));
    let n = 0;
    const plan = planContactImport([], file.contacts, { now: NOW, newId: () => `o${++n}` });
    expect(plan.rows.map((r) => [r.line, r.name, r.action])).toEqual([
      [2, 'Good Before', 'add'],
      [3, 'Long Note', 'add'],
      [4, 'Long Email', 'add'],
      [5, 'Many Emails', 'add'],
      [7, 'Good After', 'add'],
    ]);
    // "From Google CSV:\n" (17) + 1,048,576 = 1,048,593; "e" × 1,048,576 + "@x.io" = 1,048,581
    expect(plan.warnings).toEqual([
      { line: 3, skipped: false, message: 'Line 3 (Long Note): notes cut to 100,000 characters (the file has 1,048,593).' },
      { line: 4, skipped: false, message: 'Line 4 (Long Email): an e-mail of 1,048,581 characters was left out (at most 200).' },
      { line: 5, skipped: false, message: 'Line 5 (Many Emails): 201 e-mails: the first 200 were kept.' },
      { line: 6, skipped: true, message: 'Line 6: left out, because it has no name, e-mail or company to call it by.' },
    ]);
    // and a real vault takes every op
    const { vault } = await Vault.create(`${await temp()}/v.compeer`, 'p a s s', { kdf: TEST_KDF });
    await vault.apply(plan.ops(new Set()));
    expect(vault.data.peers.map((p) => [p.name, p.contacts.emails.length, p.notes.length])).toEqual([
      ['Good Before', 1, 'From Google CSV:\nfine'.length],
      ['Long Note', 1, 100_000],
      ['Long Email', 1, 0],
      ['Many Emails', 200, 0],
      ['Good After', 1, 0],
    ]);
    await vault.close();
  });

  test('on merge the same caps hold, and the peer keeps what it had', () => {
    const doc = emptyDocument();
    const emails = Array.from({ length: 150 }, (_, i) => `have${i}@x.io`);
    doc.peers.push(
      peerSchema.parse({ id: 'p1', name: 'Dana Kowalski', company: 'Umbrella', notes: 'x'.repeat(99_990), contacts: { emails } }),
    );
    const text = `First Name,Last Name,Organization Name,Notes,${Array.from({ length: 100 }, (_, i) => `E-mail ${i + 1} - Value`).join(',')}\r\nDana,Kowalski,Umbrella,A new note from the file,${Array.from({ length: 100 }, (_, i) => `new${i}@x.io`).join(',')}\r\n`;
    const file = contactsOf(readImportFile(utf8(text), 'g.csv'));
    const plan = planContactImport(doc.peers, file.contacts, { now: NOW, newId: () => 'unused' });
    expect(plan.rows[0]).toMatchObject({ action: 'merge', matchedBy: 'name and company', fills: ['emails'] });
    expect(plan.warnings.map((w) => w.message)).toEqual([
      "Line 2 (Dana Kowalski): the notes from the file were not added: Dana Kowalski's notes would pass 100,000 characters.",
      'Line 2 (Dana Kowalski): 250 e-mails: the first 200 were kept.',
    ]);
    applyOps(doc, plan.ops(new Set()));
    const dana = doc.peers[0]!;
    expect(dana.notes).toBe('x'.repeat(99_990));
    expect(dana.contacts.emails.slice(0, 150)).toEqual(emails);
    expect(dana.contacts.emails).toHaveLength(200);
    expect(dana.contacts.emails.at(-1)).toBe('new49@x.io');
  });
});

describe('a large file is read and planned a slice at a time', () => {
  test('the sliced path reads and plans in one pass, pausing between slices, and gives what the one-step path gives', async () => {
    const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
    for (let i = 0; i < 5_000; i++) lines.push(`N${i},S${i},https://www.linkedin.com/in/p-${i % 4_000},,Co ${i % 50},Eng,01 Feb 2020`);
    const bytes = utf8(lines.join('\n'));
    let pauses = 0;
    const pause = () => {
      pauses++;
      return Promise.resolve();
    };
    const opened = openImportFile(bytes, 'c.csv');
    if (opened.format === 'compeer-json') throw new Error('not a contacts file');
    const whole = contactsOf(readImportFile(bytes, 'c.csv'));
    let a = 0;
    let b = 0;
    const planA = await planContactImportInSlices([], opened.contacts, { now: NOW, newId: () => `id${++a}` }, pause, 1_000);
    const planB = planContactImport([], whole.contacts, { now: NOW, newId: () => `id${++b}` });
    expect(pauses).toBe(5);
    expect(planA.contacts).toBe(5_000);
    // 5,000 rows, 4,000 profiles: the last 1,000 merge into peers added earlier in the file
    expect(planA.rows.filter((r) => r.action === 'add')).toHaveLength(4_000);
    expect(planA.rows).toEqual(planB.rows);
    expect(planA.ops(new Set())).toEqual(planB.ops(new Set()));
  });
});
