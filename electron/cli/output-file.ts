import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, mkdir, open, realpath, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { CompeerError } from '../../shared/errors';
import { backupDir } from '../core/vault/backups';
import { MAGIC } from '../core/vault/format';
import { errno, nodeFs, renameWithRetry } from '../core/vault/fs-ops';

/**
 * Where an export may be written, and writing it: one file (`--out FILE`) or a folder of
 * files (`--format markdown --out DIR`). One list of places an export never goes (the vault,
 * its lock file, its backups, any Compeer vault; for a folder also the vault's own folder),
 * checked on real paths (symbolic links resolved) before the passphrase is asked, so a
 * mistake costs nothing. Failures are told in words, never as the system's error codes.
 */

/** What a file-system failure means, in words a user can act on. */
export function plainReason(e: unknown): string {
  switch (errno(e)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'you are not allowed to write there';
    case 'EROFS':
      return 'that disk is read-only';
    case 'ENOENT':
      return 'the folder it goes in does not exist';
    case 'ENOTDIR':
      return 'part of that path is a file, not a folder';
    case 'EEXIST':
    case 'ENOTEMPTY':
      return 'something with that name appeared there meanwhile';
    case 'EISDIR':
      return 'that is a folder';
    case 'ENAMETOOLONG':
      return 'a name in it is too long for this disk';
    case 'ELOOP':
      return 'its path goes round in a loop of symbolic links';
    default:
      return 'the system could not write it';
  }
}

/**
 * `p` with symbolic links resolved as far as it exists, the part not made yet appended.
 * `existing` is the deepest part that exists (p itself when it does).
 */
async function realPathOf(p: string): Promise<{ real: string; existing: string }> {
  const rest: string[] = [];
  for (let head = p; ;) {
    try {
      const real = await realpath(head);
      return { real: join(real, ...rest.reverse()), existing: real };
    } catch (e) {
      // a link to nothing: resolving it stops here, and whatever is written goes no further
      if ((await lstat(head).catch(() => null))?.isSymbolicLink()) return { real: join(head, ...rest.reverse()), existing: head };
      const up = dirname(head);
      if (up === head) throw e;
      rest.push(basename(head));
      head = up;
    }
  }
}

async function startsWithMagic(p: string): Promise<boolean> {
  const fh = await open(p, 'r').catch(() => null);
  if (!fh) return false;
  try {
    const head = Buffer.alloc(MAGIC.length);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    return bytesRead === MAGIC.length && head.equals(MAGIC);
  } finally {
    await fh.close();
  }
}

const inside = (folder: string, p: string) => {
  const rel = relative(folder, p);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

const refuse = (out: string, why: string) =>
  new CompeerError('FORBIDDEN', `Refusing to write the export to ${out}: ${why}. Nothing was written.`);

/**
 * Why an export must never be written at `target` (a real path), or null: the vault itself
 * (also by another name: a hard link), its lock file, its backups folder or anything in it,
 * any Compeer vault file, and for a folder export the vault's own folder.
 */
async function neverHere(target: string, targetStat: Stats | null, vaultPath: string, kind: 'file' | 'folder'): Promise<string | null> {
  const vault = (await realPathOf(vaultPath)).real;
  const vaultStat = await stat(vault).catch(() => null);
  if (target === vault || (targetStat && vaultStat && targetStat.dev === vaultStat.dev && targetStat.ino === vaultStat.ino))
    return 'that is the vault itself';
  if (target === `${vault}.lock`) return "that is the vault's lock file";
  const backups = (await realPathOf(backupDir(vaultPath))).real;
  if (target === backups) return "that is the vault's backups folder";
  if (inside(backups, target)) return "that is in the vault's backups folder";
  if (kind === 'folder' && target === dirname(vault)) return "that is the vault's folder";
  if (targetStat?.isFile() && (await startsWithMagic(target))) return 'that is a Compeer vault';
  return null;
}

/**
 * Where an export may go: never the vault itself, its lock file, anything in its backups
 * folder or any other Compeer vault file, even with --force; an existing file only with
 * --force. Checked before the passphrase is asked, so a mistake costs nothing.
 */
export async function checkOutput(out: string, vaultPath: string, force: boolean): Promise<void> {
  const { real } = await realPathOf(out);
  const a = await stat(real).catch(() => null);
  const why = (await neverHere(real, a, vaultPath, 'file')) ?? (a?.isDirectory() ? 'that is a folder' : null);
  if (why) throw refuse(out, why);
  if (a && !force) throw new CompeerError('EXISTS', `${out} already exists. Add --force to replace it. Nothing was written.`);
}

/**
 * Write the export owner-only. Without --force never over a file that appeared meanwhile;
 * with it, a new owner-only file is renamed over the old one (which keeps its content if
 * the write fails, and never lends its looser permissions to the export).
 */
export async function writeOutput(out: string, text: string, force: boolean): Promise<void> {
  const tmp = force ? join(dirname(out), `.${basename(out)}.${randomBytes(6).toString('hex')}.tmp`) : out;
  try {
    await writeFile(tmp, text, { mode: 0o600, flag: 'wx' });
    if (force) await rename(tmp, out);
  } catch (e) {
    if (force) await rm(tmp, { force: true });
    if (errno(e) === 'EEXIST') throw new CompeerError('EXISTS', `${out} already exists. Add --force to replace it. Nothing was written.`);
    throw new CompeerError('IO', `Cannot write ${out}: ${plainReason(e)}. Nothing was written.`, { cause: e });
  }
}

/** A folder an export may be written into, as checked by checkOutputFolder. */
export interface OutputFolder {
  /** as the user named it (for messages) */
  out: string;
  /** its real path: where the files go */
  dir: string;
  /** whether it exists already (then only `tops` are added to it) */
  exists: boolean;
  /** the folders the export puts in it (journal, notes): none may be there already */
  tops: readonly string[];
}

/**
 * Where a folder export may go: not a vault's place (as for a file, plus the vault's own
 * folder) and not a file. When the folder exists, the folders the export adds (`tops`) must
 * not: an export is never mixed into files already there, and never written through a
 * symbolic link. Checked before the passphrase is asked.
 */
export async function checkOutputFolder(out: string, vaultPath: string, tops: readonly string[]): Promise<OutputFolder> {
  const { real: dir, existing } = await realPathOf(out);
  const a = await stat(dir).catch(() => null);
  const why = (await neverHere(dir, a, vaultPath, 'folder')) ?? (a && !a.isDirectory() ? 'that is a file, not a folder' : null);
  if (why) throw refuse(out, why);
  if (!a) {
    const up = await stat(existing).catch(() => null);
    if (!up?.isDirectory())
      throw new CompeerError(
        'IO',
        `Cannot write the export to ${out}: ${up ? 'part of that path is a file, not a folder' : 'part of that path is a symbolic link to nothing'}. Nothing was written.`,
      );
    return { out, dir, exists: false, tops };
  }
  for (const top of tops) {
    const there = await lstat(join(dir, top)).catch(() => null);
    if (there?.isSymbolicLink()) throw refuse(out, `${join(out, top)} is a symbolic link, and an export never writes through one`);
    if (there)
      throw new CompeerError(
        'EXISTS',
        `${join(out, top)} already exists. Export into a new folder, or one without ${tops.map((t) => `${t}/`).join(' and ')} in it. Nothing was written.`,
      );
  }
  return { out, dir, exists: true, tops };
}

/** A relative path of the export ("journal/2026-01-02-title.md") as safe parts, or null. */
function partsOf(path: string, tops: readonly string[]): string[] | null {
  const parts = path.split('/');
  const ok = parts.length >= 2 && tops.includes(parts[0]!) && parts.every((s) => s !== '' && s !== '.' && s !== '..' && !/[\\/\0]/.test(s));
  return ok ? parts : null;
}

/**
 * Write a folder export whole or not at all. The files are written owner-only into a new
 * folder with a unique name (beside DIR when DIR is new, inside it when it exists: the same
 * disk either way, so moving is a rename), and moved into place only when every file is
 * written: DIR itself in one rename, or, into an existing DIR, each of its new folders.
 * Any failure removes what was written (and the folders made above DIR) and says why.
 * Nothing is written through a symbolic link: every file and folder is new, and the paths
 * are the real ones checked before.
 */
export async function writeOutputFolder(place: OutputFolder, files: readonly { path: string; text: string }[]): Promise<void> {
  const { out, dir, exists, tops } = place;
  const host = exists ? dir : dirname(dir);
  // owner-only, and named after what it is should it ever be left behind (a killed process)
  const partial = join(host, `${exists ? '' : `${basename(dir)}.`}compeer-export-${randomBytes(6).toString('hex')}.partial`);
  let madeAbove: string | undefined;
  const moved: string[] = [];
  try {
    if (!exists) madeAbove = await mkdir(host, { recursive: true, mode: 0o700 });
    await mkdir(partial, { mode: 0o700 });
    for (const f of files) {
      const parts = partsOf(f.path, tops);
      if (!parts)
        throw new CompeerError(
          'INTERNAL',
          `Cannot write the export to ${out}: the file name "${f.path}" is not one an export makes. Nothing was written.`,
        );
      if (parts.length > 1) await mkdir(join(partial, ...parts.slice(0, -1)), { recursive: true, mode: 0o700 });
      await writeFile(join(partial, ...parts), f.text, { mode: 0o600, flag: 'wx' });
    }
    if (!exists) {
      await renameWithRetry(nodeFs, partial, dir);
      return;
    }
    for (const top of tops) {
      if (!(await lstat(join(partial, top)).catch(() => null))) continue;
      await renameWithRetry(nodeFs, join(partial, top), join(dir, top));
      moved.push(top);
    }
    await rmdir(partial);
  } catch (e) {
    const left = await undo(place, partial, moved, madeAbove);
    const message = e instanceof CompeerError ? e.message : `Cannot write the export to ${out}: ${plainReason(e)}. Nothing was written.`;
    throw new CompeerError(
      e instanceof CompeerError ? e.code : 'IO',
      left.length
        ? `${message.replace(/ Nothing was written\.$/, '')}. Part of it could not be removed: delete ${left.join(' and ')}.`
        : message,
      { cause: e },
    );
  }
}

/** Take a failed export back out; what could not be removed is returned, to be named. */
async function undo(place: OutputFolder, partial: string, moved: readonly string[], madeAbove: string | undefined): Promise<string[]> {
  const left: string[] = [];
  for (const top of moved) {
    // back into the partial folder, to go with it
    await rename(join(place.dir, top), join(partial, top)).catch(() => left.push(join(place.out, top)));
  }
  await rm(partial, { recursive: true, force: true }).catch(() => left.push(partial));
  if (madeAbove) {
    // the folders made above DIR for it, innermost first, while they are empty
    for (let p = dirname(place.dir); ; p = dirname(p)) {
      if (
        !(await rmdir(p).then(
          () => true,
          () => false,
        )) ||
        p === madeAbove ||
        dirname(p) === p
      )
        break;
    }
  }
  return left;
}
