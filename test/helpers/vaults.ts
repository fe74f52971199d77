import { join } from 'node:path';
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
