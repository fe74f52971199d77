// One run of the app's main thread against a vault whose handlers run in the vault worker
// (the built out/main/vault-worker.js, as Electron starts it), in a process of its own so
// its peak memory is the app's alone. Prints one JSON line. Used by vault-thread.ts.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { dirname, join, resolve } from 'node:path';
import { VaultHost } from '../../electron/main/vault-host';
import { linkedInExport } from './linkedin-sample';

const [vaultPath, passphrase] = process.argv.slice(2) as [string, string];

/** Run `fn` and report the longest time this thread's event loop could not run meanwhile. */
async function blockDuring<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; blockMs: number }> {
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  h.disable();
  return { value, ms, blockMs: Math.max(0, h.max / 1e6 - 1) };
}

async function main(): Promise<void> {
  const host = new VaultHost({
    entry: resolve(__dirname, '../../out/main/vault-worker.js'),
    config: { vaultPath, samplePath: join(dirname(vaultPath), 'sample', 's.compeer') },
    onEvent: () => undefined,
  });
  const must = async (p: Promise<{ ok: boolean }>) => {
    const r = await p;
    if (!r.ok) throw new Error(JSON.stringify(r));
    return r as { ok: true; value: unknown };
  };
  await must(host.invoke('vault:state', undefined)); // the thread starts and loads its code
  const unlock = await blockDuring(() => must(host.invoke('vault:unlock', { passphrase })));
  const list = await blockDuring(() => must(host.invoke('peers:list', undefined)));
  const text = linkedInExport(5000);
  const imp = await blockDuring(async () => {
    const preview = (await must(host.invoke('import:preview', { fileName: 'Connections.csv', bytes: new TextEncoder().encode(text) })))
      .value as { token: string };
    return must(host.invoke('import:commit', { token: preview.token, useIncoming: [] }));
  });
  const lock = await blockDuring(() => must(host.invoke('vault:lock', undefined)));
  await host.shutdown();
  process.stdout.write(
    `${JSON.stringify({
      unlockViaThreadMs: unlock.ms,
      unlockBlockMs: unlock.blockMs,
      peersListViaThreadMs: list.ms,
      importViaThreadMs: imp.ms,
      importBlockMs: imp.blockMs,
      lockViaThreadMs: lock.ms,
      compactBlockMs: lock.blockMs,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    })}\n`,
  );
}
void main();
