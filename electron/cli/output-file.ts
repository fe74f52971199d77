import { randomBytes } from 'node:crypto';
import { open, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { CompeerError } from '../../shared/errors';
import { backupDir } from '../core/vault/backups';
import { MAGIC } from '../core/vault/format';

const errnoOf = (e: unknown) => (e as NodeJS.ErrnoException).code;

/** The path with symlinks resolved, for a file that may not exist yet (its folder must). */
async function realOrParent(p: string): Promise<string> {
  try {
    return await realpath(p);
  } catch {
    return join(await realpath(dirname(p)).catch(() => dirname(p)), basename(p));
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

/**
 * Where an export may go: never the vault itself, its lock file, anything in its backups
 * folder or any other Compeer vault file, even with --force; an existing file only with
 * --force. Checked before the passphrase is asked, so a mistake costs nothing.
 */
export async function checkOutput(out: string, vaultPath: string, force: boolean): Promise<void> {
  const target = await realOrParent(out);
  const vault = await realOrParent(vaultPath);
  const refuse = (why: string) => new CompeerError('FORBIDDEN', `Refusing to write the export to ${out}: ${why}. Nothing was written.`);
  const [a, b] = await Promise.all([stat(target).catch(() => null), stat(vault).catch(() => null)]);
  if (target === vault || (a && b && a.dev === b.dev && a.ino === b.ino)) throw refuse('that is the vault itself');
  if (target === `${vault}.lock`) throw refuse("that is the vault's lock file");
  if (inside(await realOrParent(backupDir(vaultPath)), target)) throw refuse("that is in the vault's backups folder");
  if (!a) return;
  if (a.isDirectory()) throw refuse('that is a folder');
  if (await startsWithMagic(target)) throw refuse('that is a Compeer vault');
  if (!force) throw new CompeerError('EXISTS', `${out} already exists. Add --force to replace it. Nothing was written.`);
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
    if (errnoOf(e) === 'EEXIST') throw new CompeerError('EXISTS', `${out} already exists. Add --force to replace it. Nothing was written.`);
    throw new CompeerError('IO', `Cannot write ${out}: ${(e as Error).message}`);
  }
}
