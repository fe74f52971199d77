import { randomBytes } from 'node:crypto';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Vault, type VaultOptions } from '../vault/vault';
import { parseOp, type VaultOp } from '../vault/ops';
import { diffOps, opKey, opValue } from './diff';
import type { Derive } from './folder';
import type { Conflict } from './merge';
import { SharedVault } from './shared-vault';

export type SharedCredential = { kind: 'passphrase'; passphrase: string } | { kind: 'recovery'; code: string; newPassphrase: string };

export interface WorkingCopyOptions {
  /** this device's data folder: its identity, its own copy of its log, and the working copy */
  home: string;
  /** this device's name, for a device that has none yet (one named before keeps its name) */
  deviceName?: string;
  /** the working copy's options (how it reports problems); it never keeps a high-water mark */
  vaultOptions?: VaultOptions;
  derive?: Derive;
  /** told when sending this device's changes to the shared folder fails, or works again */
  onProblem?: () => void;
}

/** Working copies of sessions that ended without their lock (a crash): removed when the vault opens again. */
const WORK = 'work-';
/** A working copy whose changes could not be sent when it locked: kept (encrypted), never removed by an open. */
const UNSENT = 'unsent-';

/**
 * A shared vault as the app holds it while unlocked: an ordinary encrypted Vault, a working
 * copy of the merged document in this device's data folder (every screen reads and writes it
 * as it would a vault file), whose every saved change is sent to the shared vault as this
 * device's changes. Sending is serialised; a change that cannot be sent stays in the working
 * copy and in the list to send, and is tried again with the next one and when it locks.
 * Changes other devices made come in through `sync()`; they are not sent back.
 */
export class SharedWorkingCopy {
  /** saved in the working copy, not yet in the shared vault */
  private outbox: VaultOp[] = [];
  /** per record, what `pull` wrote into the working copy: not this device's change, not to send */
  private readonly echo = new Map<string, string[]>();
  private queue: Promise<unknown> = Promise.resolve();
  private sendProblem: string | null = null;
  private readonly unfollow: () => void;
  private closed = false;

  private constructor(
    readonly shared: SharedVault,
    readonly vault: Vault,
    private readonly dir: string,
    private readonly opts: WorkingCopyOptions,
  ) {
    this.unfollow = vault.onApplied((ops) => {
      for (const op of ops) {
        const pulled = this.echo.get(opKey(op));
        const i = pulled ? pulled.indexOf(opValue(op)) : -1;
        if (i >= 0) {
          pulled!.splice(i, 1);
          continue;
        }
        this.outbox.push(op);
      }
      if (this.outbox.length > 0) void this.serial(() => this.send());
    });
  }

  /** Open the shared vault in `folder` and make this session's working copy of it. */
  static async open(folder: string, cred: SharedCredential, opts: WorkingCopyOptions): Promise<SharedWorkingCopy> {
    // a device that has a name keeps it (it may have been given on the command line)
    const named = await stat(join(opts.home, 'sync', 'device.json')).then(
      () => true,
      () => false,
    );
    const so = { home: opts.home, deviceName: named ? undefined : opts.deviceName, derive: opts.derive, lock: true };
    const shared =
      cred.kind === 'passphrase'
        ? await SharedVault.open(folder, cred.passphrase, so)
        : await SharedVault.openWithRecoveryCode(folder, cred.code, cred.newPassphrase, so);
    const passphrase = cred.kind === 'passphrase' ? cred.passphrase : cred.newPassphrase;
    try {
      // this device's writer lock is held: any working copy left here is a crashed session's
      for (const n of await readdir(shared.local).catch(() => [] as string[])) {
        if (n.startsWith(WORK)) await rm(join(shared.local, n), { recursive: true, force: true });
      }
      const dir = join(shared.local, `${WORK}${randomBytes(6).toString('hex')}`);
      const { vault } = await Vault.create(join(dir, 'vault.compeer'), passphrase, {
        ...opts.vaultOptions,
        kdf: shared.kdf,
        marks: false,
        dataDir: null,
      });
      try {
        // a copy: the working copy's document is changed in place, the shared vault's must not be
        await vault.replaceContents(structuredClone(shared.data));
      } catch (e) {
        await vault.close().catch(() => undefined);
        await rm(dir, { recursive: true, force: true });
        throw e;
      }
      return new SharedWorkingCopy(shared, vault, dir, opts);
    } catch (e) {
      await shared.close().catch(() => undefined);
      throw e;
    }
  }

  /** Why this device's latest changes could not be sent to the shared folder (they are kept and tried again), or null. */
  get problem(): string | null {
    return this.sendProblem;
  }

  private serial<T>(f: () => Promise<T>): Promise<T> {
    const run = this.queue.then(f, f);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async send(): Promise<void> {
    if (this.outbox.length === 0) return;
    const ops = this.outbox.slice();
    const was = this.sendProblem;
    try {
      await this.shared.apply(ops);
      // only those sent: changes saved meanwhile were appended behind them
      this.outbox.splice(0, ops.length);
      this.sendProblem = null;
    } catch (e) {
      this.sendProblem = e instanceof Error ? e.message : 'the shared folder could not be written';
    }
    if (was !== this.sendProblem) this.opts.onProblem?.();
  }

  /** Bring what the shared vault holds into the working copy, except records with changes not sent yet. */
  private async pull(): Promise<boolean> {
    const unsent = new Set(this.outbox.map(opKey));
    const ops = diffOps(this.vault.data, this.shared.data)
      .filter((op) => !unsent.has(opKey(op)))
      .map(parseOp);
    if (ops.length === 0) return false;
    for (const op of ops) {
      const k = opKey(op);
      this.echo.set(k, [...(this.echo.get(k) ?? []), opValue(op)]);
    }
    try {
      await this.vault.apply(ops);
    } finally {
      this.echo.clear();
    }
    return true;
  }

  /**
   * Send what is waiting, take in what other devices wrote (the sync tool may have brought
   * more) and bring it into the working copy. True when the working copy changed.
   */
  async sync(): Promise<boolean> {
    if (this.closed) return false;
    return this.serial(async () => {
      if (this.closed) return false;
      // every change saved so far has reached the list to send
      await this.vault.flush();
      await this.send();
      await this.shared.refresh();
      return this.pull();
    });
  }

  /** The versions of a change made on two devices at once, newest first. */
  versions(c: Conflict) {
    return this.shared.versions(c);
  }

  /** Settle a conflict in the shared vault, then show the choice in the working copy. */
  async resolve(c: Conflict, choice: number | 'keep' | 'delete'): Promise<void> {
    await this.serial(async () => {
      await this.vault.flush();
      await this.send();
      await this.shared.resolve(c, choice);
      await this.pull();
    });
  }

  /** A new passphrase for every device (the shared key file), and for this session's working copy. */
  async changePassphrase(current: string, next: string): Promise<void> {
    await this.serial(async () => {
      await this.shared.changePassphrase(current, next);
      await this.vault.changePassphrase(current, next);
    });
  }

  /**
   * Send what is waiting (a last try for what failed), then close and remove the working copy
   * and close the shared vault. A working copy whose changes still could not be sent is kept,
   * encrypted, and said so.
   */
  async close(): Promise<{ unsent: string | null }> {
    if (this.closed) return { unsent: null };
    this.closed = true;
    let unsent: string | null = null;
    try {
      await this.serial(async () => {
        await this.vault.flush();
        await this.send();
      });
      this.unfollow();
      await this.vault.close();
      if (this.outbox.length === 0) await rm(this.dir, { recursive: true, force: true });
      else {
        const kept = join(this.shared.local, `${UNSENT}${new Date().toISOString().replace(/[:.]/g, '-')}`);
        await rename(this.dir, kept);
        unsent = `${this.outbox.length} change${this.outbox.length === 1 ? '' : 's'} made here could not be written to the shared folder (${this.sendProblem ?? 'it could not be written'}); they are kept, encrypted, in ${kept}.`;
      }
    } finally {
      await this.shared.close();
    }
    return { unsent };
  }
}
