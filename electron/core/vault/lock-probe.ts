import { unlink } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errno } from './fs-ops';

/**
 * A lock's sign of life inside one process. A process id says nothing about which thread
 * holds a lock, and the vault may run in a worker thread of the app: if that worker crashes
 * and a new one starts in the same process, the old worker's lock carries a live pid. So the
 * taker listens on a socket named by a random id for as long as it holds the lock; the
 * socket closes with the thread that opened it (terminated, crashed or done), and another
 * thread asks the kernel whether anyone still listens. The kernel accepts the connection
 * even while the holder's event loop is busy, so a slow holder is never taken for a dead one.
 */
export interface Probe {
  address: string;
  close(): Promise<void>;
}

const PREFIX = 'compeer-lock-';

/** Linux: an abstract socket (no file). Windows: a named pipe. Elsewhere: a socket file in the temp folder. */
function addressFor(id: string): string {
  if (process.platform === 'win32') return `\\\\.\\pipe\\${PREFIX}${id}`;
  if (process.platform === 'linux') return `\0${PREFIX}${id}`;
  return join(tmpdir(), `${PREFIX}${id}.sock`);
}

const isFile = (address: string) => !address.startsWith('\0') && !address.startsWith('\\\\');

/** Only addresses this module makes are ever probed: a lock file is not trusted to name one. */
export function isProbeAddress(address: unknown): address is string {
  if (typeof address !== 'string' || address.length > 200) return false;
  return /(^\0|[\\/])compeer-lock-[0-9a-f]{16}(\.sock)?$/.test(address);
}

/** Start listening; null when the platform refuses (the lock then counts as held until the process ends). */
export async function openProbe(id: string): Promise<Probe | null> {
  const address = addressFor(id);
  const server = createServer((socket) => socket.destroy());
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(address, () => resolve(true));
  });
  if (!listening) return null;
  // the probe never keeps a process alive on its own
  server.unref();
  return {
    address,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (isFile(address)) await unlink(address).catch(() => undefined);
    },
  };
}

/**
 * Does anyone still listen at `address`? A refused or missing socket means the holder is
 * gone; any other failure, or no answer within two seconds, counts as alive (never take a
 * lock on a guess).
 */
export function probeAlive(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(address);
    const timer = setTimeout(() => finish(true), 2000);
    function finish(alive: boolean) {
      clearTimeout(timer);
      socket.destroy();
      resolve(alive);
    }
    socket.once('connect', () => finish(true));
    socket.once('error', (e) => {
      const code = errno(e);
      const gone = code === 'ECONNREFUSED' || code === 'ENOENT';
      // a socket file left by a holder that crashed is ours to tidy
      if (gone && isFile(address)) void unlink(address).catch(() => undefined);
      finish(!gone);
    });
  });
}
