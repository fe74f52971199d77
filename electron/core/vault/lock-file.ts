import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { CompeerError } from '../../../shared/errors';
import { errno, ioError, renameWithRetry, type VaultFs } from './fs-ops';
import { judge, makeRecord, newNonce, parseLock, type LockRecord, type SeenLock } from './lock-owner';
import { openProbe, type Probe } from './lock-probe';

/**
 * One writer per vault, across processes, threads and computers that share a synced folder.
 *
 * `<vault>.lock` holds its taker's record (lock-owner.ts). The protocol, and why:
 * - Taking: the record is written and fsynced to a hidden temp file, then hard-linked into
 *   place. link() fails if the lock exists, so a lock file never exists empty or half
 *   written, and a reader never takes a lock being made for a stale one. Where there are no
 *   hard links (FAT, exFAT, some network shares) the lock is created exclusively and written
 *   in one go; a reader that finds it empty or cut short waits instead of taking it.
 * - A stale lock (its holder no longer runs) is removed only by whoever holds its ticket:
 *   `.<vault>.lock.<nonce>.ticket`, created the same exclusive way, one per lock. The ticket
 *   holder re-reads the lock, renames it aside, checks that what it moved is still the lock
 *   it judged, and only then deletes it (anything else is put back). So a second taker can
 *   never delete the lock the first taker has just made: nothing is unlinked unread.
 * - After taking, the taker re-reads the lock and checks its own nonce; release removes the
 *   lock the same ticketed way, only while it still carries that nonce.
 * - A lock held by another computer (`host` differs) is never judged stale: its process
 *   cannot be checked from here. Opening answers IN_USE with `details.foreign: true`,
 *   `lockHost` and `lockSince`; once the user has confirmed that the other computer is not
 *   using the vault, `acquireLock(fs, path, { takeOverForeign: true })` (or
 *   `Vault.open(path, pass, { takeOverLock: true })`) takes it over.
 *
 * Within one thread a set of held paths refuses a second writer at once.
 */
export interface LockOptions {
  /** take over a lock that another computer holds (only after the user confirmed it is not in use there) */
  takeOverForeign?: boolean;
}

/** Releases the lock if it is still ours; safe to call twice. */
export type ReleaseLock = () => Promise<void>;

const heldHere = new Set<string>();

/** About a second and a half in all: each busy round waits a little longer, up to 50 ms. */
const ATTEMPTS = 40;
/** A ticket is held for milliseconds; one this old belongs to a taker that hung or died. */
const TICKET_ABANDONED_MS = 60_000;
/** link() errors that mean "no hard links on this file system" rather than "the lock exists". */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EINVAL', 'EISDIR', 'EXDEV']);

type SideKind = 'new' | 'ticket' | 'aside';
const slotOf = (vault: string) => `${vault}.lock`;
const sideFile = (vault: string, nonce: string, kind: SideKind) => join(dirname(vault), `.${basename(vault)}.lock.${nonce}.${kind}`);

export async function acquireLock(fs: VaultFs, vaultPath: string, opts: LockOptions = {}): Promise<ReleaseLock> {
  if (heldHere.has(vaultPath)) throw inUse('here');
  heldHere.add(vaultPath);
  let probe: Probe | null = null;
  try {
    probe = await openProbe(newNonce().slice(0, 16));
    const ctx: Ctx = { fs, vault: vaultPath, probe: probe?.address };
    const mine = await take(ctx, opts);
    await sweep(ctx).catch(() => undefined);
    return releaser(ctx, mine, probe);
  } catch (e) {
    heldHere.delete(vaultPath);
    await probe?.close();
    throw e instanceof CompeerError ? e : ioError(e, "take the vault's writer lock");
  }
}

interface Ctx {
  fs: VaultFs;
  vault: string;
  probe: string | undefined;
}

async function take(ctx: Ctx, opts: LockOptions): Promise<LockRecord> {
  const slot = slotOf(ctx.vault);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    // a fresh nonce each try: a taker still holding the ticket of an earlier one cannot mistake this one for it
    const mine = await makeRecord(ctx.probe, new Date());
    if (await placeWhole(ctx, slot, mine)) {
      const check = await readLock(ctx.fs, slot);
      if (check?.id === mine.nonce) return mine;
      continue;
    }
    const seen = await readLock(ctx.fs, slot);
    if (!seen) {
      // released meanwhile: try again at once, then (a name Windows is still deleting) after a pause
      if (attempt > 2) await pause(attempt);
      continue;
    }
    const verdict = await judge(seen);
    if (verdict === 'live' || (verdict === 'foreign' && !opts.takeOverForeign)) throw inUse(seen);
    if (verdict === 'busy' || (await removeIfStill(ctx, slot, seen, 0)) === 'busy') await pause(attempt);
  }
  throw inUse('busy');
}

const pause = (attempt: number) => new Promise((r) => setTimeout(r, Math.min(50, 2 + attempt * 2) * (0.5 + Math.random())));

function releaser(ctx: Ctx, mine: LockRecord, probe: Probe | null): ReleaseLock {
  let done: Promise<void> | null = null;
  return () =>
    (done ??= (async () => {
      try {
        // only while it still carries our nonce: a lock taken over from us is not ours to delete
        await removeIfStill(ctx, slotOf(ctx.vault), { kind: 'record', id: mine.nonce, record: mine }, 0);
      } catch {
        // the lock stays; the next opener finds this process gone and takes it over
      } finally {
        heldHere.delete(ctx.vault);
        await probe?.close();
      }
    })());
}

/** Create `path` holding `record`, whole, unless it exists. */
async function placeWhole(ctx: Ctx, path: string, record: LockRecord): Promise<boolean> {
  const text = JSON.stringify(record);
  const temp = sideFile(ctx.vault, record.nonce, 'new');
  await writeNew(ctx.fs, temp, text);
  try {
    await ctx.fs.link(temp, path);
    return true;
  } catch (e) {
    const code = errno(e);
    if (code === 'EEXIST') return false;
    if (!code || !NO_HARD_LINKS.has(code)) throw e;
  } finally {
    await ctx.fs.unlink(temp).catch(() => undefined);
  }
  try {
    await writeNew(ctx.fs, path, text);
    return true;
  } catch (e) {
    // the temp file beside it was writable, so a refusal here is a name still being deleted (Windows)
    if (['EEXIST', 'EPERM', 'EACCES', 'EBUSY'].includes(errno(e) ?? '')) return false;
    throw e;
  }
}

/** Exclusive create, one write, fsync; a file whose write failed is removed (it was never anyone's lock). */
async function writeNew(fs: VaultFs, path: string, text: string): Promise<void> {
  const fh = await fs.open(path, 'wx', 0o600);
  try {
    try {
      await fh.writeFile(text);
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch (e) {
    await fs.unlink(path).catch(() => undefined);
    throw e;
  }
}

async function readLock(fs: VaultFs, path: string): Promise<SeenLock | null> {
  let fh;
  try {
    fh = await fs.open(path, 'r');
  } catch (e) {
    if (errno(e) === 'ENOENT') return null;
    throw e;
  }
  try {
    const stat = await fh.stat();
    return parseLock(await fh.readFile(), stat, Date.now());
  } finally {
    await fh.close();
  }
}

/**
 * Remove the file at `path` if it is still the one that was read as `seen`, holding that
 * file's ticket meanwhile. removed: it is gone; gone: it had already changed (nothing done);
 * busy: someone else is removing it, look again shortly.
 */
async function removeIfStill(ctx: Ctx, path: string, seen: SeenLock, depth: number): Promise<'removed' | 'gone' | 'busy'> {
  const ticketPath = sideFile(ctx.vault, seen.id, 'ticket');
  let ticket = await makeRecord(ctx.probe, new Date());
  if (!(await placeWhole(ctx, ticketPath, ticket))) {
    const other = await readLock(ctx.fs, ticketPath);
    if (!other) return 'busy';
    // a ticket left by a taker that died mid-way: removed under its own ticket, then ours is made
    if (depth >= 2 || !(await abandoned(other))) return 'busy';
    if ((await removeIfStill(ctx, ticketPath, other, depth + 1)) === 'busy') return 'busy';
    ticket = await makeRecord(ctx.probe, new Date());
    if (!(await placeWhole(ctx, ticketPath, ticket))) return 'busy';
  }
  try {
    if ((await readLock(ctx.fs, path))?.id !== seen.id) return 'gone';
    const aside = sideFile(ctx.vault, ticket.nonce, 'aside');
    try {
      await renameWithRetry(ctx.fs, path, aside);
    } catch (e) {
      if (errno(e) === 'ENOENT') return 'gone';
      throw e;
    }
    const moved = await readLock(ctx.fs, aside);
    if (!moved || moved.id === seen.id) {
      await ctx.fs.unlink(aside).catch(() => undefined);
      return moved ? 'removed' : 'gone';
    }
    // not what we judged: only a writer that takes no tickets (an older Compeer) can do that; put it back
    await putBack(ctx, aside, path);
    return 'busy';
  } finally {
    if ((await readLock(ctx.fs, ticketPath).catch(() => null))?.id === ticket.nonce) await ctx.fs.unlink(ticketPath).catch(() => undefined);
  }
}

async function abandoned(ticket: SeenLock): Promise<boolean> {
  const verdict = await judge(ticket);
  if (verdict === 'stale') return true;
  if (ticket.kind !== 'record') return false;
  return Date.now() - Date.parse(ticket.record.since) > TICKET_ABANDONED_MS;
}

async function putBack(ctx: Ctx, aside: string, path: string): Promise<void> {
  try {
    await ctx.fs.link(aside, path);
    await ctx.fs.unlink(aside);
  } catch (e) {
    const code = errno(e);
    // taken meanwhile: the moved lock stays aside, nothing is overwritten
    if (code === 'EEXIST' || !code || !NO_HARD_LINKS.has(code)) return;
    if (!(await readLock(ctx.fs, path))) await ctx.fs.rename(aside, path);
  }
}

/** Tidy what crashed takers left beside the lock: temp files and moved locks whose writer is gone, abandoned tickets. */
async function sweep(ctx: Ctx): Promise<void> {
  const prefix = `.${basename(ctx.vault)}.lock.`;
  const names = (await ctx.fs.readdir(dirname(ctx.vault))).filter((n) => n.startsWith(prefix));
  for (const name of names) {
    const kind = /^[0-9a-f]{32}\.(new|ticket|aside)$/.exec(name.slice(prefix.length))?.[1] as SideKind | undefined;
    if (!kind) continue;
    const path = join(dirname(ctx.vault), name);
    const seen = await readLock(ctx.fs, path);
    if (!seen) continue;
    if (kind === 'ticket') {
      if (await abandoned(seen)) await removeIfStill(ctx, path, seen, 1);
    } else if ((await judge(seen)) === 'stale') {
      // a temp file is linked only by its writer, a moved lock by nobody: once the writer is gone both are litter
      await ctx.fs.unlink(path).catch(() => undefined);
    }
  }
}

/** Printable and short: a lock file is not trusted to say anything else. */
const clean = (s: string) => s.replace(/[^\p{L}\p{N} ._-]/gu, '').slice(0, 64) || 'unknown';

function when(since: string | undefined): string | undefined {
  const t = since ? Date.parse(since) : NaN;
  return Number.isNaN(t) ? undefined : `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function inUse(seen: SeenLock | 'here' | 'busy'): CompeerError {
  const nothing = 'Close it there first; nothing was changed.';
  if (seen === 'here') {
    return new CompeerError('IN_USE', `This vault is open in another Compeer window or command (in this same program). ${nothing}`, {
      details: { foreign: false, sameProcess: true },
    });
  }
  if (seen === 'busy' || seen.kind === 'unreadable') {
    return new CompeerError(
      'IN_USE',
      'Another Compeer window or command is opening this vault at this moment. Try again in a moment; nothing was changed.',
      {
        details: { foreign: false },
      },
    );
  }
  const holder = seen.kind === 'record' ? seen.record : seen;
  const host = clean(holder.host);
  const since = when(holder.since);
  const details = { foreign: false, lockHost: host, lockPid: holder.pid, ...(since ? { lockSince: holder.since! } : {}) };
  if (holder.host === hostname()) {
    const who = holder.pid === process.pid ? 'in this same program' : `process ${holder.pid}`;
    return new CompeerError(
      'IN_USE',
      `This vault is open in another Compeer window or command (${who}${since ? `, since ${since}` : ''}). ${nothing}`,
      {
        details: { ...details, sameProcess: holder.pid === process.pid },
      },
    );
  }
  return new CompeerError(
    'IN_USE',
    `This vault is in use on another computer, "${host}"${since ? `, since ${since}` : ''} (it is in a folder both computers share). ` +
      'If that computer is not using the vault (it was switched off, or Compeer crashed there), the vault can be taken over here. ' +
      'If it is still open there, changes made on one of the two would be lost. Nothing was changed.',
    { details: { ...details, foreign: true } },
  );
}
