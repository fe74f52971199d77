import * as fsp from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { errno, ioError } from '../vault/fs-ops';

/**
 * The few file operations a shared vault makes. Each device only ever appends to, or
 * replaces whole, files of its own; a replacement goes through a temp file and a rename, so
 * a sync tool (or a crash) sees the old file or the new one. Tests swap in a store in memory
 * to run thousands of interleavings.
 */
export interface SyncStore {
  /** null when the file does not exist */
  read(path: string): Promise<Buffer | null>;
  /** names in a folder; [] when it does not exist */
  list(dir: string): Promise<string[]>;
  append(path: string, bytes: Buffer): Promise<void>;
  /** temp file, fsync, rename over: the old file or the new one, never half */
  replace(path: string, bytes: Buffer): Promise<void>;
  remove(path: string): Promise<void>;
  isDir(path: string): Promise<boolean>;
  /** the file's size, or null when it does not exist */
  size(path: string): Promise<number | null>;
}

async function syncDir(dir: string): Promise<void> {
  const h = await fsp.open(dir, 'r').catch(() => null);
  if (!h) return;
  try {
    await h.sync().catch(() => undefined);
  } finally {
    await h.close();
  }
}

export const nodeStore: SyncStore = {
  async read(path) {
    try {
      return await fsp.readFile(path);
    } catch (e) {
      if (errno(e) === 'ENOENT') return null;
      throw ioError(e, 'reading the shared vault');
    }
  },
  async list(dir) {
    try {
      return await fsp.readdir(dir);
    } catch (e) {
      if (errno(e) === 'ENOENT' || errno(e) === 'ENOTDIR') return [];
      throw ioError(e, 'reading the shared vault');
    }
  },
  async append(path, bytes) {
    await fsp.mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const h = await fsp.open(path, 'a', 0o600);
    try {
      await h.write(bytes);
      await h.sync();
    } finally {
      await h.close();
    }
  },
  async replace(path, bytes) {
    await fsp.mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    const h = await fsp.open(tmp, 'wx', 0o600);
    try {
      await h.write(bytes);
      await h.sync();
    } finally {
      await h.close();
    }
    try {
      await fsp.rename(tmp, path);
    } catch (e) {
      await fsp.unlink(tmp).catch(() => undefined);
      throw ioError(e, 'saving the shared vault');
    }
    await syncDir(dirname(path));
  },
  async remove(path) {
    await fsp.unlink(path).catch((e: unknown) => {
      if (errno(e) !== 'ENOENT') throw e;
    });
  },
  async isDir(path) {
    try {
      return (await fsp.stat(path)).isDirectory();
    } catch {
      return false;
    }
  },
  async size(path) {
    try {
      return (await fsp.stat(path)).size;
    } catch (e) {
      if (errno(e) === 'ENOENT') return null;
      throw ioError(e, 'reading the shared vault');
    }
  },
};

/** A store in memory (tests, the bench): a map of paths to bytes. */
export class MemoryStore implements SyncStore {
  readonly files = new Map<string, Buffer>();
  read(path: string) {
    const b = this.files.get(path);
    return Promise.resolve(b ? Buffer.from(b) : null);
  }
  list(dir: string) {
    const prefix = dir.endsWith('/') ? dir : `${dir}/`;
    const names = new Set<string>();
    for (const p of this.files.keys()) if (p.startsWith(prefix)) names.add(p.slice(prefix.length).split('/')[0]!);
    return Promise.resolve([...names].sort());
  }
  append(path: string, bytes: Buffer) {
    const b = this.files.get(path);
    this.files.set(path, b ? Buffer.concat([b, bytes]) : Buffer.from(bytes));
    return Promise.resolve();
  }
  replace(path: string, bytes: Buffer) {
    this.files.set(path, Buffer.from(bytes));
    return Promise.resolve();
  }
  remove(path: string) {
    this.files.delete(path);
    return Promise.resolve();
  }
  isDir(path: string) {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    for (const p of this.files.keys()) if (p.startsWith(prefix)) return Promise.resolve(true);
    return Promise.resolve(false);
  }
  size(path: string) {
    return Promise.resolve(this.files.get(path)?.length ?? null);
  }
}
