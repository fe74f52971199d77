import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Vault } from '../../../electron/core/vault';
import { nodeFs, type VaultFs } from '../../../electron/core/vault/fs-ops';
import { useTempDirs } from '../../helpers/temp-dir';
import { patience } from '../../helpers/patience.mts';
import { PASS, makeVault, peer } from '../../helpers/vaults';

const temp = useTempDirs();

const fail = (code: string) => Object.assign(new Error(`injected ${code}`), { code });

/** A file system where one kind of call fails, like a full disk or a yanked drive. */
function failing(what: 'write' | 'sync' | 'rename' | 'open-temp', code = 'ENOSPC'): VaultFs {
  return {
    ...nodeFs,
    rename: async (...args: Parameters<VaultFs['rename']>) => {
      if (what === 'rename') throw fail(code);
      return nodeFs.rename(...args);
    },
    open: async (...args: Parameters<VaultFs['open']>) => {
      const [path, flags] = args;
      if (what === 'open-temp' && flags === 'wx' && String(path).endsWith('.tmp')) throw fail(code);
      const fh = await nodeFs.open(...args);
      if (flags === 'r') return fh;
      return new Proxy(fh, {
        get(target, prop, receiver) {
          if (prop === 'write' && what === 'write') return async () => Promise.reject(fail(code));
          if (prop === 'sync' && what === 'sync') return async () => Promise.reject(fail(code));
          const v = Reflect.get(target, prop, receiver) as unknown;
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      });
    },
  };
}

describe('a failing disk loses nothing', () => {
  test.each(['write', 'sync', 'rename', 'open-temp'] as const)(
    'whole save: a failing %s leaves the old vault intact and no temp file',
    async (what) => {
      const dir = await temp();
      const { path } = await makeVault(dir);
      const before = await readFile(path);
      const v = await Vault.open(path, PASS);
      await v.apply([peer('new', 'New peer')]);
      const withRecord = await readFile(path);
      // now swap in a failing file system for the compaction
      (v as unknown as { adapter: { fs: VaultFs } }).adapter.fs = failing(what);
      const err = (await v.compact().catch((e: unknown) => e)) as { code: string; message: string };
      expect(['DISK_FULL', 'IO']).toContain(err.code);
      expect(err.message).toMatch(/unchanged/);
      expect((await readFile(path)).equals(withRecord)).toBe(true);
      expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      expect(v.data.peers.map((p) => p.id)).toContain('new');
      (v as unknown as { adapter: { fs: VaultFs } }).adapter.fs = nodeFs;
      await v.close();
      const reopened = await Vault.open(path, PASS, { readOnly: true });
      expect(reopened.data.peers.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'new']);
      await reopened.close();
      expect(before.length).toBeGreaterThan(0);
    },
  );

  test.each(['write', 'sync'] as const)('an edit whose %s fails is refused and is not shown as saved', async (what) => {
    const { path } = await makeVault(await temp());
    const v = await Vault.open(path, PASS);
    (v as unknown as { adapter: { fs: VaultFs } }).adapter.fs = failing(what);
    await expect(v.apply([peer('lost', 'Not saved')])).rejects.toMatchObject({ code: 'DISK_FULL', message: /disk is full/ });
    expect(v.data.peers.map((p) => p.id)).not.toContain('lost');
    (v as unknown as { adapter: { fs: VaultFs } }).adapter.fs = nodeFs;
    await v.apply([peer('ok', 'Saved')]);
    await v.close();
    const reopened = await Vault.open(path, PASS, { readOnly: true });
    expect(reopened.data.peers.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'ok']);
    await reopened.close();
  });

  test('a crash between the temp write and the rename leaves the old vault readable; the temp file is cleaned on the next open', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const v = await Vault.open(path, PASS);
    await v.apply([peer('n', 'N')]);
    // crash: rename never happens, and nothing cleans up
    const crashing: VaultFs = { ...failing('rename', 'EIO'), unlink: () => Promise.resolve() };
    (v as unknown as { adapter: { fs: VaultFs } }).adapter.fs = crashing;
    await v.compact().catch(() => undefined);
    expect((await readdir(dir)).some((n) => n.endsWith('.tmp'))).toBe(true);
    (v as unknown as { closed: boolean }).closed = true;
    await (v as unknown as { release: () => Promise<void> }).release();
    const reopened = await Vault.open(path, PASS);
    expect(reopened.data.peers.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'n']);
    expect((await readdir(dir)).some((n) => n.endsWith('.tmp'))).toBe(false);
    await reopened.close();
  });
});

describe('a writer killed mid-save', () => {
  test(
    'leaves a vault that opens with every acknowledged edit, and no lasting lock',
    async () => {
      const dir = await temp();
      const { path } = await makeVault(dir);
      // killed after a count of confirmed edits, not a time: a busy machine confirms fewer per
      // second, and the kill must still land after some (with compactions among them)
      for (const afterEdits of [3, 14, 40]) {
        const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../../helpers/writer-child.ts'), path, PASS], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const acked: string[] = [];
        let buf = '';
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        await new Promise<void>((resolve, reject) => {
          let killed = false;
          child.stdout.on('data', (d: Buffer) => {
            buf += d.toString();
            const lines = buf.split('\n');
            buf = lines.pop()!;
            for (const l of lines) if (l.startsWith('w')) acked.push(l);
            if (!killed && acked.length >= afterEdits) killed = child.kill('SIGKILL');
          });
          child.on('exit', () => resolve());
          child.on('error', reject);
          setTimeout(() => reject(new Error(`writer did not start: ${stderr}`)), patience(30_000));
        });
        expect(acked.length, stderr).toBeGreaterThan(0);
        const v = await Vault.open(path, PASS);
        const ids = new Set(v.data.peers.map((p) => p.id));
        for (const id of acked) expect(ids.has(id)).toBe(true);
        await v.close();
      }
    },
    patience(120_000),
  );
});
