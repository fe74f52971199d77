// A worker thread that takes a vault's writer lock, as the vault will when it runs in a
// worker of the app's main process. It reports "held" or "refused <json error>", then on
// "release" lets go, on "crash" dies with an uncaught error (the lock stays behind).
import { parentPort, workerData } from 'node:worker_threads';
import { acquireLock } from '../../electron/core/vault/lock-file';
import { nodeFs } from '../../electron/core/vault/fs-ops';
import { CompeerError } from '../../shared/errors';

const port = parentPort!;
acquireLock(nodeFs, (workerData as { vault: string }).vault).then(
  (release) => {
    port.on('message', (m) => {
      if (m === 'release') void release().then(() => port.postMessage('released'));
      if (m === 'crash')
        setImmediate(() => {
          throw new Error('the vault worker crashed');
        });
    });
    port.postMessage('held');
  },
  (e: unknown) => port.postMessage(`refused ${JSON.stringify(e instanceof CompeerError ? e.toInfo() : String(e))}`),
);
