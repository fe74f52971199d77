import { constants } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { VaultFs } from './fs-ops';

/**
 * Rotating encrypted backups beside the vault, in `backups/`: each is a whole vault file as
 * it was before a save replaced it. Kept: the newest `keepLast`, plus the newest of each of
 * the last `keepDays` days.
 */
export interface BackupInfo {
  name: string;
  path: string;
  createdAt: string;
  saveCounter: number;
  bytes: number;
}

export const backupDir = (vaultPath: string): string => join(dirname(vaultPath), 'backups');
const stem = (vaultPath: string): string => basename(vaultPath).replace(/\.compeer$/i, '');
const NAME = /^(.+)-(\d{8}T\d{6}\d{3}Z)-c(\d+)\.compeer$/;

const stamp = (d: Date): string => d.toISOString().replace(/[-:.]/g, '');
const unstamp = (s: string): string =>
  `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;

export async function listBackups(fs: VaultFs, vaultPath: string): Promise<BackupInfo[]> {
  const dir = backupDir(vaultPath);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const mine = stem(vaultPath);
  const out: BackupInfo[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m || m[1] !== mine) continue;
    const path = join(dir, name);
    const st = await fs.stat(path).catch(() => null);
    if (!st) continue;
    out.push({ name, path, createdAt: unstamp(m[2]!), saveCounter: Number(m[3]), bytes: st.size });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.saveCounter - a.saveCounter);
}

/** Which backups to delete: beyond the newest `keepLast`, all but the newest of each recent day. */
export function backupsToPrune(list: readonly BackupInfo[], now: Date, keepLast = 10, keepDays = 7): BackupInfo[] {
  const keep = new Set(list.slice(0, keepLast).map((b) => b.name));
  const days = new Set<string>();
  const oldest = now.getTime() - keepDays * 86_400_000;
  for (const b of list) {
    const day = b.createdAt.slice(0, 10);
    if (Date.parse(b.createdAt) >= oldest && !days.has(day)) {
      days.add(day);
      keep.add(b.name);
    }
  }
  return list.filter((b) => !keep.has(b.name));
}

/** The save counter in a vault file's header (not authenticated here: used for names and warnings). */
async function headerCounter(fs: VaultFs, path: string): Promise<bigint> {
  const fh = await fs.open(path, 'r');
  try {
    const b = Buffer.alloc(36);
    const { bytesRead } = await fh.read(b, 0, 36, 0);
    return bytesRead === 36 ? b.readBigUInt64LE(28) : 0n;
  } finally {
    await fh.close();
  }
}

/** Copy the vault as it is now into backups/, fsync the copy, then prune. */
export async function makeBackup(fs: VaultFs, vaultPath: string, now: Date): Promise<void> {
  const dir = backupDir(vaultPath);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const saveCounter = await headerCounter(fs, vaultPath);
  const dest = join(dir, `${stem(vaultPath)}-${stamp(now)}-c${saveCounter}.compeer`);
  await fs.copyFile(vaultPath, dest, constants.COPYFILE_EXCL).catch((e: unknown) => {
    // Two saves in the same millisecond with the same counter hold the same bytes.
    if ((e as { code?: string }).code !== 'EEXIST') throw e;
  });
  const fh = await fs.open(dest, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
  for (const old of backupsToPrune(await listBackups(fs, vaultPath), now)) {
    await fs.unlink(old.path).catch(() => undefined);
  }
}
