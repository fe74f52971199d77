import { Low } from 'lowdb';
import { basename, dirname, join } from 'node:path';
import { CompeerError } from '../../../shared/errors';
import { lossSentence } from '../../../shared/domain/vault-loss';
import {
  COLLECTION_NAMES,
  emptyDocument,
  integritySchema,
  type AcceptedLoss,
  type CollectionName,
  type LossCause,
  type VaultDocument,
} from '../../../shared/schema/document';
import { EncryptedAdapter, type Credential, type VaultKeys } from './adapter';
import { SaveStopped } from './whole-file';
import { listBackups, makeBackup, type BackupInfo } from './backups';
import { DEFAULT_KDF, type KdfParams } from './format';
import { validateInSlices } from '../../../shared/schema/migrations';
import { LAZY_COLLECTIONS, isLazyPending, parseLazyInSlices } from './body-codec';
import { errno, nodeFs, yieldToLoop, type VaultFs } from './fs-ops';
import { acquireLock } from './lock-file';
import { RecordIndex, applyOps, parseOp, type VaultOp } from './ops';
import { SerialQueue } from './serial-queue';

/** records checked between two turns of the event loop: 500 journal entries could hold it for 50 ms and more */
const VALIDATION_SLICE = 100;

export interface VaultOptions {
  fs?: VaultFs;
  /** open without taking the writer lock; every write is refused */
  readOnly?: boolean;
  now?: () => Date;
  /**
   * compact (write a fresh whole file) in the background once change records exceed this
   * many bytes; closing writes afresh only past this size too (a smaller tail stays as change
   * records, so a lock costs what is pending, not the size of the vault)
   */
  compactAfterBytes?: number;
  /** after this long without a save, change records are compacted in the background (0: never) */
  idleCompactMs?: number;
  /** told when something worth a warning happens while the vault is open (a failed whole save, an invalid record) */
  onProblem?: () => void;
  /** take over a writer lock another computer holds (IN_USE with details.foreign), once the user confirmed it is not in use there */
  takeOverLock?: boolean;
  /**
   * The app's data folder: one copy of the vault's high-water mark is kept in its `marks/`
   * (the other beside the backups), so an older copy of the vault put back is seen. Absent:
   * only the copy beside the backups.
   */
  dataDir?: string | null;
  /** false: keep no high-water mark (a backup opened to read or restore is not the vault) */
  marks?: boolean;
}

/** Saved changes the vault file lacks: it opens read-only until a backup is restored or the person accepts the loss. */
export interface VaultLoss {
  cause: LossCause;
  /** how many; null when it cannot be told */
  missing: number | null;
  /** the newest backup that holds every acknowledged change, if one does */
  backup: BackupInfo | null;
}

export interface CreateOptions extends VaultOptions {
  kdf?: KdfParams;
}

export interface VaultStatus {
  path: string;
  fileBytes: number;
  saveCounter: number;
  pendingRecords: number;
  kdf: KdfParams;
  /** 1: an older file format, rewritten in format 2 by the next whole save */
  formatLayout: 1 | 2;
  /** the newest backup is as new as the vault or newer: someone may have put an old copy back */
  possibleRollback: boolean;
  /** a change being written during a crash was dropped; it had not been saved */
  droppedTornRecord: boolean;
  /** saved changes that are not in the file any more (it was cut short or replaced by an older copy) */
  missingRecords: number;
  /** the file's count of saved changes could not be read, so a cut cannot be ruled out */
  commitUnreadable: boolean;
  /** the last whole save failed (the changes are safe as change records; it is retried) */
  compactionError: string | null;
  /** the background check found a record that does not match the schema (which, where) */
  invalidRecord: string | null;
  /** saved changes are missing (cut short, an older copy, an unreadable count): read-only until resolved */
  loss: VaultLoss | null;
  /** the high-water mark: 'ok' checked, 'none' not found (first use here), 'unverified' found but its seal does not verify, 'off' not kept */
  markCheck: 'ok' | 'none' | 'unverified' | 'off';
  /** each time the person chose to go on without missing changes (kept in the vault) */
  acceptedLosses: AcceptedLoss[];
}

/** What closing did: a whole save that failed is reported, not swallowed (the change records stay). */
export interface CloseReport {
  compactionError: string | null;
}

interface Pending {
  ops: VaultOp[];
  resolve: () => void;
  reject: (e: unknown) => void;
}

const DEFAULT_COMPACT_AFTER = 4 * 1024 * 1024;
const DEFAULT_IDLE_COMPACT_MS = 60_000;
/** below this size a whole save costs a few milliseconds: closing still folds the change records in */
const CHEAP_WHOLE_SAVE = 256 * 1024;

/**
 * An unlocked vault: the document in memory (lowdb), the keys, and the one writer.
 * Edits are appended as encrypted change records (group commit: edits that arrive while a
 * write is in flight share the next record and fsync). Once records grow past a threshold,
 * and on close, the whole document is written afresh with a backup of the file it replaces.
 */
export class Vault {
  private readonly queue = new SerialQueue();
  private pending: Pending[] = [];
  private flushing: Promise<void> | null = null;
  private compacting: Promise<void> | null = null;
  /** a background compaction gives way (stops between slices) once this is true */
  private compactionStop = false;
  private idleTimer: NodeJS.Timeout | null = null;
  private closing = false;
  private closed = false;
  private possibleRollback = false;
  /** saved changes missing from the file: writes are refused until a restore or the person's word */
  private loss: VaultLoss | null = null;
  private compactionError: string | null = null;
  /** the first record the background check found not valid */
  private invalidRecord: string | null = null;
  private validation: Promise<string | null> = Promise.resolve(null);
  private parsing: Promise<void> | null = null;
  private parseOver = false;
  private parseWaiters: (() => void)[] = [];
  private index: RecordIndex;
  private readonly appliedListeners = new Set<(ops: readonly VaultOp[]) => void>();

  private constructor(
    readonly path: string,
    private readonly db: Low<VaultDocument>,
    private readonly adapter: EncryptedAdapter,
    private readonly fs: VaultFs,
    private readonly release: (() => Promise<void>) | null,
    private readonly opts: VaultOptions,
  ) {
    this.index = new RecordIndex(db.data);
  }

  /** Create a new vault at `path`. Returns the vault and its recovery code, to show once. */
  static async create(path: string, passphrase: string, opts: CreateOptions = {}): Promise<{ vault: Vault; recoveryCode: string }> {
    const fs = opts.fs ?? nodeFs;
    await fs.mkdir(dirname(path), { recursive: true, mode: 0o700 }).catch(() => undefined);
    const release = await acquireLock(fs, path);
    try {
      if (await exists(fs, path)) throw new CompeerError('EXISTS', `There is already a vault at ${path}. Nothing was changed.`);
      const adapter = Vault.adapterFor(path, fs, null, opts);
      const doc = emptyDocument();
      const recoveryCode = await adapter.create(passphrase, opts.kdf ?? DEFAULT_KDF, doc);
      const db = new Low<VaultDocument>(adapter, doc);
      return { vault: new Vault(path, db, adapter, fs, release, opts), recoveryCode };
    } catch (e) {
      await release();
      throw e;
    }
  }

  static async open(path: string, passphrase: string, opts: VaultOptions = {}): Promise<Vault> {
    return Vault.openWith(path, { kind: 'passphrase', passphrase }, opts);
  }

  /**
   * Open with the recovery code. A new passphrase is required at once: the master key is
   * rotated and a new recovery code is issued (the one used stops working).
   */
  static async openWithRecoveryCode(
    path: string,
    code: string,
    newPassphrase: string,
    opts: CreateOptions & { acceptLoss?: boolean } = {},
  ) {
    const vault = await Vault.openWith(path, { kind: 'recovery', code }, opts);
    try {
      // the new passphrase writes the vault afresh: with changes missing, only on the person's word
      if (vault.loss) {
        if (!opts.acceptLoss) throw lossError(vault.loss);
        await vault.acceptLoss();
      }
      const recoveryCode = await vault.rekey(newPassphrase, opts.kdf);
      return { vault, recoveryCode };
    } catch (e) {
      await vault.close();
      throw e;
    }
  }

  private static async openWith(path: string, cred: Credential, opts: VaultOptions): Promise<Vault> {
    const fs = opts.fs ?? nodeFs;
    const release = opts.readOnly ? null : await acquireLock(fs, path, { takeOverForeign: opts.takeOverLock === true });
    const adapter = Vault.adapterFor(path, fs, cred, opts);
    try {
      if (release) await removeStaleTempFiles(fs, path);
      const db = new Low<VaultDocument>(adapter, emptyDocument());
      const data = await adapter.read();
      if (data === null) throw new CompeerError('NOT_FOUND', `There is no vault at ${path}.`);
      db.data = data;
      const vault = new Vault(path, db, adapter, fs, release, opts);
      const backups = await listBackups(fs, path);
      const newest = backups[0];
      // each whole save gets a counter above every backup's, so a vault whose counter is not
      // above its newest backup's is an older copy put back (or that backup itself)
      vault.possibleRollback = newest !== undefined && BigInt(newest.saveCounter) >= adapter.info().saveCounter;
      vault.loss = await lossOf(adapter, backups);
      // after unlock, not during it: the first slice waits for the next turn of the loop
      // Checked against the schema after unlock, in slices; a collection parsed on first use
      // (journal, notes) is checked when it is parsed, so unlocking never parses it early.
      const pending = (c: CollectionName) => isLazyPending(data, c);
      vault.validation = Promise.resolve(null);
      vault.checkLater(
        COLLECTION_NAMES.filter((c) => !pending(c)),
        true,
      );
      adapter.onLazyParsed = (name) => {
        vault.checkLater([name], false);
        vault.wakeParseWaiters();
      };
      // With changes missing nothing is written (not even the mark): only a restore or the
      // person's word ends it. Otherwise the mark is brought up to this file (first use here).
      if (release && !vault.loss) await adapter.refreshMark();
      // An older file format or schema version is rewritten in the current one before anything
      // is appended to it (change records are always in the version of the whole save before
      // them); the old file is kept in backups.
      if (release && !vault.loss && adapter.info().needsUpgrade) await vault.compact();
      return vault;
    } catch (e) {
      adapter.forget();
      await release?.();
      throw e;
    }
  }

  private static adapterFor(path: string, fs: VaultFs, cred: Credential | null, opts: VaultOptions) {
    const now = opts.now ?? (() => new Date());
    const marks = opts.marks === false ? null : { home: opts.dataDir ?? null };
    return new EncryptedAdapter(
      path,
      fs,
      cred,
      () => makeBackup(fs, path, now()),
      async (current) => {
        const newest = (await listBackups(fs, path))[0];
        const top = newest && BigInt(newest.saveCounter) > current ? BigInt(newest.saveCounter) : current;
        return top + 1n;
      },
      marks,
    );
  }

  /**
   * Be told of every batch of changes once it is saved and visible in `data` (the search
   * index follows the vault this way). Returns a function that stops the calls.
   */
  onApplied(cb: (ops: readonly VaultOp[]) => void): () => void {
    this.appliedListeners.add(cb);
    return () => this.appliedListeners.delete(cb);
  }

  /** The document. Read it; change it only through `apply`. */
  get data(): Readonly<VaultDocument> {
    this.assertOpen();
    return this.db.data;
  }

  get readOnly(): boolean {
    return this.release === null;
  }

  status(): VaultStatus {
    this.assertOpen();
    const info = this.adapter.info();
    return {
      path: this.path,
      fileBytes: info.fileBytes,
      saveCounter: Number(info.saveCounter),
      pendingRecords: info.records,
      kdf: info.kdf,
      formatLayout: info.layout,
      possibleRollback: this.possibleRollback,
      droppedTornRecord: info.droppedTornRecord,
      missingRecords: info.missingRecords,
      commitUnreadable: info.commitUnreadable,
      compactionError: this.compactionError,
      invalidRecord: this.invalidRecord,
      loss: this.loss,
      markCheck: info.markCheck,
      acceptedLosses: acceptedLossesOf(this.db.data),
    };
  }

  /** Saved changes are missing and the person has not chosen yet: every write is refused. */
  get lossPending(): boolean {
    return this.loss !== null;
  }

  /**
   * Go on without the saved changes that are missing, on the person's word: the choice is
   * recorded in the vault (day, count, cause) and the vault is written afresh with it, after
   * the file as it was is copied into backups; the high-water mark moves past the loss.
   */
  async acceptLoss(now: Date = this.opts.now?.() ?? new Date()): Promise<AcceptedLoss> {
    this.assertOpen();
    if (this.readOnly) throw new CompeerError('FORBIDDEN', 'This vault was opened read-only.');
    const loss = this.loss;
    if (!loss) throw new CompeerError('INVALID_INPUT', 'No saved changes are missing from this vault; nothing was changed.');
    await this.flush();
    const accepted: AcceptedLoss = { on: now.toISOString(), missing: loss.missing, cause: loss.cause };
    await this.queue.run(async () => {
      const doc = this.db.data;
      const before = doc.integrity;
      doc.integrity = { acceptedLosses: [...acceptedLossesOf(doc), accepted].slice(-100) };
      try {
        await this.db.write();
      } catch (e) {
        doc.integrity = before;
        throw e;
      }
    });
    this.loss = null;
    this.possibleRollback = false;
    return accepted;
  }

  /** Queue a check of these collections (and the single objects) after what is queued already. */
  private checkLater(collections: readonly CollectionName[], singletons: boolean): void {
    const doc = this.db.data;
    this.validation = this.validation
      .then(
        (earlier) =>
          earlier ??
          (this.closed
            ? null
            : yieldToLoop().then(() =>
                validateInSlices(doc, yieldToLoop, () => this.closed, VALIDATION_SLICE, { collections, singletons }),
              )),
      )
      .then((problem) => {
        if (problem && !this.invalidRecord) {
          this.invalidRecord = problem;
          this.opts.onProblem?.();
        }
        return problem;
      })
      .catch((e: unknown) => String(e));
  }

  /**
   * Parse the collections left for their first read (interactions, journal, notes) in slices
   * of a few milliseconds, so no call waits behind one long parse; started once, at the first
   * ask. Resolves when all are parsed (or the vault closes). A damaged list is not thrown
   * here: its first read says so, as before.
   */
  async whenParsed(names: readonly CollectionName[] = [...LAZY_COLLECTIONS]): Promise<void> {
    if (this.closed) return;
    this.parsing ??= parseLazyInSlices(this.db.data, yieldToLoop, { stopped: () => this.closed })
      .catch(() => undefined)
      .finally(() => {
        this.parseOver = true;
        this.wakeParseWaiters();
      });
    while (!this.closed && !this.parseOver && names.some((c) => isLazyPending(this.db.data, c))) {
      await new Promise<void>((r) => this.parseWaiters.push(r));
    }
  }

  private wakeParseWaiters(): void {
    for (const r of this.parseWaiters.splice(0)) r();
  }

  /**
   * Every record checked against the schema (started at unlock, in slices so it never blocks;
   * journal and notes are parsed now, in slices too, if they were not yet). Throws DAMAGED naming the first
   * invalid record.
   */
  async validate(): Promise<void> {
    await this.whenParsed();
    // one the sliced parse could not read is read here, to say what is wrong with it
    for (const c of LAZY_COLLECTIONS) if (isLazyPending(this.data, c)) void this.data[c].length;
    const problem = await this.validation;
    if (problem) throw new CompeerError('DAMAGED', `The vault decrypted but a record is not valid (${problem}). Nothing was changed.`);
  }

  counts(): Record<CollectionName, number> {
    const d = this.data;
    return Object.fromEntries(COLLECTION_NAMES.map((c) => [c, d[c].length])) as Record<CollectionName, number>;
  }

  /**
   * Validate and save a batch of changes. Resolves once they are on disk (fsynced); only then
   * are they visible in `data`. If the save fails, nothing changes in memory either.
   */
  async apply(rawOps: readonly unknown[]): Promise<void> {
    this.assertWritable();
    const ops = rawOps.map(parseOp);
    // an edit never waits behind a background whole save: it stops and is tried again later
    if (this.compacting) this.compactionStop = true;
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ ops, resolve, reject });
      this.startFlushing();
    });
  }

  private startFlushing(): void {
    this.flushing ??= this.flushLoop().finally(() => {
      this.flushing = null;
      // a change pushed after the loop's last look but before this ran would wait forever
      if (this.pending.length > 0) this.startFlushing();
    });
  }

  private async flushLoop(): Promise<void> {
    while (this.pending.length > 0) {
      await this.queue.run(async () => {
        const batch = this.pending.splice(0);
        const ops = batch.flatMap((b) => b.ops);
        try {
          await this.adapter.append(ops);
          applyOps(this.db.data, ops, this.index);
          // the changes are saved: a listener's failure must not report them as failed
          for (const l of this.appliedListeners) {
            try {
              l(ops);
            } catch {
              /* the listener's own state is its concern */
            }
          }
          for (const b of batch) b.resolve();
        } catch (e) {
          for (const b of batch) b.reject(e);
        }
      });
      if (this.tailIsLarge()) this.compactSoon();
    }
    this.compactWhenIdle();
  }

  private tailIsLarge(): boolean {
    return this.adapter.info().recordBytes > (this.opts.compactAfterBytes ?? DEFAULT_COMPACT_AFTER);
  }

  /** Once no save came for a while, fold the change records into a whole save in the background. */
  private compactWhenIdle(): void {
    const wait = this.opts.idleCompactMs ?? DEFAULT_IDLE_COMPACT_MS;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (wait <= 0 || this.closed || this.closing || this.adapter.info().records === 0) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.closed || this.closing || this.flushing || this.pending.length > 0 || this.adapter.info().records === 0) return;
      this.compactSoon();
    }, wait);
    // a timer alone never keeps a process (the command-line tool) running
    this.idleTimer.unref();
  }

  /**
   * Start a compaction in the background unless one is running. A failure loses nothing (the
   * change records stay) but is not silent: status() reports it, and the next save or the
   * close tries again.
   */
  private compactSoon(): void {
    if (this.compacting || this.readOnly || this.loss) return;
    this.compactionStop = false;
    this.compacting = this.compact(() => this.compactionStop || this.closing)
      .then(
        () => {
          this.compactionError = null;
        },
        (e: unknown) => {
          // it gave way to an edit or to the lock: nothing failed, the records stay; try later
          if (e instanceof SaveStopped) {
            if (!this.closing) this.compactWhenIdle();
            return;
          }
          const first = this.compactionError === null;
          this.compactionError = e instanceof Error ? e.message : 'the whole save failed';
          if (first) this.opts.onProblem?.();
        },
      )
      .finally(() => {
        this.compacting = null;
      });
  }

  /** Wait until every change so far is on disk. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    await this.queue.idle();
  }

  /**
   * Write the whole document as a fresh file (backing up the old one). `stop`, asked between
   * slices until the new file replaces the old, makes it give up (SaveStopped) with nothing
   * changed: a background compaction gives way to an edit or to the lock this way.
   */
  async compact(stop?: () => boolean): Promise<void> {
    this.assertWritable();
    await this.flush();
    await this.queue.run(() => (stop ? this.adapter.write(this.db.data, stop) : this.db.write()));
  }

  /**
   * Replace the whole document (restoring a backup's contents) under this vault's own keys,
   * so the current passphrase and recovery code keep working; the file it replaces is
   * backed up first.
   */
  async replaceContents(doc: VaultDocument): Promise<void> {
    // the way back from missing changes: allowed while the vault waits for that choice
    this.assertWritable(true);
    await this.flush();
    await this.compacting;
    await this.queue.run(async () => {
      await this.adapter.write(doc);
      this.db.data = doc;
      this.index = new RecordIndex(doc);
      // the new document's unparsed collections get their own sliced parse
      this.parsing = null;
      this.parseOver = false;
    });
    this.loss = null;
    this.possibleRollback = false;
  }

  /** Change the passphrase: a new master key and a new recovery code; old ones stop working. */
  async changePassphrase(current: string, next: string, kdf?: KdfParams): Promise<string> {
    this.assertWritable();
    await this.adapter.checkCredential({ kind: 'passphrase', passphrase: current });
    return this.rekey(next, kdf);
  }

  private async rekey(next: string, kdf?: KdfParams): Promise<string> {
    await this.flush();
    return this.queue.run(() => this.adapter.rekey(next, kdf ?? this.adapter.info().kdf, this.db.data));
  }

  async listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.fs, this.path);
  }

  /** Check that a backup opens with this passphrase, without changing anything. */
  static async checkBackup(vaultPath: string, backupName: string, passphrase: string, opts: VaultOptions = {}): Promise<void> {
    const backup = await findBackupIn(opts.fs ?? nodeFs, vaultPath, backupName);
    const v = await Vault.open(backup.path, passphrase, { ...opts, readOnly: true, marks: false });
    await v.close();
  }

  /** The backups of a vault that is not open (for example one that cannot be read). */
  static listBackupsOf(path: string, opts: VaultOptions = {}): Promise<BackupInfo[]> {
    return listBackups(opts.fs ?? nodeFs, path);
  }

  /**
   * Save what is pending, release the lock and drop the keys and the document from memory.
   * Safe to call twice. What is pending is already on disk as change records, so closing
   * writes only those: a background whole save under way gives up, and the vault is written
   * afresh here only when that is cheap (a small vault), when the change records have grown
   * large, or when the file is in an older format. A whole save that fails is reported (the change records keep every change; the
   * next open tries again).
   */
  async close(): Promise<CloseReport> {
    const report: CloseReport = { compactionError: null };
    if (this.closed) return report;
    this.closing = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    try {
      // with changes missing nothing is written: the next open finds the file as it was
      if (!this.readOnly && !this.loss) {
        await this.flush();
        await this.compacting;
        const info = this.adapter.info();
        const cheap = info.fileBytes - info.recordBytes <= CHEAP_WHOLE_SAVE;
        if ((info.records > 0 && (cheap || this.tailIsLarge())) || info.needsUpgrade) {
          await this.compact().catch((e: unknown) => {
            report.compactionError = e instanceof Error ? e.message : 'the whole save failed';
          });
        }
      }
    } finally {
      this.closed = true;
      this.wakeParseWaiters();
      this.adapter.forget();
      this.db.data = null as unknown as VaultDocument;
      this.appliedListeners.clear();
      await this.release?.();
    }
    return report;
  }

  private assertOpen(): void {
    if (this.closed) throw new CompeerError('LOCKED', 'The vault is locked.');
  }

  private assertWritable(evenWithLoss = false): void {
    this.assertOpen();
    if (this.readOnly) throw new CompeerError('FORBIDDEN', 'This vault was opened read-only.');
    if (this.loss && !evenWithLoss) throw lossError(this.loss);
  }

  /**
   * Restore a backup into the vault at `vaultPath`: open the backup (with `backupPassphrase`,
   * or `passphrase` when it is the same), then write its contents as the vault, after backing
   * up the current file so the restore can be undone. The contents are written under the
   * current vault's keys (opened with `passphrase`), so a backup made before a passphrase
   * change does not bring the old passphrase and recovery code back; only when the current
   * file cannot be read at all are the backup's own keys kept, and the result says so.
   */
  static async restoreBackup(
    vaultPath: string,
    backupName: string,
    passphrase: string,
    opts: VaultOptions & { backupPassphrase?: string } = {},
  ): Promise<{ keys: 'current' | 'backup' }> {
    const fs = opts.fs ?? nodeFs;
    const backup = await findBackupIn(fs, vaultPath, backupName);
    const release = await acquireLock(fs, vaultPath, { takeOverForeign: opts.takeOverLock === true });
    try {
      const source = await openBackupFile(backup, opts.backupPassphrase ?? passphrase, opts);
      try {
        let keys: VaultKeys;
        let which: 'current' | 'backup' = 'current';
        try {
          keys = await EncryptedAdapter.readKeys(fs, vaultPath, passphrase);
        } catch (e) {
          if (!(e instanceof CompeerError) || (e.code !== 'DAMAGED' && e.code !== 'NOT_FOUND')) {
            if (e instanceof CompeerError && e.code === 'WRONG_PASSPHRASE') {
              throw new CompeerError(
                'WRONG_PASSPHRASE',
                'That is not the passphrase of your current vault, which the restored contents will open with. Nothing was changed.',
              );
            }
            throw e;
          }
          // the current file cannot be read: the backup comes back with its own keys
          keys = source.adapter.keys();
          which = 'backup';
        }
        const target = Vault.adapterFor(vaultPath, fs, null, opts);
        try {
          await target.writeWithKeys(keys, source.db.data);
        } finally {
          keys.mk.fill(0);
          keys.dek.fill(0);
          target.forget();
        }
        return { keys: which };
      } finally {
        await source.close();
      }
    } finally {
      await release();
    }
  }

  /** Open a backup of this vault read-only, to restore its contents into it with replaceContents. */
  async openBackup(backupName: string, passphrase: string): Promise<Vault> {
    return openBackupFile(await findBackupIn(this.fs, this.path, backupName), passphrase, this.opts);
  }

  /** Check that `passphrase` (or a recovery code) opens this vault as it is now (nothing is written). */
  async checkCredential(cred: Credential): Promise<void> {
    this.assertOpen();
    await this.adapter.checkCredential(cred);
  }
}

/** The refusal of a write while saved changes are missing (the CLI says more: the backups and --accept-loss). */
export function lossError(loss: VaultLoss): CompeerError {
  return new CompeerError(
    'CHANGES_MISSING',
    `${lossSentence(loss)} Compeer opened it read-only: restore a backup, or choose to go on without them. Nothing was changed.`,
    { details: { missing: loss.missing ?? -1, cause: loss.cause } },
  );
}

async function lossOf(adapter: EncryptedAdapter, backups: BackupInfo[]): Promise<VaultLoss | null> {
  const info = adapter.info();
  const cause: LossCause | null =
    info.missingRecords > 0 ? 'cut' : info.markMissing !== 0 ? 'rollback' : info.commitUnreadable ? 'count-unreadable' : null;
  if (!cause) return null;
  const missing = cause === 'count-unreadable' || info.markMissing === null ? null : Math.max(info.missingRecords, info.markMissing);
  return { cause, missing, backup: await adapter.backupHoldingAll(backups) };
}

/** The recorded choices to go on without missing changes (an unreadable record reads as none). */
function acceptedLossesOf(doc: VaultDocument): AcceptedLoss[] {
  if (doc.integrity === undefined) return [];
  const parsed = integritySchema.safeParse(doc.integrity);
  return parsed.success ? parsed.data.acceptedLosses : [];
}

function openBackupFile(backup: BackupInfo, passphrase: string, opts: VaultOptions): Promise<Vault> {
  return Vault.open(backup.path, passphrase, { ...opts, readOnly: true, marks: false }).catch((e: unknown) => {
    if (e instanceof CompeerError && e.code === 'WRONG_PASSPHRASE') {
      throw new CompeerError(
        'WRONG_PASSPHRASE',
        "That passphrase does not open this backup. If it was made before you changed your passphrase, give the passphrase you had then as the backup's passphrase. Nothing was changed.",
      );
    }
    throw e;
  });
}

/** Temp files left by a save that crashed before its rename: never the vault, safe to remove. */
async function findBackupIn(fs: VaultFs, vaultPath: string, backupName: string): Promise<BackupInfo> {
  const backup = (await listBackups(fs, vaultPath)).find((b) => b.name === basename(backupName));
  if (!backup) throw new CompeerError('NOT_FOUND', `There is no backup named ${basename(backupName)}.`);
  return backup;
}

async function removeStaleTempFiles(fs: VaultFs, path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  const names = await fs.readdir(dirname(path)).catch(() => [] as string[]);
  for (const n of names) {
    if (n.startsWith(prefix) && n.endsWith('.tmp')) await fs.unlink(join(dirname(path), n)).catch(() => undefined);
  }
}

async function exists(fs: VaultFs, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch (e) {
    if (errno(e) === 'ENOENT') return false;
    throw e;
  }
}

export type { VaultOp };
