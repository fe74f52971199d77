import { lstat, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkOutputFolder, writeOutputFolder } from '../../electron/cli/output-file';
import { EXIT } from '../../electron/cli/run';
import { Vault } from '../../electron/core/vault';
import { cliAt } from '../helpers/cli';
import { useTempDirs } from '../helpers/temp-dir';
import { PASS, makeVault } from '../helpers/vaults';

const temp = useTempDirs();

const cli = cliAt('2026-11-27T12:00:00Z');
/** The same, with only the environment given (none: no passphrase). */
const cliIn = (env: Record<string, string>) => cliAt('2026-11-27T12:00:00Z', env);

/** A vault with three entries that are not confidential and one note, in its own folder. */
async function journalVault() {
  const dir = await temp();
  const { path } = await makeVault(dir);
  const v = await Vault.open(path, PASS);
  await v.apply([
    {
      op: 'put',
      collection: 'journal',
      record: { id: 'j1', date: '2026-11-01', kind: 'reflection', title: 'Alpha', body: 'first', confidential: false },
    },
    {
      op: 'put',
      collection: 'journal',
      record: { id: 'j2', date: '2026-11-02', kind: 'reflection', title: 'Beta', body: 'second', confidential: false },
    },
    {
      op: 'put',
      collection: 'journal',
      record: { id: 'j3', date: '2026-11-03', kind: 'reflection', title: 'Встреча с Иваном', body: 'третий', confidential: false },
    },
    {
      op: 'put',
      collection: 'notes',
      record: {
        id: 'n1',
        peerId: 'p1',
        text: 'a note',
        confidential: false,
        createdAt: '2026-11-27T10:00:00.000Z',
        updatedAt: '2026-11-27T10:00:00.000Z',
      },
    },
  ]);
  await v.close();
  return { dir, path };
}

const exportTo = (path: string, out: string, env?: Record<string, string>) =>
  (env ? cliIn(env) : cli)(['export', path, '--format', 'markdown', '--out', out]);
/** Every path under `dir`, relative, sorted ("journal/", "journal/x.md"). */
async function tree(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  return names.map((d) => `${join(d.parentPath, d.name).slice(dir.length + 1)}${d.isDirectory() ? '/' : ''}`).sort();
}
/** What an export of journalVault() writes, as tree() lists it. */
const EXPORTED = [
  'journal/',
  'journal/2026-11-01-alpha.md',
  'journal/2026-11-02-beta.md',
  'journal/2026-11-03-встреча-с-иваном.md',
  'notes/',
  'notes/2026-11-27-ana-silva.md',
];
const RAW_ERRNO = /E[A-Z]{3,}|errno|syscall/;

describe('compeer export --format markdown: whole or not at all', () => {
  test('a new folder (and the folders above it) appears whole, owner-only, with nothing else left beside it', async () => {
    const { dir, path } = await journalVault();
    const out = join(dir, 'exports', '2026', 'md');
    const r = await exportTo(path, out);
    expect(r.err).toBe(`Exported 3 journal entries and 1 note to ${out}.\n`);
    expect(r.code).toBe(EXIT.ok);
    expect(await tree(out)).toEqual(EXPORTED);
    expect(await readdir(dirname(out))).toEqual(['md']);
    if (process.platform !== 'win32') {
      expect((await stat(out)).mode & 0o077).toBe(0);
      expect((await stat(join(out, 'journal'))).mode & 0o077).toBe(0);
      expect((await stat(join(out, 'journal', '2026-11-01-alpha.md'))).mode & 0o077).toBe(0);
    }
  });

  test('a folder that exists keeps its other files; journal/ and notes/ are added, no partial folder is left', async () => {
    const { dir, path } = await journalVault();
    const out = join(dir, 'obsidian');
    await mkdir(join(out, 'daily'), { recursive: true });
    await writeFile(join(out, 'daily', 'mine.md'), 'mine');
    const r = await exportTo(path, out);
    expect(r.code).toBe(EXIT.ok);
    expect(await tree(out)).toEqual(['daily/', 'daily/mine.md', ...EXPORTED]);
    expect(await readFile(join(out, 'daily', 'mine.md'), 'utf8')).toBe('mine');
  });

  test('a file already there stops the export before anything is written, and it is left as it was', async () => {
    const { dir, path } = await journalVault();
    const out = join(dir, 'md');
    await mkdir(join(out, 'journal'), { recursive: true });
    await writeFile(join(out, 'journal', '2026-11-02-beta.md'), 'my own beta');
    const r = await exportTo(path, out);
    expect(r.code).toBe(EXIT.failure);
    expect(r.err).toBe(
      `${join(out, 'journal')} already exists. Export into a new folder, or one without journal/ and notes/ in it. Nothing was written.\n`,
    );
    expect(await tree(out)).toEqual(['journal/', 'journal/2026-11-02-beta.md']);
    expect(await readFile(join(out, 'journal', '2026-11-02-beta.md'), 'utf8')).toBe('my own beta');
    expect(await readdir(dir)).not.toContain('journal');
    expect((await readdir(dir)).filter((n) => !['md', 'v.compeer', 'backups'].includes(n))).toEqual([]);
    // the same export twice: the second is refused whole
    const fresh = join(dir, 'fresh');
    expect((await exportTo(path, fresh)).code).toBe(EXIT.ok);
    const before = await tree(fresh);
    const again = await exportTo(path, fresh);
    expect(again.err).toMatch(/already exists\. Export into a new folder/);
    expect(await tree(fresh)).toEqual(before);
  });

  test('a write that fails half-way leaves nothing behind, and says why in words', async () => {
    const dir = await temp();
    const files = [
      { path: 'journal/a.md', text: 'a' },
      { path: 'journal/b.md', text: 'b' },
      { path: `notes/${'x'.repeat(300)}.md`, text: 'too long a name' },
    ];
    for (const out of [join(dir, 'new', 'md'), dir]) {
      const place = await checkOutputFolder(out, join(dir, 'elsewhere', 'v.compeer'), ['journal', 'notes']);
      const e = await writeOutputFolder(place, files).then(
        () => null,
        (x: unknown) => x as Error,
      );
      expect(e?.message).toBe(`Cannot write the export to ${out}: a name in it is too long for this disk. Nothing was written.`);
      expect(await readdir(dir)).toEqual([]);
    }
  });

  test('a folder that appears in DIR between the check and the move: what was moved goes back out', async () => {
    const dir = await temp();
    const place = await checkOutputFolder(dir, join(dir, 'elsewhere', 'v.compeer'), ['journal', 'notes']);
    // made after the check, as another program might
    await mkdir(join(dir, 'notes'));
    await writeFile(join(dir, 'notes', 'theirs.md'), 'theirs');
    const e = await writeOutputFolder(place, [
      { path: 'journal/a.md', text: 'a' },
      { path: 'notes/b.md', text: 'b' },
    ]).then(
      () => null,
      (x: unknown) => x as Error,
    );
    expect(e?.message).toBe(`Cannot write the export to ${dir}: something with that name appeared there meanwhile. Nothing was written.`);
    expect(await tree(dir)).toEqual(['notes/', 'notes/theirs.md']);
  });

  test('an export below a file is refused in words, not with the system error', async () => {
    const { dir, path } = await journalVault();
    await writeFile(join(dir, 'a-file'), 'x');
    const r = await exportTo(path, join(dir, 'a-file', 'md'));
    expect(r.code).toBe(EXIT.failure);
    expect(r.err).toBe(
      `Cannot write the export to ${join(dir, 'a-file', 'md')}: part of that path is a file, not a folder. Nothing was written.\n`,
    );
    expect(r.err).not.toMatch(RAW_ERRNO);
  });
});

describe('compeer export --format markdown: never outside DIR, never over the vault', () => {
  test('DIR/journal as a symbolic link to another folder is refused; nothing is written there or in DIR', async () => {
    const { dir, path } = await journalVault();
    const outside = join(dir, 'outside');
    await mkdir(outside);
    const out = join(dir, 'md');
    await mkdir(out);
    await symlink(outside, join(out, 'journal'), 'dir');
    const r = await exportTo(path, out);
    expect(r.code).toBe(EXIT.failure);
    expect(r.err).toBe(
      `Refusing to write the export to ${out}: ${join(out, 'journal')} is a symbolic link, and an export never writes through one. Nothing was written.\n`,
    );
    expect(await readdir(outside)).toEqual([]);
    expect(await readdir(out)).toEqual(['journal']);
    expect((await lstat(join(out, 'journal'))).isSymbolicLink()).toBe(true);
  });

  test('DIR given through a symbolic link: the files go into the real folder it names', async () => {
    const { dir, path } = await journalVault();
    const real = join(dir, 'real');
    await mkdir(real);
    await symlink(real, join(dir, 'link'), 'dir');
    const r = await exportTo(path, join(dir, 'link'));
    expect(r.code).toBe(EXIT.ok);
    expect(await readdir(real)).toEqual(['journal', 'notes']);
    expect((await lstat(join(dir, 'link'))).isSymbolicLink()).toBe(true);
  });

  test('the vault, its folder, its lock file and its backups are refused in plain words, before the passphrase is asked', async () => {
    const { dir, path } = await journalVault();
    await mkdir(join(dir, 'backups'), { recursive: true });
    const before = await readFile(path);
    const files = await tree(dir);
    const cases: [string, string][] = [
      [path, 'that is the vault itself'],
      [dir, "that is the vault's folder"],
      [`${path}.lock`, "that is the vault's lock file"],
      [join(dir, 'backups'), "that is the vault's backups folder"],
      [join(dir, 'backups', 'md'), "that is in the vault's backups folder"],
    ];
    for (const [out, why] of cases) {
      // no passphrase and no terminal: a refusal that came after asking would say so instead
      const r = await exportTo(path, out, {});
      expect(r.err, out).toBe(`Refusing to write the export to ${out}: ${why}. Nothing was written.\n`);
      expect(r.code).toBe(EXIT.failure);
    }
    expect(await tree(dir)).toEqual(files);
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  test('the vault folder reached through a symbolic link is still the vault folder', async () => {
    const { dir, path } = await journalVault();
    const link = join(await temp(), 'vault-folder-link');
    await symlink(dir, link, 'dir');
    const r = await exportTo(path, link, {});
    expect(r.err).toBe(`Refusing to write the export to ${link}: that is the vault's folder. Nothing was written.\n`);
    expect(await readdir(dir)).not.toContain('journal');
  });

  test('another file as DIR is refused as a file, a Compeer vault as a vault', async () => {
    const { dir, path } = await journalVault();
    const other = join(await temp(), 'copy.bin');
    await writeFile(other, await readFile(path));
    await writeFile(join(dir, 'notes.txt'), 'x');
    expect((await exportTo(path, other, {})).err).toBe(
      `Refusing to write the export to ${other}: that is a Compeer vault. Nothing was written.\n`,
    );
    expect((await exportTo(path, join(dir, 'notes.txt'), {})).err).toBe(
      `Refusing to write the export to ${join(dir, 'notes.txt')}: that is a file, not a folder. Nothing was written.\n`,
    );
  });
});

describe('export --out FILE says what failed in words', () => {
  test('a folder that does not exist', async () => {
    const { dir, path } = await journalVault();
    const out = join(dir, 'missing', 'peers.json');
    const r = await cli(['export', path, '--out', out]);
    expect(r.code).toBe(EXIT.failure);
    expect(r.err).toBe(`Cannot write ${out}: the folder it goes in does not exist. Nothing was written.\n`);
  });
});
