import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { threadId } from 'node:worker_threads';
import { z } from 'zod';
import { errno } from './fs-ops';
import { isProbeAddress, probeAlive } from './lock-probe';

/**
 * Who holds a vault's writer lock, and whether they still run. A lock file (version 2) is
 * one JSON object written whole before it appears (see lock-file.ts):
 *
 *   { "app": "compeer", "lock": 2, "nonce": 32 hex, "pid", "host", "thread",
 *     "boot": ms, "bootId"?, "start"?, "probe"?, "since": ISO time }
 *
 * `nonce` is fresh for every file a taker writes, so "is this still the lock I read?" is a
 * string compare. `boot` (this computer's boot time, from os.uptime) and, on Linux, `bootId`
 * and `start` (the process's start time in clock ticks since boot) tell a live holder from
 * a process that merely got the same pid after a crash or a reboot. `thread` and `probe`
 * tell apart the threads of one process (lock-probe.ts).
 */
export const LockRecordSchema = z.object({
  app: z.literal('compeer'),
  lock: z.literal(2),
  nonce: z.string().regex(/^[0-9a-f]{32}$/),
  pid: z.number().int().positive(),
  host: z.string().max(255),
  thread: z.number().int().nonnegative(),
  boot: z.number().finite(),
  bootId: z.string().max(64).optional(),
  start: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
  probe: z.string().max(200).optional(),
  since: z.string().max(40),
});
export type LockRecord = z.infer<typeof LockRecordSchema>;

/** What Compeer wrote before lock version 2: no nonce, no boot time. */
const LegacyRecordSchema = z.object({ pid: z.number().int().positive(), host: z.string().max(255), since: z.string().max(40).optional() });

/** A lock file as read: its holder (if it parses) and an id that changes whenever the file is replaced. */
export type SeenLock =
  | { kind: 'record'; id: string; record: LockRecord }
  | { kind: 'legacy'; id: string; pid: number; host: string; since?: string }
  | { kind: 'unreadable'; id: string; ageMs: number };

/** live: a running holder; stale: its holder is gone; foreign: another computer's; busy: being written right now. */
export type Verdict = 'live' | 'stale' | 'foreign' | 'busy';

/** A lock that cannot be read (cut short, or being written without hard links) is stale only once this old. */
export const UNREADABLE_STALE_MS = 10_000;
/** Without an exact boot id, boot times this far apart mean a reboot (clocks are adjusted now and then). */
const BOOT_SLACK_MS = 10 * 60_000;

const LINUX = process.platform === 'linux';

/** Linux: /proc/<pid>/stat field 22, the start time in clock ticks since boot. */
async function startTicks(pid: number | 'self'): Promise<string | undefined> {
  if (!LINUX) return undefined;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // the command name (field 2) is in parentheses and may hold spaces: count from after it
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

async function readBootId(): Promise<string | undefined> {
  if (!LINUX) return undefined;
  return (await readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => '')).trim() || undefined;
}

let self: Promise<{ bootId?: string; start?: string }> | null = null;
const selfInfo = () => (self ??= Promise.all([readBootId(), startTicks('self')]).then(([bootId, start]) => ({ bootId, start })));

const bootTime = () => Math.round(Date.now() - uptime() * 1000);

export const newNonce = () => randomBytes(16).toString('hex');

/** A fresh record for this process and thread. */
export async function makeRecord(probe: string | undefined, now: Date): Promise<LockRecord> {
  const { bootId, start } = await selfInfo();
  return {
    app: 'compeer',
    lock: 2,
    nonce: newNonce(),
    pid: process.pid,
    host: hostname(),
    thread: threadId,
    boot: bootTime(),
    ...(bootId ? { bootId } : {}),
    ...(start ? { start } : {}),
    ...(probe ? { probe } : {}),
    since: now.toISOString(),
  };
}

/** Parse a lock file's bytes; `ino` and `mtimeMs` make the id of a file that does not parse. */
export function parseLock(bytes: Buffer, stat: { ino: number; mtimeMs: number }, nowMs: number): SeenLock {
  let json: unknown = null;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    // cut short or being written: judged by its age below
  }
  const v2 = LockRecordSchema.safeParse(json);
  if (v2.success) return { kind: 'record', id: v2.data.nonce, record: v2.data };
  const id = createHash('sha256').update(bytes).update(`\0${stat.ino}\0${stat.mtimeMs}`).digest('hex').slice(0, 32);
  const v1 = LegacyRecordSchema.safeParse(json);
  if (v1.success) return { kind: 'legacy', id, ...v1.data };
  return { kind: 'unreadable', id, ageMs: nowMs - stat.mtimeMs };
}

const running = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errno(e) === 'EPERM';
  }
};

async function sameBoot(r: LockRecord): Promise<boolean> {
  const { bootId } = await selfInfo();
  if (r.bootId && bootId) return r.bootId === bootId;
  // a reboot moves the boot time forward; an earlier-looking boot is a clock change, not a reboot
  return bootTime() - r.boot <= BOOT_SLACK_MS;
}

/** Is the holder of this lock still running? Never says stale on a guess. */
export async function judge(seen: SeenLock): Promise<Verdict> {
  // (a clock set differently on another computer can put the time ahead: far off either way is old)
  if (seen.kind === 'unreadable') return Math.abs(seen.ageMs) < UNREADABLE_STALE_MS ? 'busy' : 'stale';
  if (seen.kind === 'legacy') {
    if (seen.host !== hostname()) return 'foreign';
    // this process never writes the old format: a legacy lock with our pid is a reused pid
    return seen.pid !== process.pid && running(seen.pid) ? 'live' : 'stale';
  }
  const r = seen.record;
  if (r.host !== hostname()) return 'foreign';
  if (!(await sameBoot(r))) return 'stale';
  if (r.pid === process.pid) {
    const { start } = await selfInfo();
    if (r.start && start && r.start !== start) return 'stale';
    // another thread of this process, or one that ended (a crashed worker): ask its probe
    if (!r.probe || !isProbeAddress(r.probe)) return 'live';
    return (await probeAlive(r.probe)) ? 'live' : 'stale';
  }
  if (!running(r.pid)) return 'stale';
  if (r.start) {
    const now = await startTicks(r.pid);
    if (now && now !== r.start) return 'stale';
  }
  return 'live';
}
