import { Vault } from '../../electron/core/vault';
import { TEST_KDF } from './kdf';

/**
 * A vault of 300 peers (each with a cadence) and an interaction log long enough (20,000
 * entries, about 7 MB) that the vault's thread reads it over many slices after unlock: the
 * window's first calls come while it is still being read.
 */
export async function makeLongLogVault(vaultPath: string, passphrase: string, now: Date): Promise<void> {
  const { vault } = await Vault.create(vaultPath, passphrase, { kdf: TEST_KDF });
  const at = now.toISOString();
  try {
    await vault.apply(
      Array.from({ length: 300 }, (_, i) => ({
        op: 'put' as const,
        collection: 'peers',
        record: { id: `p${i}`, name: `Peer ${String(i).padStart(3, '0')}`, cadenceDays: 30, createdAt: at, updatedAt: at },
      })),
    );
    const said = 'we talked about the reorg and how she is handling a new manager who wants weekly reports '.repeat(3);
    for (let b = 0; b < 4; b++) {
      await vault.apply(
        Array.from({ length: 5000 }, (_, k) => {
          const i = b * 5000 + k;
          const date = `20${10 + (i % 16)}-0${1 + (i % 9)}-1${i % 10}`;
          return {
            op: 'put' as const,
            collection: 'interactions',
            record: { id: `i${i}`, date, peerIds: [`p${i % 300}`], summary: said, createdAt: at, updatedAt: at },
          };
        }),
      );
    }
  } finally {
    await vault.close();
  }
}
