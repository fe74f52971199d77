import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CliIo } from '../../../electron/cli/io';
import { EXIT, runCli } from '../../../electron/cli/run';
import { parseBirthday } from '../../../electron/core/import/contact';
import { detectFormat, readContacts } from '../../../electron/core/import/detect';
import { planContactImport } from '../../../electron/core/import/plan';
import { Vault } from '../../../electron/core/vault';
import { applyOps } from '../../../electron/core/vault/ops';
import { emptyDocument, type VaultDocument } from '../../../shared/schema/document';
import { useTempDirs } from '../../helpers/temp-dir';
import { PASS, makeVault } from '../../helpers/vaults';

const temp = useTempDirs();
const NOW = '2026-11-27T12:00:00.000Z';

// Apple Contacts writes a birthday without a year as 1604 with X-APPLE-OMIT-YEAR; vCard 4 as --MMDD
const CARDS = [
  ['Ben Okafor', 'BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-07'],
  ['Ana Silva', 'BDAY;VALUE=date:1985-04-12'],
  // 1990 was not a leap year: not a date
  ['Chen Wei', 'BDAY:19900229'],
  ['Dee Park', 'BDAY:--0229'],
  ['Eli Moss', 'BDAY:1604-12-25'],
  ['Fay Lund', 'BDAY:sometime in May'],
  ['Gus Tran', 'BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-30'],
]
  .map(
    ([name, bday]) =>
      `BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//macOS 14.5//EN\r\nFN:${name}\r\nEMAIL:${name!.split(' ')[0]!.toLowerCase()}@example.com\r\n${bday}\r\nEND:VCARD\r\n`,
  )
  .join('');

function importInto(doc: VaultDocument, text: string) {
  const format = detectFormat(text);
  if (format === 'compeer-json') throw new Error('not a contacts file');
  let n = 0;
  const plan = planContactImport(doc.peers, readContacts(format, text).contacts, {
    now: NOW,
    newId: () => `x${doc.peers.length + doc.lifeEvents.length}-${++n}`,
    lifeEvents: doc.lifeEvents,
  });
  const ops = plan.ops(new Set());
  applyOps(doc, ops);
  return { plan, ops };
}

const birthdaysOf = (doc: VaultDocument) =>
  Object.fromEntries(doc.lifeEvents.map((e) => [doc.peers.find((p) => p.id === e.peerId)!.name, [e.kind, e.date]]));

describe('birthdays from contact files', () => {
  test('read as a day and month when the year is left out, never as the year 1604', () => {
    expect(parseBirthday('1604-03-07', 1604)).toBe('--03-07');
    expect(parseBirthday('1604-03-07')).toBe('--03-07');
    // another placeholder year, when the file names it
    expect(parseBirthday('1900-01-31', 1900)).toBe('--01-31');
    expect(parseBirthday('1900-01-31')).toBe('1900-01-31');
    expect(parseBirthday('--0229')).toBe('--02-29');
    expect(parseBirthday(' --05-14')).toBe('--05-14');
    expect(parseBirthday('19850412')).toBe('1985-04-12');
    expect(parseBirthday('1985-04-12T00:00:00Z')).toBe('1985-04-12');
    expect(parseBirthday('12 Apr 1985')).toBe('1985-04-12');
    for (const bad of ['--1301', '--0230', '1985-02-29', '1604-02-30', 'May', '']) expect(parseBirthday(bad, 1604)).toBeNull();
  });

  test('a vCard birthday becomes a birthday life event of the new peer; one that is not a date stays in the notes', () => {
    const doc = emptyDocument();
    const { plan } = importInto(doc, CARDS);
    expect(birthdaysOf(doc)).toEqual({
      'Ben Okafor': ['birthday', '--03-07'],
      'Ana Silva': ['birthday', '1985-04-12'],
      'Dee Park': ['birthday', '--02-29'],
      'Eli Moss': ['birthday', '--12-25'],
    });
    expect(JSON.stringify(doc.lifeEvents)).not.toContain('1604');
    expect(doc.peers.find((p) => p.name === 'Fay Lund')!.notes).toContain('Birthday: sometime in May');
    expect(doc.peers.find((p) => p.name === 'Gus Tran')!.notes).toContain('Birthday: 1604-02-30');
    expect(doc.peers.find((p) => p.name === 'Ben Okafor')!.notes).not.toContain('Birthday');
    expect(plan.rows.find((r) => r.name === 'Ben Okafor')!.fills).toEqual(['birthday']);
  });

  test('importing again adds no second birthday; a merge adds one only to a peer without', () => {
    const doc = emptyDocument();
    importInto(doc, CARDS);
    const before = doc.lifeEvents.length;
    const again = importInto(doc, CARDS);
    expect(doc.lifeEvents).toHaveLength(before);
    expect(again.ops).toEqual([]);
    // a peer already in the vault, without a birthday, gains one from a matching card
    const merged = importInto(doc, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fay Lund\r\nEMAIL:fay@example.com\r\nBDAY:--0521\r\nEND:VCARD\r\n');
    expect(merged.plan.rows[0]).toMatchObject({ action: 'merge', fills: ['birthday'] });
    expect(birthdaysOf(doc)['Fay Lund']).toEqual(['birthday', '--05-21']);
  });

  test('Google Contacts CSV: "--MM-DD" and a full date', () => {
    const doc = emptyDocument();
    const csv =
      'First Name,Last Name,Birthday,E-mail 1 - Value\nMaya,Patel, --05-14,maya@example.com\nOmar,Haddad,1979-11-02,omar@example.com\n';
    importInto(doc, csv);
    expect(birthdaysOf(doc)).toEqual({ 'Maya Patel': ['birthday', '--05-14'], 'Omar Haddad': ['birthday', '1979-11-02'] });
  });

  test('through the command line into a real vault: the life event is saved, and a second import adds none', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir, 'v.compeer', []);
    const file = join(dir, 'contacts.vcf');
    await writeFile(file, CARDS);
    const io: CliIo = {
      env: { COMPEER_PASSPHRASE: PASS },
      stdout: () => undefined,
      stderr: () => undefined,
      prompt: null,
      now: () => new Date(NOW),
    };
    expect(await runCli(['import', path, file], io)).toBe(EXIT.ok);
    expect(await runCli(['import', path, file], io)).toBe(EXIT.ok);
    const v = await Vault.open(path, PASS, { readOnly: true });
    try {
      const ben = v.data.peers.find((p) => p.name === 'Ben Okafor')!;
      expect(v.data.lifeEvents.filter((e) => e.peerId === ben.id).map((e) => [e.kind, e.date])).toEqual([['birthday', '--03-07']]);
      expect(v.data.lifeEvents).toHaveLength(4);
    } finally {
      await v.close();
    }
  });
});
