import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Vault } from '../../electron/core/vault';
import { cliAt } from '../helpers/cli';
import { TEST_KDF, useTempDirs } from '../helpers/temp-dir';
import { PASS, makeVault, peer } from '../helpers/vaults';
import { patience } from '../helpers/patience.mts';

const cli = cliAt(null);

const T1 = '2026-12-01T10:00:00.000Z';
const T2 = '2026-12-05T10:00:00.000Z';
const VAULT_NOTE = `Desktop: ${'what Ben said about the reorganisation. '.repeat(6)}`;
const COPY_NOTE = `Laptop: ${'what Ben asked me to keep in mind. '.repeat(6)}`;

let computers = 0;

/**
 * What a second computer leaves: the vault as it was, changed there (its own folder, its own
 * backups), then put beside the vault under the name the sync tool gives a conflict copy.
 */
async function copyChangedElsewhere(vaultPath: string, root: string, name: string, ops: unknown[], newPass?: string): Promise<string> {
  const elsewhere = join(root, `elsewhere-${++computers}`);
  await mkdir(elsewhere, { recursive: true });
  await copyFile(vaultPath, join(elsewhere, 'v.compeer'));
  const v = await Vault.open(join(elsewhere, 'v.compeer'), PASS);
  await v.apply(ops);
  if (newPass) await v.changePassphrase(PASS, newPass, TEST_KDF);
  await v.close();
  const copy = join(root, name);
  await copyFile(join(elsewhere, 'v.compeer'), copy);
  return copy;
}

const exported = async (path: string) => {
  const r = await cli(['export', path, '--include-confidential']);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""')) as {
    peers: { id: string; name: string; role: string; notes: string; city: string }[];
  };
};

describe("a sync tool's conflict copies of a vault file one device writes", () => {
  const tempDir = useTempDirs();

  it(
    'verify names them; devices --merge merges one in without losing anything, keeps it as .merged, and asks for its own passphrase when it needs one',
    async () => {
      const root = await tempDir();
      const { path } = await makeVault(root);
      const base = [peer('p1', 'Ana Silva', { role: 'CTO', updatedAt: T1 }), peer('p2', 'Ben Okafor', { notes: 'short', updatedAt: T1 })];
      {
        const v = await Vault.open(path, PASS);
        await v.apply(base);
        await v.close();
      }
      const copy = await copyChangedElsewhere(path, root, "v (Laptop's conflicted copy 2026-12-07).compeer", [
        peer('p1', 'Ana Silva', { role: 'CEO', updatedAt: T2 }),
        peer('p2', 'Ben Okafor', { notes: COPY_NOTE, updatedAt: T1 }),
        peer('p4', 'Dana Lee', { notes: 'met at the meetup' }),
      ]);
      const older = await copyChangedElsewhere(
        path,
        root,
        'v.sync-conflict-20261207-101010-ABCDEFG.compeer',
        [peer('p5', 'Eve Adams')],
        'the passphrase of then',
      );
      {
        // meanwhile, on this computer: another note for Ben, and Chen deleted
        const v = await Vault.open(path, PASS);
        await v.apply([peer('p2', 'Ben Okafor', { notes: VAULT_NOTE, updatedAt: T2 }), { op: 'delete', collection: 'peers', id: 'p3' }]);
        await v.close();
      }
      const before = await exported(path);

      const verified = await cli(['verify', path]);
      expect(verified.code, verified.err).toBe(0);
      expect(verified.err).toContain('are 2 copies a sync tool made when two computers wrote it');
      expect(verified.err).toContain(`"v (Laptop's conflicted copy 2026-12-07).compeer"`);
      expect(verified.err).toContain('"v.sync-conflict-20261207-101010-ABCDEFG.compeer"');
      expect(verified.err).toContain(`compeer devices ${path} --merge`);
      const single = await cli(['devices', path], { COMPEER_HOME: join(root, 'home') });
      expect(single.err).toContain('are 2 copies');

      // a copy saved before a passphrase change: said so, and nothing changes
      const refused = await cli(['devices', path, '--merge', older]);
      expect(refused.code).toBe(3);
      expect(refused.err).toContain('COMPEER_COPY_PASSPHRASE');
      expect(refused.err).toContain('Nothing was changed.');
      expect(await exported(path)).toEqual(before);
      await stat(older);

      const merged = await cli(['devices', path, '--merge', copy]);
      expect(merged.code, merged.err).toBe(0);
      expect(merged.out.split('\n').filter(Boolean).sort()).toEqual([
        'added\tpeers\tp3',
        'added\tpeers\tp4',
        'changed\tpeers\tp1\trole,updatedAt',
        'changed\tpeers\tp2\tnotes',
      ]);
      expect(merged.err).toContain('2 records added, 2 records changed (1 text written differently in each kept in full');
      expect(merged.err).toContain(`kept as "v (Laptop's conflicted copy 2026-12-07).compeer.merged"`);
      // nothing either side wrote is lost; no note is printed
      expect(merged.out + merged.err).not.toContain('what Ben');
      const after = await exported(path);
      const p = (id: string) => after.peers.find((x) => x.id === id)!;
      expect(p('p1').role).toBe('CEO');
      expect(p('p2').notes).toBe(`${VAULT_NOTE}\n\n--- the version in v (Laptop's conflicted copy 2026-12-07).compeer ---\n${COPY_NOTE}`);
      expect(p('p3').name).toBe('Chen Wei');
      expect(p('p4').notes).toBe('met at the meetup');
      expect(after.peers.map((x) => x.id).sort()).toEqual(['p1', 'p2', 'p3', 'p4']);
      await expect(stat(copy)).rejects.toThrow();
      await stat(`${copy}.merged`);

      // its own passphrase opens the older copy
      const second = await cli(['devices', path, '--merge', older], { COMPEER_COPY_PASSPHRASE: 'the passphrase of then' });
      expect(second.code, second.err).toBe(0);
      // its note for Ben is an older one, but a copy cannot tell which side changed a text: kept too
      expect(second.out).toBe('added\tpeers\tp5\nchanged\tpeers\tp2\tnotes\n');
      expect((await exported(path)).peers.find((x) => x.id === 'p2')!.notes).toBe(
        `${VAULT_NOTE}\n\n--- the version in v (Laptop's conflicted copy 2026-12-07).compeer ---\n${COPY_NOTE}\n\n--- the version in v.sync-conflict-20261207-101010-ABCDEFG.compeer ---\nshort`,
      );
      expect((await exported(path)).peers.map((x) => x.id).sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);

      const clean = await cli(['verify', path]);
      expect(clean.code, clean.err).toBe(0);
      expect(clean.err).not.toContain('copies a sync tool made');
      expect((await readdir(root)).filter((n) => n.endsWith('.merged')).sort()).toEqual([
        "v (Laptop's conflicted copy 2026-12-07).compeer.merged",
        'v.sync-conflict-20261207-101010-ABCDEFG.compeer.merged',
      ]);

      // a vault file one device writes has nothing to resolve
      const resolve = await cli(['devices', path, '--resolve', '1', '--keep', '1'], { COMPEER_HOME: join(root, 'home') });
      expect(resolve.code).toBe(2);
      expect(resolve.err).toContain('nothing to resolve');

      // the vault itself is not a copy to merge
      const self = await cli(['devices', path, '--merge', path]);
      expect(self.code).toBe(1);
      expect(self.err).toContain('not a copy');
    },
    patience(180_000),
  );
});
