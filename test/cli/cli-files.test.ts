import { execFile } from 'node:child_process';
import { copyFile, mkdir, open, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { EXIT } from '../../electron/cli/run';
import { Vault } from '../../electron/core/vault';
import { oversizeFieldsCsv } from '../helpers/hostile-files';
import { cliAt } from '../helpers/cli';
import { TEST_KDF, useTempDirs } from '../helpers/temp-dir';
import { PASS, makeVault } from '../helpers/vaults';

const temp = useTempDirs();
const FIXTURES = join(__dirname, '../fixtures');
const ROOT = resolve(__dirname, '../..');

const cli = cliAt('2026-11-27T12:00:00Z');

describe('relative paths are where the user stands', () => {
  test('under `npm run compeer` (INIT_CWD) they resolve against the folder npm was run from', async () => {
    const dir = await temp();
    await makeVault(dir, 'rel.compeer');
    const r = await cli(['verify', 'rel.compeer'], { INIT_CWD: dir, npm_lifecycle_event: 'compeer' });
    expect(r.err).toContain(`OK: ${join(dir, 'rel.compeer')} decrypts`);
    expect(r.code).toBe(EXIT.ok);
    // an INIT_CWD left by some other npm script is not where this command was typed
    expect((await cli(['verify', 'rel.compeer'], { INIT_CWD: dir, npm_lifecycle_event: 'backup' })).code).not.toBe(EXIT.ok);
  });

  test('the real `npm run compeer`, typed in another folder', async () => {
    const dir = await temp();
    await makeVault(dir, 'here.compeer');
    const r = await promisify(execFile)('npm', ['--prefix', ROOT, 'run', '--silent', 'compeer', '--', 'verify', 'here.compeer'], {
      cwd: dir,
      env: { ...process.env, COMPEER_PASSPHRASE: PASS, INIT_CWD: '', npm_lifecycle_event: '' },
    });
    expect(r.stdout).toMatch(/^peers\t3$/m);
    expect(r.stderr).toContain(`OK: ${join(dir, 'here.compeer')}`);
  });
});

describe('export --out never destroys a vault', () => {
  test('refuses the vault, its lock file, its backups folder and any Compeer vault, even with --force', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const other = join(dir, 'other-name.dat');
    await copyFile(path, other);
    await mkdir(join(dir, 'backups'), { recursive: true });
    const before = await readFile(path);
    const cases: [string, RegExp][] = [
      [path, /that is the vault itself/],
      [join(dir, '.', 'v.compeer'), /that is the vault itself/],
      [`${path}.lock`, /that is the vault's lock file/],
      [join(dir, 'backups', 'peers.json'), /that is in the vault's backups folder/],
      [other, /that is a Compeer vault/],
    ];
    for (const [out, why] of cases) {
      for (const force of [[], ['--force']]) {
        const r = await cli(['export', path, '--out', out, ...force, '--include-confidential']);
        expect(r.code, `${out} ${force.join('')}`).toBe(EXIT.failure);
        expect(r.err).toMatch(why);
        expect(r.err).toMatch(/Nothing was written\./);
      }
    }
    expect((await readFile(path)).equals(before)).toBe(true);
    expect((await readFile(other)).equals(before)).toBe(true);
    expect((await cli(['verify', path])).code).toBe(EXIT.ok);
  });

  test('a relative --out that names the vault is caught too (resolved where the user stands)', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const r = await cli(['export', 'v.compeer', '--out', 'v.compeer'], { INIT_CWD: dir, npm_lifecycle_event: 'compeer' });
    expect(r.err).toMatch(/that is the vault itself/);
    expect((await cli(['verify', path])).code).toBe(EXIT.ok);
  });

  test('an existing file is replaced only with --force', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const out = join(dir, 'peers.csv');
    await writeFile(out, 'keep me');
    const refused = await cli(['export', path, '--format', 'csv', '--out', out]);
    expect(refused.code).toBe(EXIT.failure);
    expect(refused.err).toMatch(/already exists\. Add --force to replace it/);
    expect(await readFile(out, 'utf8')).toBe('keep me');
    const forced = await cli(['export', path, '--format', 'csv', '--out', out, '--force']);
    expect(forced.code).toBe(EXIT.ok);
    expect(await readFile(out, 'utf8')).toContain('Ana Silva');
    if (process.platform !== 'win32') expect((await stat(out)).mode & 0o077).toBe(0);
  });
});

describe('import reports what it wrote', () => {
  test('a contact whose only difference is a conflict is not counted as merged', async () => {
    const dir = await temp();
    const path = join(dir, 'v.compeer');
    const { vault } = await Vault.create(path, PASS, { kdf: TEST_KDF });
    await vault.apply([
      {
        op: 'put',
        collection: 'peers',
        record: {
          id: 'lars',
          name: 'Lars Nilsson',
          company: 'Globex',
          role: 'Principal Engineer',
          met: { date: '2022-09-19' },
          contacts: { emails: ['lars@example.se'], linkedin: 'https://www.linkedin.com/in/larsnilsson' },
        },
      },
    ]);
    await vault.close();
    const r = await cli(['import', path, join(FIXTURES, 'linkedin-Connections.csv')]);
    expect(r.code).toBe(EXIT.ok);
    // Lars: his role differs (a conflict the command line keeps as it is), nothing else to add
    expect(r.out).toBe('Read 3 contacts (LinkedIn connections (CSV)).\nAdded: 2 peers\nMerged: 0 peers\nUnchanged: 1\n');
    expect(r.err).toMatch(/Line 6 \(Lars Nilsson\): kept role "Principal Engineer", not "Lead, Developer Experience"/);
  });

  test('two rows for one new person are one peer added', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir, 'v.compeer', []);
    const file = join(dir, 'twice.csv');
    await writeFile(
      file,
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nMia,Berg,https://www.linkedin.com/in/mia,,Hooli,CTO,01 Jan 2020\nMia,Berg,https://www.linkedin.com/in/mia,mia@hooli.example,Hooli,CTO,01 Jan 2020\n',
    );
    const r = await cli(['import', path, file]);
    expect(r.out).toBe('Read 2 contacts (LinkedIn connections (CSV)).\nAdded: 1 peer\nMerged: 0 peers\nUnchanged: 0\n');
  });

  test('oversize fields: a warning by line on stderr, the contacts left out counted, the rest saved (no raw schema error)', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir, 'v.compeer', []);
    const file = join(dir, 'contacts.csv');
    await writeFile(file, oversizeFieldsCsv());
    const r = await cli(['import', path, file]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe(
      'Read 6 contacts (Google Contacts (CSV)).\nAdded: 5 peers\nMerged: 0 peers\nUnchanged: 0\nLeft out: 1 (see the messages)\n',
    );
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      'Line 3 (Long Note): notes cut to 100,000 characters (the file has 1,048,593).',
      'Line 4 (Long Email): an e-mail of 1,048,581 characters was left out (at most 200).',
      'Line 5 (Many Emails): 201 e-mails: the first 200 were kept.',
      'Line 6: left out, because it has no name, e-mail or company to call it by.',
    ]);
    expect((await cli(['verify', path])).out).toMatch(/^peers\t5$/m);
  });

  test('the encoding is named when it is not UTF-8', async () => {
    const { path } = await makeVault(await temp(), 'v.compeer', []);
    const r = await cli(['import', path, join(FIXTURES, 'outlook-utf16le.csv')]);
    expect(r.out).toMatch(/^Read 2 contacts \(Outlook contacts \(CSV\), UTF-16 LE\)\.\nAdded: 2 peers/);
  });

  test('a file over 50 MB is refused before it is read', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const big = join(dir, 'big.csv');
    const fh = await open(big, 'w');
    await fh.truncate(51 * 1024 * 1024);
    await fh.close();
    const r = await cli(['import', path, big]);
    expect(r.code).toBe(EXIT.failure);
    expect(r.err).toBe(
      `${big} is 51.0 MB; Compeer reads contacts files of up to 50 MB. Split it into smaller files (a CSV file's parts each starting with its header row) and import them one after another. Nothing was imported.\n`,
    );
  });
});
