import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Vault } from '../../../electron/core/vault';
import { SaveStopped } from '../../../electron/core/vault/whole-file';
import { TEST_KDF, useTempDirs } from '../../helpers/temp-dir';
import { PASS, peer } from '../../helpers/vaults';

const temp = useTempDirs();

/** A vault too large for a whole save to be cheap (about 0.5 MB), closed as one whole file. */
async function largeVault(dir: string) {
  const path = join(dir, 'v.compeer');
  const { vault } = await Vault.create(path, PASS, { kdf: TEST_KDF });
  const note = 'a private note that takes some room in the file. '.repeat(6);
  await vault.apply(Array.from({ length: 1500 }, (_, i) => peer(`p${i}`, `Peer ${i}`, { notes: `${i} ${note}` })));
  await vault.close();
  return path;
}

const backupsOf = async (dir: string) =>
  (await readdir(join(dir, 'backups')).catch(() => [] as string[])).filter((n) => !n.endsWith('.mark'));

describe('locking writes what changed, not the whole vault', () => {
  test('after one edit the lock leaves the file as the edit left it: no whole save, no backup', async () => {
    const dir = await temp();
    const path = await largeVault(dir);
    const v = await Vault.open(path, PASS, { idleCompactMs: 0 });
    await v.apply([peer('p1', 'Peer One, edited')]);
    const afterEdit = await readFile(path);
    const backups = await backupsOf(dir);
    expect((await v.close()).compactionError).toBeNull();
    expect((await readFile(path)).equals(afterEdit)).toBe(true);
    expect(await backupsOf(dir)).toEqual(backups);
    const again = await Vault.open(path, PASS, { readOnly: true });
    expect(again.data.peers.find((p) => p.id === 'p1')?.name).toBe('Peer One, edited');
    expect(again.status().pendingRecords).toBe(1);
    await again.close();
  });

  test('a small vault is still written afresh on lock (it costs a few milliseconds)', async () => {
    const dir = await temp();
    const { vault } = await Vault.create(join(dir, 's.compeer'), PASS, { kdf: TEST_KDF });
    await vault.apply([peer('a', 'Ana')]);
    await vault.close();
    const again = await Vault.open(join(dir, 's.compeer'), PASS, { readOnly: true });
    expect(again.status().pendingRecords).toBe(0);
    await again.close();
  });

  test('a large tail of change records is folded in on lock', async () => {
    const dir = await temp();
    const path = await largeVault(dir);
    const v = await Vault.open(path, PASS, { idleCompactMs: 0, compactAfterBytes: 64 });
    // the background whole save started by the edit gives way to the lock, which then writes afresh
    await v.apply([peer('p2', 'Peer Two, edited')]);
    await v.close();
    const again = await Vault.open(path, PASS, { readOnly: true });
    expect(again.status().pendingRecords).toBe(0);
    expect(again.data.peers.find((p) => p.id === 'p2')?.name).toBe('Peer Two, edited');
    await again.close();
  });
});

describe('the whole save in the background', () => {
  test('gives way when asked: nothing replaced, no temp file left', async () => {
    const dir = await temp();
    const path = await largeVault(dir);
    const v = await Vault.open(path, PASS, { idleCompactMs: 0 });
    await v.apply([peer('p3', 'Peer Three, edited')]);
    const before = await readFile(path);
    let asked = 0;
    await expect(v.compact(() => ++asked > 3)).rejects.toBeInstanceOf(SaveStopped);
    expect((await readFile(path)).equals(before)).toBe(true);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(v.status().compactionError).toBeNull();
    await v.apply([peer('p4', 'Peer Four, edited')]);
    await v.close();
    const again = await Vault.open(path, PASS, { readOnly: true });
    expect(again.data.peers.find((p) => p.id === 'p4')?.name).toBe('Peer Four, edited');
    await again.close();
  });

  test('runs once the vault has been idle a while', async () => {
    const dir = await temp();
    const path = await largeVault(dir);
    const v = await Vault.open(path, PASS, { idleCompactMs: 20 });
    await v.apply([peer('p5', 'Peer Five, edited')]);
    await expect.poll(() => v.status().pendingRecords).toBe(0);
    expect(v.status().compactionError).toBeNull();
    await v.close();
    const again = await Vault.open(path, PASS, { readOnly: true });
    expect(again.data.peers.find((p) => p.id === 'p5')?.name).toBe('Peer Five, edited');
    await again.close();
  });
});
