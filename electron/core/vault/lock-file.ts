import { hostname } from 'node:os';
import { CompeerError } from '../../../shared/errors';
import { errno, type VaultFs } from './fs-ops';

/**
 * One writer per vault across processes: `<vault>.lock` holds the writer's pid and host,
 * created exclusively. A lock left by a process that no longer runs on this host is stale
 * and taken over, so a crash never locks the user out. Within one process a set of held
 * paths refuses a second writer too.
 */
const heldHere = new Set<string>();

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errno(e) === 'EPERM';
  }
};

const inUse = (detail: string) =>
  new CompeerError('IN_USE', `This vault is open in another Compeer window or command (${detail}). Close it there first; nothing was changed.`);

export async function acquireLock(fs: VaultFs, vaultPath: string): Promise<() => Promise<void>> {
  const lockPath = `${vaultPath}.lock`;
  if (heldHere.has(vaultPath)) throw inUse('this process');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fh = await fs.open(lockPath, 'wx', 0o600);
      try {
        const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
        await fh.writeFile(JSON.stringify(info));
        await fh.sync();
      } finally {
        await fh.close();
      }
      heldHere.add(vaultPath);
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        heldHere.delete(vaultPath);
        await fs.unlink(lockPath).catch(() => undefined);
      };
    } catch (e) {
      if (errno(e) !== 'EEXIST') throw e;
      let info: LockInfo | null = null;
      try {
        info = JSON.parse(await fs.readFile(lockPath, 'utf8')) as LockInfo;
      } catch {
        // A lock file cut short by a crash between create and write: stale.
      }
      if (info && (info.host !== hostname() || (info.pid !== process.pid && alive(info.pid)))) {
        throw inUse(info.host === hostname() ? `process ${info.pid}` : `on ${info.host}`);
      }
      await fs.unlink(lockPath).catch(() => undefined);
    }
  }
  throw inUse('the lock could not be taken');
}
