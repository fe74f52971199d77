import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Vault } from '../../electron/core/vault';
import { KDF_LIMITS } from '../../electron/core/vault/format';
import { VaultHost } from '../../electron/main/vault-host';
import { HEAVY, heavyOps } from './synthetic';

export interface FirstRowsFigures {
  peersFirstRowsMs10k: number;
  peersFirstRowsAfterChangeMs10k: number;
  peersFirstRowsKb10k: number;
  peersRestMs10k: number;
  peersRestKb10k: number;
  peersListMs10k: number;
  peersListKb10k: number;
}

const kb = (value: unknown) => Buffer.byteLength(JSON.stringify(value)) / 1024;

/**
 * The Peers screen's first rows with 10,000 peers (and 200,000 interactions), through the app's
 * real vault thread (the built out/main/vault-worker.js, as Electron starts it): from asking
 * peers:page for the first rows to the answer on the main thread, first after unlock (the kept
 * indexes built then) and after a change; then the rest of the rows, and the whole peers:list
 * the screen used to wait for. The window's drawing is not in these figures.
 */
export async function benchPeersFirstRows(): Promise<FirstRowsFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'compeer-bench-rows-'));
  const pass = 'benchmark passphrase';
  const vaultPath = join(dir, 'rows.compeer');
  try {
    const { vault } = await Vault.create(vaultPath, pass, { kdf: { m: KDF_LIMITS.mMin, t: KDF_LIMITS.tMin, p: 1 } });
    const none = Object.fromEntries(Object.keys(HEAVY).map((k) => [k, 0])) as typeof HEAVY;
    const ops = heavyOps({ ...none, peers: 10_000, interactions: 200_000 });
    for (let i = 0; i < ops.length; i += 5000) await vault.apply(ops.slice(i, i + 5000));
    await vault.close();

    const host = new VaultHost({
      entry: resolve(__dirname, '../../out/main/vault-worker.js'),
      config: { vaultPath, samplePath: join(dirname(vaultPath), 'sample', 's.compeer') },
      onEvent: () => undefined,
    });
    const ask = async (channel: string, input: unknown) => {
      const t = performance.now();
      const r = await host.invoke(channel, input);
      const ms = performance.now() - t;
      if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
      return { ms, value: r.value };
    };
    try {
      await ask('vault:unlock', { passphrase: pass });
      const first = await ask('peers:page', { sort: 'name', offset: 0, limit: 60 });
      const rest = await ask('peers:page', { sort: 'name', offset: 60, limit: 1_000_000 });
      await ask('peers:bulkUpdate', { ids: ['p5'], addTags: ['changed'] });
      const again = await ask('peers:page', { sort: 'name', offset: 0, limit: 60 });
      const list = await ask('peers:list', undefined);
      return {
        peersFirstRowsMs10k: first.ms,
        peersFirstRowsAfterChangeMs10k: again.ms,
        peersFirstRowsKb10k: kb(first.value),
        peersRestMs10k: rest.ms,
        peersRestKb10k: kb(rest.value),
        peersListMs10k: list.ms,
        peersListKb10k: kb(list.value),
      };
    } finally {
      await host.shutdown();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
