import * as fsp from 'node:fs/promises';
import { CompeerError } from '../../../shared/errors';

/**
 * The file-system calls the vault makes, gathered so tests can make any of them fail
 * (disk full at write, fsync or rename) and check that nothing is lost.
 */
export interface VaultFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  /** hard link: how the writer lock appears whole, never empty (see lock-file.ts) */
  link: typeof fsp.link;
  unlink: typeof fsp.unlink;
  readFile: typeof fsp.readFile;
  readdir: typeof fsp.readdir;
  mkdir: typeof fsp.mkdir;
  copyFile: typeof fsp.copyFile;
  stat: typeof fsp.stat;
}

export const nodeFs: VaultFs = {
  open: fsp.open,
  rename: fsp.rename,
  link: fsp.link,
  unlink: fsp.unlink,
  readFile: fsp.readFile,
  readdir: fsp.readdir,
  mkdir: fsp.mkdir,
  copyFile: fsp.copyFile,
  stat: fsp.stat,
};

export const errno = (e: unknown): string | undefined => (typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : undefined);

/** Turn a file-system failure into a typed, plain error that says nothing was lost. */
export function ioError(e: unknown, doing: string): CompeerError {
  if (e instanceof CompeerError) return e;
  const code = errno(e);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new CompeerError(
      'DISK_FULL',
      `The disk is full, so Compeer could not ${doing}. Your vault on disk is unchanged; free some space and try again.`,
      { cause: e },
    );
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new CompeerError('IO', `Compeer is not allowed to ${doing} (${code}). Your vault on disk is unchanged.`, { cause: e });
  }
  return new CompeerError(
    'IO',
    `Compeer could not ${doing} (${code ?? (e instanceof Error ? e.message : 'unknown error')}). Your vault on disk is unchanged.`,
    { cause: e },
  );
}

/** fsync a directory so a rename inside it survives a power cut (not possible on Windows). */
export async function fsyncDir(fs: VaultFs, dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const fh = await fs.open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Windows antivirus and indexers hold files briefly; a rename is retried a few times. */
export async function renameWithRetry(fs: VaultFs, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (e) {
      const code = errno(e);
      if (attempt >= 5 || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw e;
      await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
    }
  }
}

export const yieldToLoop = (): Promise<void> => new Promise((r) => setImmediate(r));
