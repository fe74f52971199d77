import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXIT } from '../../electron/cli/run';
import { Vault } from '../../electron/core/vault';
import { SCHEMA_VERSION } from '../../shared/schema/document';
import { IMPORT_MAX_CONTACTS, IMPORT_MAX_RECORDS } from '../../shared/import-preview';
import { binaryCard, linkedInCsv, peersExport } from '../helpers/hostile-files';
import { cliAt } from '../helpers/cli';
import { useTempDirs } from '../helpers/temp-dir';
import { PASS, makeVault } from '../helpers/vaults';

const temp = useTempDirs();

const cli = cliAt('2026-11-27T12:00:00Z');

describe('compeer import refuses what it cannot take, and says why', () => {
  test('an export made by a newer schema version: exit 4, the message a newer vault gets, nothing changed', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const before = await readFile(path);
    const file = join(dir, 'newer.json');
    await writeFile(
      file,
      JSON.stringify({ format: 'compeer-export', version: 1, schemaVersion: 99, peers: [{ id: 'z1', name: 'From The Future' }] }),
    );
    const r = await cli(['import', path, file]);
    expect(r.code).toBe(EXIT.damaged);
    expect(r.err).toBe(
      `This export was made by a newer Compeer (data version 99, this app reads up to ${SCHEMA_VERSION}). Update Compeer to import it; nothing was imported.\n`,
    );
    expect(r.out).toBe('');
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  test('a CSV mixing UTF-8 and Windows-1252 lines: each line read as what it is, the 1252 lines named', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const file = join(dir, 'mixed.csv');
    const utf8 = (t: string) => [...Buffer.from(t, 'utf8')];
    const cp1252 = (t: string) => [...Buffer.from(t, 'latin1')];
    await writeFile(
      file,
      Uint8Array.from([
        ...utf8('First Name,Last Name,E-mail 1 - Value\r\n'),
        ...utf8('Zoë,Müller,zoe@example.org\r\n'),
        ...cp1252('José,Núñez,jose@example.org\r\n'),
        ...utf8('Łukasz,Żak,lukasz@example.org\r\n'),
      ]),
    );
    const r = await cli(['import', path, file]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/^Read 3 contacts \(Google Contacts \(CSV\), UTF-8, some lines Windows-1252\)\.\nAdded: 3 peers\n/);
    expect(r.err).toBe('Line 3 is not UTF-8 like the rest of the file, so it was read as Windows-1252 (check the names on it).\n');
    const v = await Vault.open(path, PASS, { readOnly: true });
    expect(v.data.peers.map((p) => p.name).slice(3)).toEqual(['Zoë Müller', 'José Núñez', 'Łukasz Żak']);
    await v.close();
  });

  test('binary bytes inside a vCard: refused at once with one message, nothing changed', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const before = await readFile(path);
    const file = join(dir, 'photo.vcf');
    await writeFile(file, binaryCard(256 * 1024));
    const r = await cli(['import', path, file]);
    expect(r.code).toBe(EXIT.damaged);
    expect(r.err).toMatch(
      /^This file holds binary data \(a control character U\+[0-9A-F]{4} on line \d+\), not the text of a contacts export or a Compeer export, so Compeer does not read it\. Nothing was imported\.\n$/,
    );
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  test('a contact with a control character in a field is left out by its line; the others import', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const file = join(dir, 'bell.csv');
    await writeFile(
      file,
      'First Name,Last Name,E-mail 1 - Value,Notes\r\nGood,One,g1@x.io,fine\r\nRing,Bell,rb@x.io,"ding\u0007dong"\r\nGood,Two,g2@x.io,\r\n',
    );
    const r = await cli(['import', path, file]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(
      /^Read 3 contacts \(Google Contacts \(CSV\)\)\.\nAdded: 2 peers\nMerged: 0 peers\nUnchanged: 0\nLeft out: 1 \(see the messages\)\n$/,
    );
    expect(r.err).toBe('Line 3 (Ring Bell): left out, because its notes have a control character (U+0007) that text never holds.\n');
    const v = await Vault.open(path, PASS, { readOnly: true });
    expect(v.data.peers.map((p) => p.name).slice(3)).toEqual(['Good One', 'Good Two']);
    await v.close();
  });

  test('thousands of unreadable lines are summed up, not printed one by one', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const file = join(dir, 'noisy.vcf');
    const junk = Array.from({ length: 5_000 }, (_, i) => `junk line ${i}`).join('\r\n');
    await writeFile(file, `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Noisy Card\r\n${junk}\r\nEND:VCARD\r\n`);
    const r = await cli(['import', path, file]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/^Read 1 contact \(vCard\)\.\nAdded: 1 peer\n/);
    const lines = r.err.trimEnd().split('\n');
    expect(lines).toHaveLength(101);
    expect(lines[0]).toBe('Line 4: "junk line 0" is not a vCard property (NAME:value), so it was left out of the card from line 1.');
    expect(lines[100]).toBe('…and 4,900 more like these (the first 100 are listed).');
  });

  test('more contacts than the cap: refused before the vault is opened, naming the cap and what to do', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const before = await readFile(path);
    const file = join(dir, 'many.csv');
    const rows = Array.from({ length: IMPORT_MAX_CONTACTS + 1 }, (_, i) => `N${i},S${i},n${i}@x.io`);
    await writeFile(file, `First Name,Last Name,E-mail 1 - Value\r\n${rows.join('\r\n')}\r\n`);
    const r = await cli(['import', path, file]);
    expect(r.code).toBe(EXIT.failure);
    expect(r.err).toBe(
      `${file} has more than 100,000 contacts; Compeer imports up to 100,000 from one file. Split it into smaller files (a CSV file's parts each starting with its header row) and import them one after another. Nothing was imported.\n`,
    );
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  test('an export of more records than the cap: refused the same way', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const file = join(dir, 'big.json');
    await writeFile(file, peersExport(IMPORT_MAX_RECORDS + 1, false));
    const r = await cli(['import', path, file]);
    expect(r.code).toBe(EXIT.failure);
    expect(r.err).toBe(
      `${file} holds 200,001 records; Compeer imports up to 200,000 from one export. Split its lists over several files, each with the export's "format" and "version", and import them one after another. Nothing was imported.\n`,
    );
  });

  test('a large file is saved in steps, each its own change, and says so', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const file = join(dir, 'Connections.csv');
    await writeFile(file, linkedInCsv(12_000));
    const r = await cli(['import', path, file]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe('Read 12000 contacts (LinkedIn connections (CSV)).\nAdded: 12000 peers\nMerged: 0 peers\nUnchanged: 0\n');
    expect(r.err).toBe('Saved 12,000 changes in 3 steps.\n');
    const again = await cli(['import', path, file]);
    expect(again.out).toBe('Read 12000 contacts (LinkedIn connections (CSV)).\nAdded: 0 peers\nMerged: 0 peers\nUnchanged: 12000\n');
    expect(again.err).toBe('');
    const v = await Vault.open(path, PASS, { readOnly: true });
    expect(v.data.peers).toHaveLength(3 + 12_000);
    await v.close();
  });
});
