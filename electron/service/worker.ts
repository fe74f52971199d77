import { parentPort, workerData } from 'node:worker_threads';
import { CompeerError, isCompeerError } from '../../shared/errors';
import type { IpcResult } from '../../shared/ipc/result';
import { AppSession } from './session';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { control } from './control';
import type { FromWorker, ToWorker, WorkerConfig } from './protocol';

/**
 * The vault's own thread. Everything that touches the vault (unlock, decrypt, parse,
 * validate, save, compact, import, search, the domain rules behind each screen) runs here,
 * behind the same handler table, so the Electron main thread only routes messages and
 * never waits on a parse. It holds no Electron: the same file runs under plain Node in the
 * tests and the benchmark.
 */
const port = parentPort;
if (!port) throw new Error('vault-worker runs as a worker thread');
const config = workerData as WorkerConfig;
const post = (m: FromWorker) => port.postMessage(m);

const session = new AppSession({
  vaultPath: config.vaultPath,
  samplePath: config.samplePath,
  kdf: config.kdf,
  dataDir: config.dataDir,
  emit: (event, payload) => post({ kind: 'event', event, payload }),
});
const handlers = createHandlers(session);

port.on('message', (m: ToWorker) => {
  const done = (result: IpcResult<unknown>) => post({ kind: 'result', id: m.id, result });
  if (m.kind === 'invoke') {
    void dispatch(handlers, m.channel, m.input).then(done);
    return;
  }
  control(session, m.control).then(
    (value) => done({ ok: true, value }),
    (e: unknown) =>
      done({
        ok: false,
        error: (isCompeerError(e) ? e : new CompeerError('INTERNAL', 'Something went wrong inside Compeer. Nothing was changed.')).toInfo(),
      }),
  );
});
post({ kind: 'ready' });
