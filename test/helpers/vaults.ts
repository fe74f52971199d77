import { readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Vault } from '../../electron/core/vault';
import { TEST_KDF } from './temp-dir';

export const PASS = 'correct horse battery staple';

export const peer = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  op: 'put' as const,
  collection: 'peers' as const,
  record: { id, name, ...extra },
});

/** A vault with a few peers, closed (so written as one whole file). */
export async function makeVault(dir: string, name = 'v.compeer', peers = ['Ana Silva', 'Ben Okafor', 'Chen Wei']) {
  const path = join(dir, name);
  const { vault, recoveryCode } = await Vault.create(path, PASS, { kdf: TEST_KDF });
  await vault.apply(peers.map((n, i) => peer(`p${i + 1}`, n, { notes: `private note about ${n}` })));
  await vault.close();
  return { path, recoveryCode };
}

/**
 * The copy of a vault's high-water mark beside its backups (electron/core/vault/mark.ts), as
 * it is now: a test that builds what a crash leaves puts it back with the vault's bytes (a
 * crash mid-append leaves the mark where it was, as it does the file's commit blocks).
 */
export async function markFiles(vaultPath: string): Promise<Map<string, Buffer>> {
  const dir = join(dirname(vaultPath), 'backups');
  const out = new Map<string, Buffer>();
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (name.endsWith('.mark')) out.set(join(dir, name), await readFile(join(dir, name)));
  }
  return out;
}

export async function putMarkFiles(files: Map<string, Buffer>): Promise<void> {
  for (const [path, bytes] of files) await writeFile(path, bytes);
}
