import {
  SharedVault,
  SharedWorkingCopy,
  sharedFolderOf,
  checkChoice,
  conflictCopiesOf,
  conflictVersions,
  mergeCopyInto,
  findShared,
  type ConflictKey,
  type ConflictVersion,
  type SharedCredential,
} from '../core/sync';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CompeerError } from '../../shared/errors';
import type { EventName } from '../../shared/ipc/channels';
import type { EventPayloads, VaultState } from '../../shared/ipc/contract';
import type { CollectionName } from '../../shared/schema/document';
import { KeptIndex } from '../../shared/domain/kept-index';
import { SearchIndex } from '../core/search/search-index';
import { isLazyPending } from '../core/vault/body-codec';
import { UndoShelf } from './undo';
import { DEFAULT_KDF, KDF_LIMITS, Vault, type KdfParams, type VaultOptions } from '../core/vault';

const KDF_LIMITS_FLOOR: KdfParams = { m: KDF_LIMITS.mMin, t: KDF_LIMITS.tMin, p: 1 };

export interface SessionOptions {
  vaultPath: string;
  /** where "Try it with sample data" puts its separate demo vault */
  samplePath?: string;
  kdf?: KdfParams;
  vaultOptions?: VaultOptions;
  /** the app's data folder: one copy of each vault's high-water mark is kept there (the sample vault's is not) */
  dataDir?: string;
  /** this device's name for a vault shared between devices (the computer's name when left out) */
  deviceName?: string;
  /** how often an open shared vault looks for other devices' changes (ms; 0: only when asked) */
  syncEveryMs?: number;
  emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => void;
}

/**
 * The main process's hold on the vault: at most one unlocked Vault, the only owner of the
 * key and the document. Locking closes it (keys and data dropped) and tells the renderer
 * to drop its state too.
 */
export class AppSession {
  private vault: Vault | null = null;
  private sample = false;
  /** said once on the next state: what the last lock had to report */
  private notice: string | null = null;
  /** per-session scratch that must not outlive a lock (import plans waiting for their go-ahead) */
  readonly scratch = new Map<string, unknown>();
  /** what puts deletions back, until the vault locks */
  readonly undo = new UndoShelf();
  /** the search index: in this process's memory only, built after unlock, dropped on lock */
  private index: SearchIndex | null = null;
  /** the per-peer indexes Today, check-ins and the advisor share: in memory only, kept up to date as changes apply */
  private kept: KeptIndex | null = null;
  private unfollow: (() => void) | null = null;
  /** a vault shared between devices: the shared vault and this session's working copy of it (which is `vault`) */
  private sharedCopy: SharedWorkingCopy | null = null;
  private syncTimer: NodeJS.Timeout | null = null;

  constructor(private readonly opts: SessionOptions) {}

  /** The file in use: the user's vault, or the sample vault while trying sample data. */
  get vaultPath(): string {
    return this.sample ? this.samplePath : this.opts.vaultPath;
  }

  get samplePath(): string {
    return this.opts.samplePath ?? join(dirname(this.opts.vaultPath), 'sample', 'sample.compeer');
  }

  get isSample(): boolean {
    return this.sample;
  }

  /** The vault's options, with the window told when an open vault has something new to warn about. */
  private get vaultOptions(): VaultOptions {
    return { ...this.opts.vaultOptions, dataDir: this.opts.dataDir ?? null, onProblem: () => this.opts.emit('vault:warnings', {}) };
  }

  /** Tell the window something as it happens (an import's progress). */
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    this.opts.emit(event, payload);
  }

  get kdf(): KdfParams {
    return this.opts.kdf ?? DEFAULT_KDF;
  }

  async state(): Promise<VaultState> {
    const shared = this.sharedCopy !== null || (!this.vault && (await this.sharedFolder()) !== null);
    const base = { vaultPath: this.vaultPath, sample: this.sample, shared, ...(this.notice ? { notice: this.notice } : {}) };
    if (this.vault) {
      const st = this.vault.status();
      const { possibleRollback, droppedTornRecord, missingRecords, commitUnreadable, compactionError, invalidRecord, acceptedLosses } = st;
      const loss = st.loss && {
        cause: st.loss.cause,
        missing: st.loss.missing,
        backup: st.loss.backup && { name: st.loss.backup.name, createdAt: st.loss.backup.createdAt },
      };
      const warnings = {
        possibleRollback,
        droppedTornRecord,
        missingRecords,
        commitUnreadable,
        compactionError,
        invalidRecord,
        loss,
        markUnverified: st.markCheck === 'unverified',
        sharedProblem: this.sharedCopy?.problem ?? null,
        ...(await this.copiesBeside()),
      };
      return { ...base, status: 'unlocked', warnings, acceptedLosses };
    }
    const exists = await stat(this.vaultPath).then(
      () => true,
      () => false,
    );
    return { ...base, status: exists || shared ? 'locked' : 'none' };
  }

  /**
   * The shared folder of the user's vault (`<vault>.d`), when the vault is shared between
   * devices; null for a vault file (it is then opened as always) and for the sample vault.
   */
  private async sharedFolder(): Promise<string | null> {
    if (this.sample) return null;
    const isFile = await stat(this.vaultPath).then(
      (s) => s.isFile(),
      () => false,
    );
    return isFile ? null : findShared(this.vaultPath);
  }

  /** The open vault is shared between devices: its shared side (devices, conflicts), or null. */
  get shared(): SharedWorkingCopy | null {
    return this.sharedCopy;
  }

  /** Refuse what a shared vault does not have (whole-file backups), in plain words. */
  private refuseOnShared(what: string): void {
    if (!this.sharedCopy) return;
    throw new CompeerError(
      'INVALID_INPUT',
      `This vault is shared between devices: it has no ${what}. Every device keeps its own changes and a copy of what it has seen, so a device's mistake can be undone from another's (Settings, Devices). Nothing was changed.`,
    );
  }

  /** Open the shared vault in `folder`, with this session's working copy as the vault every screen uses. */
  private async openShared(folder: string, cred: SharedCredential): Promise<void> {
    const home = this.opts.dataDir;
    if (!home)
      throw new CompeerError('INVALID_INPUT', "A vault shared between devices needs this device's data folder. Nothing was changed.");
    const copy = await SharedWorkingCopy.open(folder, cred, {
      home,
      deviceName: this.opts.deviceName ?? (hostname().slice(0, 100) || 'This device'),
      vaultOptions: { ...this.opts.vaultOptions, onProblem: () => this.opts.emit('vault:warnings', {}) },
      onProblem: () => this.opts.emit('vault:warnings', {}),
    });
    this.sharedCopy = copy;
    this.vault = this.attach(copy.vault);
    const every = this.opts.syncEveryMs ?? 60_000;
    if (every > 0) {
      this.syncTimer = setInterval(() => void this.syncShared().catch(() => undefined), every);
      this.syncTimer.unref();
    }
  }

  /**
   * Take in what other devices wrote to the open shared vault since (on a timer, and when the
   * window comes back); the window is told when something came, so its screens ask again.
   */
  async syncShared(): Promise<boolean> {
    const copy = this.sharedCopy;
    if (!copy) return false;
    const changed = await copy.sync();
    if (changed && this.sharedCopy === copy) this.opts.emit('vault:changed', { channel: 'vault:sync' });
    return changed;
  }

  private requireShared(): SharedWorkingCopy {
    this.requireVault();
    if (!this.sharedCopy)
      throw new CompeerError(
        'NOT_FOUND',
        'This vault is not shared between devices: no change was made on two devices at once. Nothing was changed.',
      );
    return this.sharedCopy;
  }

  /** The versions of a change made on two devices at once; confidential values only when `reveal`. */
  conflictVersions(key: ConflictKey, reveal: boolean): ConflictVersion[] {
    return conflictVersions(this.requireShared().shared, key, reveal);
  }

  /** Settle a change made on two devices at once with one of its versions (checked against them). */
  async resolveConflict(key: ConflictKey, choice: number): Promise<void> {
    const copy = this.requireShared();
    await copy.resolve(checkChoice(copy.shared, key, choice), choice);
  }

  /** A new passphrase: for a shared vault, for every device (its recovery code stays: null); else a new key and recovery code. */
  async changePassphrase(current: string, next: string): Promise<string | null> {
    const vault = this.requireVault();
    if (this.sharedCopy) {
      await this.sharedCopy.changePassphrase(current, next);
      return null;
    }
    return vault.changePassphrase(current, next, this.kdf);
  }

  /**
   * Share the open vault between devices, as `compeer devices VAULT --share` does: its contents
   * become the shared folder `<vault>.d` beside the file (a new data key, a new recovery code,
   * returned to show once), the file is kept as `<vault>.before-sharing`, and the shared vault
   * opens in its place. `passphrase`: the current one (it opens the shared vault everywhere).
   */
  async share(passphrase: string): Promise<{ recoveryCode: string; folder: string; before: string }> {
    const vault = this.requireVault();
    if (this.sample) throw new CompeerError('INVALID_INPUT', 'The sample vault is not shared. Nothing was changed.');
    if (this.sharedCopy) throw new CompeerError('EXISTS', 'This vault is already shared between devices. Nothing was changed.');
    const home = this.opts.dataDir;
    if (!home) throw new CompeerError('INVALID_INPUT', "Sharing needs this device's data folder. Nothing was changed.");
    await vault.checkCredential({ kind: 'passphrase', passphrase }).catch((e: unknown) => {
      if (e instanceof CompeerError && e.code === 'WRONG_PASSPHRASE')
        throw new CompeerError('WRONG_PASSPHRASE', 'That is not your current passphrase. Nothing was changed.');
      throw e;
    });
    if (vault.status().loss)
      throw new CompeerError(
        'CHANGES_MISSING',
        'Saved changes are missing from this vault: restore a backup (or go on without them) before sharing it. Nothing was changed.',
      );
    await vault.validate();
    const path = this.vaultPath;
    const folder = sharedFolderOf(path);
    const { vault: shared, recoveryCode } = await SharedVault.share(folder, structuredClone(vault.data), passphrase, {
      home,
      deviceName: this.opts.deviceName ?? (hostname().slice(0, 100) || 'This device'),
      kdf: vault.status().kdf,
    });
    await shared.close();
    await this.lock('user', false);
    // kept, renamed, so no program opens it as the vault any more: every device now writes the shared folder
    const before = `${path}.before-sharing`;
    await rename(path, before);
    await this.openShared(folder, { kind: 'passphrase', passphrase });
    return { recoveryCode, folder, before };
  }

  /** The sync tool's conflict copies beside the user's vault file (said only when there are some). */
  private async copiesBeside(): Promise<{ conflictCopies?: string[] }> {
    if (this.sample || this.sharedCopy) return {};
    const names = await conflictCopiesOf(this.vaultPath);
    return names.length > 0 ? { conflictCopies: names } : {};
  }

  /**
   * Merge a conflict copy a sync tool left beside the open vault file, loss-free (the same rule
   * as `compeer devices VAULT --merge COPY`); the copy is kept as `<copy>.merged`. `name` must be
   * one of the copies found beside it now; `passphrase` opens the copy (usually the current one).
   */
  async mergeConflictCopy(name: string, passphrase: string) {
    const vault = this.requireVault();
    if (this.sample || this.sharedCopy)
      throw new CompeerError('INVALID_INPUT', 'This vault has no conflict copies to merge. Nothing was changed.');
    if (!(await conflictCopiesOf(this.vaultPath)).includes(name))
      throw new CompeerError(
        'NOT_FOUND',
        `${name} is not a conflict copy beside this vault (it may have been merged or moved). Nothing was changed.`,
      );
    const result = await mergeCopyInto(
      (merge) => merge(vault),
      this.vaultPath,
      join(dirname(this.vaultPath), name),
      passphrase,
      undefined,
      'enter the passphrase the copy was saved with',
    );
    return {
      added: result.added.length,
      changed: result.changed.length,
      bothKept: result.bothKept.length,
      keptAs: basename(result.keptAs),
    };
  }

  /** The open vault's backups (a shared vault has none, said in words). */
  async listBackups() {
    const vault = this.requireVault();
    this.refuseOnShared('whole-file backups');
    return vault.listBackups();
  }

  /** The unlocked vault, or a LOCKED error the renderer turns into the unlock screen. */
  requireVault(): Vault {
    if (!this.vault) throw new CompeerError('LOCKED', 'The vault is locked. Unlock it to continue.');
    return this.vault;
  }

  /** The search index of the open vault (it may still be building: see `ready`). */
  searchIndex(): SearchIndex {
    this.requireVault();
    return this.index!;
  }

  /** The kept per-peer indexes of the open vault (kept-index.ts). */
  keptIndex(): KeptIndex {
    const vault = this.requireVault();
    return (this.kept ??= new KeptIndex(vault.data));
  }

  /**
   * Start following the vault just opened: the collections left unparsed at unlock are parsed
   * in slices, then the search index is built in slices, so no call waits behind either; the
   * kept index is built when first asked for (by a call that has waited for what it reads).
   */
  private attach(vault: Vault): Vault {
    this.index?.stop();
    this.unfollow?.();
    const index = new SearchIndex();
    this.index = index;
    this.kept = null;
    this.unfollow = vault.onApplied((ops) => {
      index.apply(ops);
      this.kept?.apply(ops, vault.data);
    });
    void vault.whenParsed();
    void index.build(vault.data, { parsed: (c) => vault.whenParsed([c]) }).catch(() => undefined);
    return vault;
  }

  /**
   * Resolves once the open vault's collections `names` (all, by default) are parsed (at once
   * when locked): a handler that reads them waits for this instead of parsing a whole list in
   * one block that every other call would wait behind.
   */
  parsed(names?: readonly CollectionName[]): Promise<void> {
    return this.vault ? this.vault.whenParsed(names) : Promise.resolve();
  }

  /** Whether the open vault's collection `name` is still waiting for its parse after unlock (reading it now would parse it whole, in one block). */
  pending(name: CollectionName): boolean {
    return this.vault !== null && isLazyPending(this.vault.data, name);
  }

  get unlocked(): boolean {
    return this.vault !== null;
  }

  async create(passphrase: string): Promise<string> {
    if (this.vault) throw new CompeerError('EXISTS', 'A vault is already open.');
    // a vault shared between devices: a new vault here would split it in two
    const shared = await findShared(this.vaultPath);
    if (shared) {
      throw new CompeerError(
        'EXISTS',
        `This vault is shared between devices (${shared}): unlock it with its passphrase instead of making a new one. Nothing was changed.`,
      );
    }
    const { vault, recoveryCode } = await Vault.create(this.vaultPath, passphrase, { ...this.vaultOptions, kdf: this.kdf });
    this.vault = this.attach(vault);
    return recoveryCode;
  }

  /** `takeOverLock`: take over a lock held by another computer (after the user was warned). */
  async unlock(passphrase: string, takeOverLock = false): Promise<void> {
    if (this.vault) return;
    const folder = await this.sharedFolder();
    if (folder) await this.openShared(folder, { kind: 'passphrase', passphrase });
    else this.vault = this.attach(await Vault.open(this.vaultPath, passphrase, { ...this.vaultOptions, takeOverLock }));
    this.notice = null;
  }

  /** `acceptLoss`: the person chose to go on without saved changes missing from the file (the new passphrase writes it afresh). */
  async unlockWithRecoveryCode(code: string, newPassphrase: string, acceptLoss = false): Promise<string | null> {
    const folder = this.vault ? null : await this.sharedFolder();
    if (folder) {
      // the shared vault keeps its recovery code (every device's key file holds it): none new to show
      await this.openShared(folder, { kind: 'recovery', code, newPassphrase });
      this.notice = null;
      return null;
    }
    if (this.sharedCopy)
      throw new CompeerError('EXISTS', 'The vault is open; lock it first to use the recovery code. Nothing was changed.');
    // a wrong code must not lock an open vault: check it first
    if (this.vault) {
      await this.vault.checkCredential({ kind: 'recovery', code });
      await this.lock('user');
    }
    const { vault, recoveryCode } = await Vault.openWithRecoveryCode(this.vaultPath, code, newPassphrase, {
      ...this.vaultOptions,
      kdf: this.kdf,
      acceptLoss,
    });
    this.vault = this.attach(vault);
    return recoveryCode;
  }

  /** Save, close, drop keys and data; tell the renderer. Safe when already locked. */
  async lock(reason: EventPayloads['vault:locked']['reason'], notify = true): Promise<void> {
    const v = this.vault;
    this.vault = null;
    this.scratch.clear();
    this.undo.clear();
    this.index?.stop();
    this.index = null;
    this.kept = null;
    this.unfollow?.();
    this.unfollow = null;
    if (this.syncTimer) clearInterval(this.syncTimer);
    this.syncTimer = null;
    const copy = this.sharedCopy;
    this.sharedCopy = null;
    if (copy) {
      // this device's changes reach its log, then the working copy is removed
      const { unsent } = await copy.close();
      if (unsent) this.notice = unsent;
      if (notify) this.opts.emit('vault:locked', { reason });
    } else if (v) {
      const report = await v.close();
      if (report.compactionError) {
        this.notice = `Compeer could not write the vault afresh when it locked (${report.compactionError}). Every change is safe in the vault as saved changes; it will try again when you unlock.`;
      }
      if (notify) this.opts.emit('vault:locked', { reason });
    }
  }

  /**
   * Restore a backup of the open vault: its contents come back under the vault's current
   * keys (so the current passphrase and recovery code keep working); the file replaced is
   * backed up first. `passphrase` is the current one; `backupPassphrase` the backup's, when
   * it was made before a passphrase change.
   */
  async restoreBackup(name: string, passphrase: string, backupPassphrase?: string): Promise<void> {
    const vault = this.requireVault();
    this.refuseOnShared('whole-file backups to restore');
    await vault.checkCredential({ kind: 'passphrase', passphrase }).catch((e: unknown) => {
      if (e instanceof CompeerError && e.code === 'WRONG_PASSPHRASE') {
        throw new CompeerError('WRONG_PASSPHRASE', 'That is not your current passphrase. Nothing was changed.');
      }
      throw e;
    });
    const source = await vault.openBackup(name, backupPassphrase ?? passphrase);
    try {
      await vault.replaceContents(source.data);
    } finally {
      await source.close();
    }
    this.scratch.clear();
    this.undo.clear();
    this.attach(vault);
  }

  /** Go on without the saved changes missing from the open vault, on the person's word (recorded in the vault). */
  async acceptLoss(): Promise<void> {
    await this.requireVault().acceptLoss();
  }

  /** For a vault that cannot be read: restore the newest backup this passphrase opens. */
  async restoreNewestBackup(passphrase: string): Promise<string> {
    if (this.vault) throw new CompeerError('EXISTS', 'The vault is open; restore from Settings instead.');
    if (await this.sharedFolder()) {
      throw new CompeerError(
        'INVALID_INPUT',
        'This vault is shared between devices: it has no whole-file backups to restore. Unlock it with its passphrase or its recovery code. Nothing was changed.',
      );
    }
    const backups = await Vault.listBackupsOf(this.vaultPath, this.opts.vaultOptions);
    for (const b of backups) {
      let restored: { keys: 'current' | 'backup' };
      try {
        restored = await Vault.restoreBackup(this.vaultPath, b.name, passphrase, {
          ...this.opts.vaultOptions,
          dataDir: this.opts.dataDir ?? null,
        });
      } catch (e) {
        if (e instanceof CompeerError && (e.code === 'WRONG_PASSPHRASE' || e.code === 'DAMAGED' || e.code === 'NEWER_VERSION')) continue;
        throw e;
      }
      await this.unlock(passphrase);
      if (restored.keys === 'backup') {
        this.notice = 'The vault file could not be read, so the backup came back with the passphrase and recovery code it was made with.';
      }
      return b.name;
    }
    throw new CompeerError(
      'NOT_FOUND',
      backups.length === 0 ? 'There are no backups of this vault.' : 'None of the backups opens with this passphrase.',
    );
  }

  /** Auto-lock: called on a timer with how long the user has been idle. */
  /**
   * Open a fresh sample vault, separate from the user's (which is locked first). Its
   * passphrase is random and never shown: it holds only invented data.
   */
  async openSample(fill: (vault: Vault) => Promise<void>): Promise<void> {
    await this.lock('user', false);
    await rm(dirname(this.samplePath), { recursive: true, force: true });
    this.sample = true;
    try {
      const { vault } = await Vault.create(this.samplePath, randomBytes(24).toString('hex'), {
        ...this.opts.vaultOptions,
        kdf: KDF_LIMITS_FLOOR,
      });
      this.vault = this.attach(vault);
      await fill(vault);
    } catch (e) {
      await this.closeSample();
      throw e;
    }
  }

  /** Leave the sample data: close and delete the sample vault; the user's vault stays locked. */
  async closeSample(): Promise<void> {
    if (!this.sample) return;
    await this.lock('user', false);
    await rm(dirname(this.samplePath), { recursive: true, force: true });
    this.sample = false;
  }

  async checkIdle(idleSeconds: number): Promise<boolean> {
    if (!this.vault) return false;
    const minutes = this.vault.data.settings.autoLockMinutes;
    if (idleSeconds < minutes * 60) return false;
    await this.lock('idle');
    return true;
  }
}
