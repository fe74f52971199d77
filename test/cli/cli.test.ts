import { execFile } from 'node:child_process';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { parseVault, splitRecords } from '../../electron/core/vault/format';
import { EXIT } from '../../electron/cli/run';
import { Vault } from '../../electron/core/vault';
import { cliAt } from '../helpers/cli';
import { useTempDirs } from '../helpers/temp-dir';
import { PASS, makeVault } from '../helpers/vaults';

const temp = useTempDirs();
const KDF = ['--kdf', 'm=19456,t=2,p=1'];

const cli = cliAt('2026-11-27T12:00:00Z');

describe('compeer init', () => {
  test('creates a vault and prints the recovery code on stdout, messages on stderr', async () => {
    const path = join(await temp(), 'new.compeer');
    const r = await cli(['init', path, ...KDF]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out.trim()).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(r.err).toMatch(/recovery code/);
    const v = await Vault.openWithRecoveryCode(path, r.out.trim(), 'n e w', { kdf: { m: 19456, t: 2, p: 1 } });
    await v.vault.close();
  });

  test('asks twice on a terminal and refuses a mismatch', async () => {
    const path = join(await temp(), 'new.compeer');
    const r = await cli(['init', path, ...KDF], { COMPEER_PASSPHRASE: '' }, ['one thing', 'another']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/differ/);
    const ok = await cli(['init', path, ...KDF], { COMPEER_PASSPHRASE: '' }, ['same words', 'same words']);
    expect(ok.code).toBe(EXIT.ok);
  });

  test('without a terminal or the variable it says which variable to set', async () => {
    const r = await cli(['init', join(await temp(), 'x.compeer')], { COMPEER_PASSPHRASE: '' });
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/COMPEER_PASSPHRASE/);
  });

  test('refuses to create over an existing vault', async () => {
    const { path } = await makeVault(await temp());
    expect((await cli(['init', path, ...KDF])).code).toBe(EXIT.failure);
  });
});

describe('compeer verify, export', () => {
  test('verify prints a count per collection and never changes the file', async () => {
    const { path } = await makeVault(await temp());
    const before = await readFile(path);
    const mtime = (await stat(path)).mtimeMs;
    const r = await cli(['verify', path]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/^peers\t3$/m);
    expect(r.out).toMatch(/^journal\t0$/m);
    expect((await readFile(path)).equals(before)).toBe(true);
    expect((await stat(path)).mtimeMs).toBe(mtime);
  });

  test('verify counts groups, their meetings, goals and opportunities', async () => {
    const { path } = await makeVault(await temp());
    const v = await Vault.open(path, PASS);
    await v.apply([
      {
        op: 'put',
        collection: 'groups',
        record: {
          id: 'g1',
          name: 'Circle',
          meetings: [
            { id: 'm1', date: '2025-01-01' },
            { id: 'm2', date: '2025-02-01' },
          ],
        },
      },
      { op: 'put', collection: 'groups', record: { id: 'g2', name: 'Guild', meetings: [{ id: 'm3', date: '2025-01-01' }] } },
      { op: 'put', collection: 'goals', record: { id: 'goal1', title: 'Ship the talk' } },
      { op: 'put', collection: 'opportunities', record: { id: 'o1', title: 'Speaker slot' } },
    ]);
    await v.close();
    const r = await cli(['verify', path]);
    expect(r.out).toMatch(/^groups\t2\nmeetings\t3\ngoals\t1\nopportunities\t1$/m);
  });

  test('export leaves confidential text out unless asked, and never changes the file', async () => {
    const { path } = await makeVault(await temp());
    const before = await readFile(path);
    const r = await cli(['export', path]);
    expect(r.code).toBe(EXIT.ok);
    const data = JSON.parse(r.out) as { format: string; version: number; peers: { name: string; notes: string }[] };
    expect(data.format).toBe('compeer-export');
    expect(data.version).toBe(1);
    expect(data.peers.map((p) => p.name)).toEqual(['Ana Silva', 'Ben Okafor', 'Chen Wei']);
    expect(r.out).not.toMatch(/private note/);
    expect(data.peers[0]!.notes).toBe('[confidential: not exported]');
    const out = join(await temp(), 'full.json');
    const full = await cli(['export', path, '--out', out, '--include-confidential']);
    expect(full.code).toBe(EXIT.ok);
    expect(full.out).toBe('');
    expect(full.err).toMatch(/plain text/);
    expect(await readFile(out, 'utf8')).toMatch(/private note about Ana Silva/);
    if (process.platform !== 'win32') expect((await stat(out)).mode & 0o077).toBe(0);
    expect((await readFile(path)).equals(before)).toBe(true);
  });
});

describe('compeer import', () => {
  test('merges by id, fills defaults, and a second import changes nothing', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const file = join(dir, 'in.json');
    await writeFile(
      file,
      JSON.stringify({
        format: 'compeer-export',
        version: 1,
        peers: [
          { id: 'p1', name: 'Ana Silva', company: 'Lumen Health' },
          { id: 'new1', name: 'Dara Kim' },
        ],
        journal: [{ id: 'j1', date: '2026-01-02', body: 'hello' }],
      }),
    );
    const r = await cli(['import', path, file]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/Added: 1 peer, 1 journal/);
    expect(r.out).toMatch(/Updated: 1 peer/);
    const again = await cli(['import', path, file]);
    expect(again.out).toMatch(/Added: nothing\nUpdated: nothing\nUnchanged: 3 records/);
    const v = await Vault.open(path, PASS, { readOnly: true });
    const ana = v.data.peers.find((p) => p.id === 'p1')!;
    expect(ana.company).toBe('Lumen Health');
    expect(ana.notes).toBe('private note about Ana Silva'); // left out of the file: kept
    expect(v.data.peers.find((p) => p.id === 'new1')).toMatchObject({ status: 'active', tags: [], peerTypes: [] });
    await v.close();
  });

  test('an export without confidential text, imported back, keeps the confidential text', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const out = join(dir, 'redacted.json');
    await cli(['export', path, '--out', out]);
    const r = await cli(['import', path, out]);
    expect(r.out).toMatch(/Updated: nothing/);
    const v = await Vault.open(path, PASS, { readOnly: true });
    expect(v.data.peers[0]!.notes).toBe('private note about Ana Silva');
    await v.close();
  });

  test('an invalid record is reported with its position and nothing is imported', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const before = await readFile(path);
    const file = join(dir, 'bad.json');
    await writeFile(
      file,
      JSON.stringify({
        format: 'compeer-export',
        version: 1,
        peers: [{ id: 'ok', name: 'Fine' }, { id: 'bad', name: '' }, { name: 'no id' }],
      }),
    );
    const r = await cli(['import', path, file]);
    expect(r.code).toBe(EXIT.failure);
    expect(r.err).toMatch(/peers\[1\] \(id "bad"\): name: a peer needs a name/);
    expect(r.err).toMatch(/peers\[2\]: id/);
    expect(r.err).toMatch(/nothing was imported/);
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  test('a file that is not a Compeer export is refused as unsupported', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const file = join(dir, 'x.json');
    await writeFile(file, '{"hello": 1}');
    expect((await cli(['import', path, file])).code).toBe(EXIT.damaged);
    await writeFile(file, 'not json at all');
    const r = await cli(['import', path, file]);
    expect(r.code).toBe(EXIT.damaged);
    expect(r.err).toMatch(/cannot tell what this file is/);
  });
});

describe('compeer passwd, backups, restore', () => {
  test('passwd changes the passphrase and prints a new recovery code', async () => {
    const { path, recoveryCode } = await makeVault(await temp());
    const r = await cli(['passwd', path], { COMPEER_NEW_PASSPHRASE: 'brand new words' });
    expect(r.code).toBe(EXIT.ok);
    expect(r.out.trim()).not.toBe(recoveryCode);
    expect((await cli(['verify', path])).code).toBe(EXIT.wrongPassphrase);
    expect((await cli(['verify', path], { COMPEER_PASSPHRASE: 'brand new words' })).code).toBe(EXIT.ok);
  });

  test('backups lists them and restore brings one back', async () => {
    const { path } = await makeVault(await temp());
    const v = await Vault.open(path, PASS);
    await v.apply([{ op: 'delete', collection: 'peers', id: 'p2' }]);
    await v.close();
    const list = await cli(['backups', path]);
    expect(list.code).toBe(EXIT.ok);
    const names = list.out
      .trim()
      .split('\n')
      .map((l) => l.split('\t')[0]!);
    expect(names.length).toBeGreaterThan(0);
    const r = await cli(['restore', path, names.at(-1)!]);
    expect(r.code).toBe(EXIT.ok);
    expect((await cli(['verify', path])).out).toMatch(/^peers\t3$/m);
  });

  test("restore of a backup from before a passphrase change keeps the current passphrase; the backup's own is asked for", async () => {
    const { path } = await makeVault(await temp());
    const v = await Vault.open(path, PASS);
    await v.apply([{ op: 'delete', collection: 'peers', id: 'p2' }]);
    await v.close();
    const old = (await cli(['backups', path])).out.trim().split('\n').at(-1)!.split('\t')[0]!;
    expect((await cli(['passwd', path], { COMPEER_NEW_PASSPHRASE: 'brand new words' })).code).toBe(EXIT.ok);
    const NEW = { COMPEER_PASSPHRASE: 'brand new words' };
    // with no terminal and no backup passphrase: refused, nothing changed
    const refused = await cli(['restore', path, old], NEW);
    expect(refused.code).toBe(EXIT.wrongPassphrase);
    expect(refused.err).toMatch(/made before you changed your passphrase/);
    // asked on the terminal
    const asked = await cli(['restore', path, old], NEW, [PASS]);
    expect(asked.code).toBe(EXIT.ok);
    expect(asked.err).toMatch(/opens with your current passphrase/);
    expect((await cli(['verify', path], NEW)).out).toMatch(/^peers\t3$/m);
    expect((await cli(['verify', path])).code).toBe(EXIT.wrongPassphrase);
    // or given in the environment
    expect((await cli(['restore', path, old], { ...NEW, COMPEER_BACKUP_PASSPHRASE: PASS })).code).toBe(EXIT.ok);
  });
});

describe('what the vault file says, said by the command line', () => {
  test('verify reports saved changes missing from a file cut short, and exits as damaged', async () => {
    const { path } = await makeVault(await temp());
    const v = await Vault.open(path, PASS);
    await v.apply([{ op: 'delete', collection: 'peers', id: 'p1' }]);
    await v.apply([{ op: 'delete', collection: 'peers', id: 'p2' }]);
    const bytes = await readFile(path);
    (v as unknown as { closed: boolean }).closed = true;
    await (v as unknown as { release: () => Promise<void> }).release();
    const parsed = parseVault(bytes);
    const { records } = splitRecords(bytes, parsed.recordsOffset, parsed.layout);
    await writeFile(path, bytes.subarray(0, records[0]!.end));
    const r = await cli(['verify', path]);
    expect(r.code).toBe(EXIT.damaged);
    expect(r.err).toMatch(/1 saved change missing/);
  });

  test('a whole save that fails when the command ends is a warning, and nothing is lost', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const file = join(dir, 'Connections.csv');
    await writeFile(file, 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nZed,Zulu,,,Acme,Eng,01 Feb 2020\n');
    // the backups folder is a file: the whole save cannot back up the old file, so it fails
    await rm(join(dir, 'backups'), { recursive: true, force: true });
    await writeFile(join(dir, 'backups'), 'not a folder');
    const r = await cli(['import', path, file]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toMatch(/Warning: the vault could not be written afresh/);
    await rm(join(dir, 'backups'));
    expect((await cli(['verify', path])).out).toMatch(/^peers\t4$/m);
  });

  test('--take-over-lock takes over a lock another computer holds; without it the vault is refused as in use', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const lock = {
      app: 'compeer',
      lock: 2,
      nonce: 'cd'.repeat(16),
      pid: 4242,
      host: 'other-laptop',
      thread: 0,
      boot: Date.now() - 1e7,
      since: new Date().toISOString(),
    };
    await writeFile(`${path}.lock`, JSON.stringify(lock));
    const file = join(dir, 'Connections.csv');
    await writeFile(file, 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nZed,Zulu,,,Acme,Eng,01 Feb 2020\n');
    const refused = await cli(['import', path, file]);
    expect(refused.code).toBe(EXIT.inUse);
    expect(refused.err).toMatch(/other-laptop/);
    expect((await cli(['import', path, file, '--take-over-lock'])).code).toBe(EXIT.ok);
  });
});

describe('exit codes', () => {
  test('usage, wrong passphrase, damaged, in use', async () => {
    const { path } = await makeVault(await temp());
    expect((await cli([])).code).toBe(EXIT.usage);
    expect((await cli(['frobnicate'])).code).toBe(EXIT.usage);
    expect((await cli(['verify'])).code).toBe(EXIT.usage);
    expect((await cli(['verify', path, '--bogus'])).code).toBe(EXIT.usage);
    expect((await cli(['verify', path], { COMPEER_PASSPHRASE: 'nope' })).code).toBe(EXIT.wrongPassphrase);
    const damaged = join(await temp(), 'd.compeer');
    await writeFile(damaged, (await readFile(path)).subarray(0, 100));
    expect((await cli(['verify', damaged])).code).toBe(EXIT.damaged);
    const holder = await Vault.open(path, PASS);
    const busy = await cli(['passwd', path], { COMPEER_NEW_PASSPHRASE: 'x' });
    expect(busy.code).toBe(EXIT.inUse);
    expect(busy.err).toMatch(/open in another Compeer/);
    await holder.close();
  });

  test('the real command line exits with the documented codes', async () => {
    const { path } = await makeVault(await temp());
    const run = (args: string[], env: Record<string, string>) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', join(__dirname, '../../electron/cli/index.ts'), ...args], {
        env: { ...process.env, ...env },
      }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    const ok = await run(['verify', path], { COMPEER_PASSPHRASE: PASS });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/peers\t3/);
    expect((await run(['verify', path], { COMPEER_PASSPHRASE: 'wrong' })).code).toBe(3);
    expect((await run(['nope'], {})).code).toBe(2);
  });
});

describe('contacts through the command line', () => {
  test('import detects LinkedIn, vCard and Google CSV by content (whatever the file is called); Ana is one peer', async () => {
    const dir = await temp();
    const path = join(dir, 'v.compeer');
    expect((await cli(['init', path, ...KDF])).code).toBe(EXIT.ok);
    const fixtures = join(__dirname, '../fixtures');
    const renamed = join(dir, 'contacts.txt');
    await writeFile(renamed, await readFile(join(fixtures, 'linkedin-Connections.csv')));
    const li = await cli(['import', path, renamed]);
    expect(li.code).toBe(EXIT.ok);
    expect(li.out).toMatch(/Read 3 contacts \(LinkedIn connections \(CSV\)\)\.\nAdded: 3 peers/);
    const apple = await cli(['import', path, join(fixtures, 'apple.vcf')]);
    expect(apple.out).toMatch(/Added: 0 peers\nMerged: 1 peer/);
    const again = await cli(['import', path, join(fixtures, 'apple.vcf')]);
    expect(again.out).toMatch(/Added: 0 peers\nMerged: 0 peers\nUnchanged: 1/);
    expect((await cli(['import', path, join(fixtures, 'google-contacts.csv')])).out).toMatch(/Added: 2 peers/);
    expect((await cli(['verify', path])).out).toMatch(/^peers\t5$/m);
  });

  test('a malformed file is refused with the line, and the vault is unchanged', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const before = await readFile(path);
    const bad = join(dir, 'bad.vcf');
    await writeFile(bad, 'BEGIN:VCARD\nVERSION:3.0\nFN:Half a card\n');
    const r = await cli(['import', path, bad]);
    expect(r.code).toBe(EXIT.damaged);
    expect(r.err).toMatch(/line 1 never ends/);
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  test('export --format csv and vcard; the vCard reads back into the same peers', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const csv = await cli(['export', path, '--format', 'csv']);
    expect(csv.code).toBe(EXIT.ok);
    expect(csv.out.split('\r\n')[0]).toBe(
      '\uFEFFName,Company,Role,Industry,Function,City,Country,Career stage,Peer types,Status,Tags,Skills,Needs,Emails,Phones,LinkedIn,Website,Met on,Notes',
    );
    expect(csv.out).toContain('Ana Silva');
    expect(csv.out).not.toContain('private note'); // confidential by default
    const vcf = join(dir, 'peers.vcf');
    expect((await cli(['export', path, '--format', 'vcard', '--out', vcf])).code).toBe(EXIT.ok);
    const { parseVcards } = await import('../../electron/core/import/vcard');
    expect(parseVcards(await readFile(vcf, 'utf8')).contacts.map((c) => c.name)).toEqual(['Ana Silva', 'Ben Okafor', 'Chen Wei']);
    expect((await cli(['export', path, '--format', 'pdf'])).code).toBe(EXIT.usage);
  });
});
