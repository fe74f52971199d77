import { Low } from 'lowdb';
import { basename, dirname, join } from 'node:path';
import { CompeerError } from '../../../shared/errors';
import { COLLECTION_NAMES, emptyDocument, type CollectionName, type VaultDocument } from '../../../shared/schema/document';
import { EncryptedAdapter } from './adapter';
import { listBackups, makeBackup, type BackupInfo } from './backups';
import { DEFAULT_KDF, type KdfParams } from './format';
import { validateInSlices } from '../../../shared/schema/migrations';
import { errno, nodeFs, yieldToLoop, type VaultFs } from './fs-ops';
import { acquireLock } from './lock-file';
import { parseOp, applyOps, type VaultOp } from './ops';
import { SerialQueue } from './serial-queue';

export interface VaultOptions {
  fs?: VaultFs;
  /** open without taking the writer lock; every write is refused */
  readOnly?: boolean;
  now?: () => Date;
  /** compact (write a fresh whole file) once change records exceed this many bytes */
  compactAfterBytes?: number;
  /** take over a writer lock another computer holds (IN_USE with details.foreign), once the user confirmed it is not in use there */
  takeOverLock?: boolean;
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
  /** the newest backup is newer than the vault: someone may have put an old file back */
  possibleRollback: boolean;
  /** a change being written during a crash was dropped; it had not been saved */
  droppedTornRecord: boolean;
}

interface Pending {
  ops: VaultOp[];
  resolve: () => void;
  reject: (e: unknown) => void;
}

const DEFAULT_COMPACT_AFTER = 4 * 1024 * 1024;

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
  private closed = false;
  private possibleRollback = false;
  private validation: Promise<string | null> = Promise.resolve(null);

  private constructor(
    readonly path: string,
    private readonly db: Low<VaultDocument>,
    private readonly adapter: EncryptedAdapter,
    private readonly fs: VaultFs,
    private readonly release: (() => Promise<void>) | null,
    private readonly opts: VaultOptions,
  ) {}

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
  static async openWithRecoveryCode(path: string, code: string, newPassphrase: string, opts: CreateOptions = {}) {
    const vault = await Vault.openWith(path, { kind: 'recovery', code }, opts);
    try {
      const recoveryCode = await vault.rekey(newPassphrase, opts.kdf);
      return { vault, recoveryCode };
    } catch (e) {
      await vault.close();
      throw e;
    }
  }

  private static async openWith(path: string, cred: ConstructorParameters<typeof EncryptedAdapter>[2], opts: VaultOptions): Promise<Vault> {
    const fs = opts.fs ?? nodeFs;
    const release = opts.readOnly ? null : await acquireLock(fs, path, { takeOverForeign: opts.takeOverLock === true });
    try {
      if (release) await removeStaleTempFiles(fs, path);
      const adapter = Vault.adapterFor(path, fs, cred, opts);
      const db = new Low<VaultDocument>(adapter, emptyDocument());
      const data = await adapter.read();
      if (data === null) throw new CompeerError('NOT_FOUND', `There is no vault at ${path}.`);
      db.data = data;
      const vault = new Vault(path, db, adapter, fs, release, opts);
      const newest = (await listBackups(fs, path))[0];
      vault.possibleRollback = newest !== undefined && BigInt(newest.saveCounter) > adapter.info().saveCounter;
      // after unlock, not during it: the first slice waits for the next turn of the loop
      vault.validation = yieldToLoop()
        .then(() => (vault.closed ? null : validateInSlices(data, yieldToLoop, () => vault.closed)))
        .catch((e: unknown) => String(e));
      return vault;
    } catch (e) {
      await release?.();
      throw e;
    }
  }

  private static adapterFor(path: string, fs: VaultFs, cred: ConstructorParameters<typeof EncryptedAdapter>[2], opts: VaultOptions) {
    const now = opts.now ?? (() => new Date());
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
    );
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
      possibleRollback: this.possibleRollback,
      droppedTornRecord: info.droppedTornRecord,
    };
  }

  /**
   * Every record checked against the schema (started at unlock, in slices so it never blocks).
   * Throws DAMAGED naming the first invalid record.
   */
  async validate(): Promise<void> {
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
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ ops, resolve, reject });
      this.flushing ??= this.flushLoop().finally(() => {
        this.flushing = null;
      });
    });
  }

  private async flushLoop(): Promise<void> {
    while (this.pending.length > 0) {
      await this.queue.run(async () => {
        const batch = this.pending.splice(0);
        const ops = batch.flatMap((b) => b.ops);
        try {
          await this.adapter.append(ops);
          applyOps(this.db.data, ops);
          for (const b of batch) b.resolve();
        } catch (e) {
          for (const b of batch) b.reject(e);
        }
      });
      if (this.adapter.info().recordBytes > (this.opts.compactAfterBytes ?? DEFAULT_COMPACT_AFTER)) this.compactSoon();
    }
  }

  /** Start a compaction in the background unless one is running. Failure is harmless: the records stay. */
  private compactSoon(): void {
    this.compacting ??= this.compact()
      .catch(() => undefined)
      .finally(() => {
        this.compacting = null;
      });
  }

  /** Wait until every change so far is on disk. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    await this.queue.idle();
  }

  /** Write the whole document as a fresh file (backing up the old one). */
  async compact(): Promise<void> {
    this.assertWritable();
    await this.flush();
    await this.queue.run(() => this.db.write());
  }

  /** Change the passphrase: a new master key and a new recovery code; old ones stop working. */
  async changePassphrase(current: string, next: string, kdf?: KdfParams): Promise<string> {
    this.assertWritable();
    await this.adapter.checkPassphrase(current);
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
    const v = await Vault.open(backup.path, passphrase, { ...opts, readOnly: true });
    await v.close();
  }

  /** The backups of a vault that is not open (for example one that cannot be read). */
  static listBackupsOf(path: string, opts: VaultOptions = {}): Promise<BackupInfo[]> {
    return listBackups(opts.fs ?? nodeFs, path);
  }

  /**
   * Save what is pending, compact if there are change records, release the lock and drop
   * the keys and the document from memory. Safe to call twice.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    try {
      if (!this.readOnly) {
        await this.flush();
        await this.compacting;
        if (this.adapter.info().records > 0) await this.compact().catch(() => undefined);
      }
    } finally {
      this.closed = true;
      this.adapter.forget();
      this.db.data = null as unknown as VaultDocument;
      await this.release?.();
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new CompeerError('LOCKED', 'The vault is locked.');
  }

  private assertWritable(): void {
    this.assertOpen();
    if (this.readOnly) throw new CompeerError('FORBIDDEN', 'This vault was opened read-only.');
  }

  /**
   * Restore a backup: open it with its passphrase (refusing a wrong one), then write its
   * contents as the vault, after backing up the current vault so the restore can be undone.
   */
  static async restoreBackup(vaultPath: string, backupName: string, passphrase: string, opts: VaultOptions = {}): Promise<void> {
    const fs = opts.fs ?? nodeFs;
    const backup = await findBackupIn(fs, vaultPath, backupName);
    const release = await acquireLock(fs, vaultPath, { takeOverForeign: opts.takeOverLock === true });
    try {
      const source = await Vault.open(backup.path, passphrase, { ...opts, readOnly: true });
      try {
        const target = Vault.adapterFor(vaultPath, fs, null, opts);
        await source.adapter.writeCopyTo(target, source.db.data);
        target.forget();
      } finally {
        await source.close();
      }
    } finally {
      await release();
    }
  }
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
