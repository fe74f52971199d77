import { createHmac, timingSafeEqual } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { backupDir } from './backups';
import { errno, type VaultFs } from './fs-ops';
import { hkdf } from './keys';

/**
 * The high-water mark: kept outside the vault file, what this computer last saw
 * acknowledged for one vault (keyed by its file id): the newest whole save (its save
 * counter) and how many change records after it, plus a short history of whole saves, each
 * with the running count of acknowledged changes at its start. A vault file older than its
 * mark (an older copy put back by a sync tool or a restore from a backup drive) is then seen
 * even when the file itself looks whole, with the number of changes it lacks.
 *
 * Sealed with HMAC-SHA256 under a key derived from the vault's data key (its own HKDF info
 * string), so it cannot be forged or moved to another vault without the passphrase. Two
 * copies: in the app's data folder and beside the backups. It holds nothing confidential
 * (the file id and save counter are in the vault's own header; the counts say how often it
 * was saved, which the file's size and dates say too).
 */
export const MARK_INFO = 'compeer/vault/v1/mark';
const FORMAT = 'compeer-high-water-mark';
const VERSION = 1;
/** whole saves remembered: enough to count what an older copy lacks across weeks of use */
const HISTORY = 64;
const MAX_BYTES = 16 * 1024;

/** One whole save the mark knows: its counter and the running count of acknowledged changes at its start. */
export interface MarkStart {
  counter: bigint;
  at: number;
  /** false when `at` is a lower bound (a whole save made elsewhere, first seen here; or the first mark of a vault) */
  exact: boolean;
}

export interface Mark {
  /** the whole save the file was at when the mark was written */
  saveCounter: bigint;
  /** change records acknowledged after that whole save */
  records: number;
  /** whole saves in the order they were first seen, oldest first; always holds `saveCounter` */
  starts: MarkStart[];
}

/** 'ok': a mark was read and verified; 'none': there is none (first use here, or deleted); 'unverified': one is there but its seal does not verify */
export type MarkCheck = 'ok' | 'none' | 'unverified';

export interface MarkReading {
  mark: Mark | null;
  check: MarkCheck;
}

export const markKey = (dek: Buffer, fileId: Buffer): Buffer => hkdf(dek, fileId, MARK_INFO);

const startOf = (m: Mark, counter: bigint): MarkStart | undefined => m.starts.findLast((s) => s.counter === counter);

/** The running count of acknowledged changes the mark stands at. */
export const positionOf = (m: Mark): number => (startOf(m, m.saveCounter)?.at ?? 0) + m.records;

/** The highest save counter the mark has seen: a new whole save must go above it. */
export const topCounterOf = (m: Mark): bigint => m.starts.reduce((top, s) => (s.counter > top ? s.counter : top), m.saveCounter);

/**
 * How many acknowledged changes a file at (`counter`, `records`) lacks compared with the
 * mark: 0 when it is not behind it, null when it is behind by a number the mark cannot tell
 * (an older whole save than the mark remembers, or one it only knows as a lower bound).
 */
export function missingAgainst(m: Mark, counter: bigint, records: number): number | null {
  if (counter > m.saveCounter) return 0;
  if (counter === m.saveCounter) return Math.max(0, m.records - records);
  const i = m.starts.findLastIndex((s) => s.counter === counter);
  if (i < 0) return null;
  if (m.starts.slice(i + 1).some((s) => !s.exact)) return null;
  return Math.max(0, positionOf(m) - (m.starts[i]!.at + records));
}

/**
 * The mark for a file at (`counter`, `records`) that is not behind `seen` (or when nothing
 * was seen): what this session goes on from.
 */
export function adoptMark(seen: Mark | null, counter: bigint, records: number): Mark {
  if (!seen) return { saveCounter: counter, records, starts: [{ counter, at: 0, exact: false }] };
  if (startOf(seen, counter)) return { saveCounter: counter, records, starts: seen.starts };
  // a whole save made elsewhere (another computer, or before marks were kept): its start is at least where the mark stood
  return { saveCounter: counter, records, starts: trim([...seen.starts, { counter, at: positionOf(seen), exact: false }]) };
}

/** After a whole save to `counter`, starting at `at` acknowledged changes (never below where the mark stood). */
export function afterWholeSave(m: Mark | null, counter: bigint, at: number): Mark {
  const starts = m ? m.starts.filter((s) => s.counter !== counter) : [];
  return { saveCounter: counter, records: 0, starts: trim([...starts, { counter, at, exact: m !== null }]) };
}

const trim = (starts: MarkStart[]): MarkStart[] => (starts.length > HISTORY ? starts.slice(starts.length - HISTORY) : starts);

/** Where the two copies of a vault's mark live: in the data folder (when there is one) and beside the backups. */
export function markPaths(vaultPath: string, fileId: Buffer, home: string | null): string[] {
  const name = `${fileId.toString('hex')}.mark`;
  const paths = [join(backupDir(vaultPath), name)];
  if (home) paths.unshift(join(home, 'marks', name));
  return paths;
}

const body = (fileId: Buffer, m: Mark) => [
  VERSION,
  fileId.toString('hex'),
  m.saveCounter.toString(),
  m.records,
  m.starts.map((s) => [s.counter.toString(), s.at, s.exact ? 1 : 0]),
];

const seal = (key: Buffer, fileId: Buffer, m: Mark): Buffer =>
  createHmac('sha256', key)
    .update(JSON.stringify(body(fileId, m)))
    .digest();

export function encodeMark(key: Buffer, fileId: Buffer, m: Mark): string {
  const [, id, saveCounter, records, starts] = body(fileId, m);
  return `${JSON.stringify({ format: FORMAT, version: VERSION, fileId: id, saveCounter, records, starts, seal: seal(key, fileId, m).toString('hex') })}\n`;
}

const COUNTER = /^\d{1,20}$/;
const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/**
 * One copy read: null when it is not there or not a mark of this vault at all (cut short by
 * a crash, another file); 'unverified' when it is well formed but its seal does not verify.
 */
export function decodeMark(text: string, key: Buffer, fileId: Buffer): Mark | 'unverified' | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const o = raw as Record<string, unknown>;
  if (o.format !== FORMAT || o.version !== VERSION || o.fileId !== fileId.toString('hex')) return null;
  if (
    typeof o.saveCounter !== 'string' ||
    !COUNTER.test(o.saveCounter) ||
    !isCount(o.records) ||
    typeof o.seal !== 'string' ||
    !/^[0-9a-f]{64}$/.test(o.seal)
  )
    return null;
  if (!Array.isArray(o.starts) || o.starts.length === 0 || o.starts.length > HISTORY) return null;
  const starts: MarkStart[] = [];
  for (const s of o.starts as unknown[]) {
    if (
      !Array.isArray(s) ||
      s.length !== 3 ||
      typeof s[0] !== 'string' ||
      !COUNTER.test(s[0]) ||
      !isCount(s[1]) ||
      (s[2] !== 0 && s[2] !== 1)
    )
      return null;
    starts.push({ counter: BigInt(s[0]), at: s[1], exact: s[2] === 1 });
  }
  const m: Mark = { saveCounter: BigInt(o.saveCounter), records: o.records, starts };
  if (!startOf(m, m.saveCounter)) return null;
  const given = Buffer.from(o.seal, 'hex');
  return timingSafeEqual(given, seal(key, fileId, m)) ? m : 'unverified';
}

/** The further along of two marks (by whole save, then records), with both histories. */
function newer(a: Mark, b: Mark): Mark {
  const [hi, lo] = a.saveCounter > b.saveCounter || (a.saveCounter === b.saveCounter && a.records >= b.records) ? [a, b] : [b, a];
  const known = new Set(hi.starts.map((s) => s.counter));
  const extra = lo.starts.filter((s) => !known.has(s.counter) && s.counter < hi.saveCounter);
  return extra.length === 0 ? hi : { ...hi, starts: trim([...extra, ...hi.starts]) };
}

export async function readMark(fs: VaultFs, paths: readonly string[], key: Buffer, fileId: Buffer): Promise<MarkReading> {
  let mark: Mark | null = null;
  let unverified = false;
  for (const p of paths) {
    let text: string;
    try {
      const fh = await fs.open(p, 'r');
      try {
        const size = (await fh.stat()).size;
        if (size > MAX_BYTES) continue;
        const buf = Buffer.alloc(size);
        await fh.read(buf, 0, size, 0);
        text = buf.toString('utf8');
      } finally {
        await fh.close();
      }
    } catch {
      continue; // absent or unreadable: as if there were none
    }
    const got = decodeMark(text, key, fileId);
    if (got === 'unverified') unverified = true;
    else if (got) mark = mark ? newer(mark, got) : got;
  }
  return { mark, check: mark ? 'ok' : unverified ? 'unverified' : 'none' };
}

/**
 * Write every copy: a temp file beside it, then a rename, so a copy is never half written.
 * `durable` adds an fsync (whole saves). After each change record it is left out: the mark
 * is written only once the vault's own fsyncs are done, so a crash can leave the mark
 * behind the vault (a rollback within those seconds goes unseen) but never ahead of it (no
 * false alarm); a copy left empty or cut short by a crash reads as no mark, not as tampering.
 * A copy that cannot be written is skipped: the change it follows is already saved.
 */
export async function writeMark(
  fs: VaultFs,
  paths: readonly string[],
  key: Buffer,
  fileId: Buffer,
  m: Mark,
  durable: boolean,
): Promise<void> {
  const text = Buffer.from(encodeMark(key, fileId, m), 'utf8');
  // the copies side by side: a save waits for the slower one, not for both in turn
  await Promise.all(paths.map((p) => writeOne(fs, p, text, durable)));
}

async function writeOne(fs: VaultFs, p: string, text: Buffer, durable: boolean): Promise<void> {
  const tmp = join(dirname(p), `.${basename(p)}.tmp`);
  try {
    let fh;
    try {
      fh = await fs.open(tmp, 'w', 0o600);
    } catch (e) {
      if (errno(e) !== 'ENOENT') throw e;
      await fs.mkdir(dirname(p), { recursive: true, mode: 0o700 });
      fh = await fs.open(tmp, 'w', 0o600);
    }
    try {
      await fh.write(text, 0, text.length, 0);
      if (durable) await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.rename(tmp, p);
  } catch {
    await fs.unlink(tmp).catch(() => undefined);
  }
}
