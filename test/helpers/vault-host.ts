import { join, resolve } from 'node:path';
import type { EventName } from '../../shared/ipc/channels';
import type { EventPayloads } from '../../shared/ipc/contract';
import { VaultHost } from '../../electron/main/vault-host';
import { TEST_KDF } from './kdf';

/** The vault worker from its TypeScript source (tsx compiles it in the worker thread). */
export const WORKER_SOURCE = resolve(__dirname, '../../electron/service/worker.ts');
export const TSX_IN_WORKER = ['--require', 'tsx/cjs'];

export function testHost(
  dir: string,
  events: { event: EventName; payload: unknown }[] = [],
  forward?: <E extends EventName>(event: E, payload: EventPayloads[E]) => void,
): VaultHost {
  return new VaultHost({
    entry: WORKER_SOURCE,
    execArgv: TSX_IN_WORKER,
    config: { vaultPath: join(dir, 'vault.compeer'), samplePath: join(dir, 'sample', 'sample.compeer'), kdf: TEST_KDF, dataDir: dir },
    onEvent: <E extends EventName>(event: E, payload: EventPayloads[E]) => {
      events.push({ event, payload });
      forward?.(event, payload);
    },
  });
}
