import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliOn, syncFolder } from '../helpers/cli';
import { useTempDirs } from '../helpers/temp-dir';
import { PASS, makeVault } from '../helpers/vaults';
import { patience } from '../helpers/patience.mts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const NOW = '2026-12-07T10:00:00Z';

const on = (home: string, name: string, pass = PASS) => cliOn(NOW, home, name, pass);

describe('devices: a vault shared through a synced folder', () => {
  const tempDir = useTempDirs();

  it(
    'shares a vault, lists its devices in the exact shape, and every command works on it from each device',
    async () => {
      const root = await tempDir();
      const { path } = await makeVault(join(root, 'Dropbox'));
      await mkdir(join(root, 'Dropbox', '.dropbox'), { recursive: true });
      const laptop = on(join(root, 'home-laptop'), 'Laptop');
      const desktop = on(join(root, 'home-desktop'), 'Desktop');

      // one device, as before: offered the choice (the folder is one Dropbox syncs)
      const single = await laptop(['devices', path, '--json']);
      expect(single.code).toBe(0);
      expect(JSON.parse(single.out)).toEqual({ devices: [], conflicts: [] });
      expect(single.err).toContain('Dropbox');
      expect(single.err).toContain('--share');

      const shared = await laptop(['devices', path, '--share']);
      expect(shared.code, shared.err).toBe(0);
      expect(shared.out.trim()).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
      await expect(stat(path)).rejects.toThrow();
      await stat(`${path}.before-sharing`);
      // the sync tool sees only ciphertext: no name from the vault in any file of the folder
      for (const sub of ['', 'devices']) {
        for (const n of await readdir(join(`${path}.d`, sub))) {
          if ((await stat(join(`${path}.d`, sub, n))).isDirectory()) continue;
          expect((await readFile(join(`${path}.d`, sub, n))).toString('latin1')).not.toContain('Ana Silva');
        }
      }

      // the desktop has its own copy of the synced folder, at the same place
      const desktopRoot = join(root, 'desktop');
      const desktopPath = join(desktopRoot, 'Dropbox', 'v.compeer');
      await syncFolder(`${path}.d`, `${desktopPath}.d`);

      const a = await laptop(['import', path, join(fixtures, 'apple.vcf')]);
      expect(a.code, a.err).toBe(0);
      const b = await desktop(['import', desktopPath, join(fixtures, 'google.vcf')]);
      expect(b.code, b.err).toBe(0);
      expect(b.err).not.toContain('work-');
      await syncFolder(`${path}.d`, `${desktopPath}.d`);
      await syncFolder(`${desktopPath}.d`, `${path}.d`);

      const ea = await laptop(['export', path]);
      const eb = await desktop(['export', desktopPath]);
      expect(ea.code, ea.err).toBe(0);
      expect(eb.code, eb.err).toBe(0);
      const docA = JSON.parse(ea.out) as { peers: { name: string }[] };
      expect(JSON.parse(eb.out)).toEqual(docA);
      expect(docA.peers.length).toBeGreaterThan(3);

      const list = await desktop(['devices', desktopPath, '--json']);
      expect(list.code, list.err).toBe(0);
      const parsed = JSON.parse(list.out) as { devices: Record<string, unknown>[]; conflicts: unknown[] };
      expect(Object.keys(parsed).sort()).toEqual(['conflicts', 'devices']);
      expect(parsed.devices.map((d) => Object.keys(d).sort())).toEqual([
        ['changes', 'id', 'lastChange', 'name'],
        ['changes', 'id', 'lastChange', 'name'],
      ]);
      expect(parsed.devices.map((d) => d.name)).toEqual(['Desktop', 'Laptop']);
      expect(parsed.devices.every((d) => typeof d.changes === 'number' && d.changes >= 1)).toBe(true);
      expect(parsed.conflicts).toEqual([]);

      const va = await laptop(['verify', path]);
      expect(va.code, va.err).toBe(0);
      expect(va.err).toContain('Shared between 2 devices');
      expect(va.err).toContain('Desktop');

      const refused = await laptop(['backups', path]);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('shared between devices');

      // a passphrase changed on the laptop opens the vault on the desktop once synced; the old one no longer does
      const pw = await laptop(['passwd', path], { COMPEER_NEW_PASSPHRASE: 'a brand new passphrase' });
      expect(pw.code, pw.err).toBe(0);
      await syncFolder(`${path}.d`, `${desktopPath}.d`);
      const after = await on(join(root, 'home-desktop'), 'Desktop', 'a brand new passphrase')(['export', desktopPath]);
      expect(after.code, after.err).toBe(0);
      expect(JSON.parse(after.out)).toEqual(docA);
    },
    patience(120_000),
  );
});
