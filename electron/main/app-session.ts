import { randomBytes } from 'node:crypto';
import { rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CompeerError } from '../../shared/errors';
import type { EventName } from '../../shared/ipc/channels';
import type { EventPayloads, VaultState } from '../../shared/ipc/contract';
import { DEFAULT_KDF, KDF_LIMITS, Vault, type KdfParams, type VaultOptions } from '../core/vault';

const KDF_LIMITS_FLOOR: KdfParams = { m: KDF_LIMITS.mMin, t: KDF_LIMITS.tMin, p: 1 };

export interface SessionOptions {
  vaultPath: string;
  /** where "Try it with sample data" puts its separate demo vault */
  samplePath?: string;
  kdf?: KdfParams;
  vaultOptions?: VaultOptions;
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
  /** per-session scratch that must not outlive a lock (undo buffers, import plans) */
  readonly scratch = new Map<string, unknown>();

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

  get kdf(): KdfParams {
    return this.opts.kdf ?? DEFAULT_KDF;
  }

  async state(): Promise<VaultState> {
    const base = { vaultPath: this.vaultPath, sample: this.sample };
    if (this.vault) {
      const st = this.vault.status();
      return { ...base, status: 'unlocked', warnings: { possibleRollback: st.possibleRollback, droppedTornRecord: st.droppedTornRecord } };
    }
    const exists = await stat(this.vaultPath).then(
      () => true,
      () => false,
    );
    return { ...base, status: exists ? 'locked' : 'none' };
  }

  /** The unlocked vault, or a LOCKED error the renderer turns into the unlock screen. */
  requireVault(): Vault {
    if (!this.vault) throw new CompeerError('LOCKED', 'The vault is locked. Unlock it to continue.');
    return this.vault;
  }

  get unlocked(): boolean {
    return this.vault !== null;
  }

  async create(passphrase: string): Promise<string> {
    if (this.vault) throw new CompeerError('EXISTS', 'A vault is already open.');
    const { vault, recoveryCode } = await Vault.create(this.vaultPath, passphrase, { ...this.opts.vaultOptions, kdf: this.kdf });
    this.vault = vault;
    return recoveryCode;
  }

  async unlock(passphrase: string): Promise<void> {
    if (this.vault) return;
    this.vault = await Vault.open(this.vaultPath, passphrase, this.opts.vaultOptions);
  }

  async unlockWithRecoveryCode(code: string, newPassphrase: string): Promise<string> {
    if (this.vault) await this.lock('user');
    const { vault, recoveryCode } = await Vault.openWithRecoveryCode(this.vaultPath, code, newPassphrase, { ...this.opts.vaultOptions, kdf: this.kdf });
    this.vault = vault;
    return recoveryCode;
  }

  /** Save, close, drop keys and data; tell the renderer. Safe when already locked. */
  async lock(reason: EventPayloads['vault:locked']['reason'], notify = true): Promise<void> {
    const v = this.vault;
    this.vault = null;
    this.scratch.clear();
    if (v) {
      await v.close();
      if (notify) this.opts.emit('vault:locked', { reason });
    }
  }

  /** Restore a backup of the open vault; the renderer reloads when the call returns. */
  async restoreBackup(name: string, passphrase: string): Promise<void> {
    // a wrong passphrase or unreadable backup is found before the open vault is touched
    await Vault.checkBackup(this.vaultPath, name, passphrase, this.opts.vaultOptions);
    if (this.vault) await this.lock('restore', false);
    await Vault.restoreBackup(this.vaultPath, name, passphrase, this.opts.vaultOptions);
    await this.unlock(passphrase);
  }

  /** For a vault that cannot be read: restore the newest backup this passphrase opens. */
  async restoreNewestBackup(passphrase: string): Promise<string> {
    if (this.vault) throw new CompeerError('EXISTS', 'The vault is open; restore from Settings instead.');
    const backups = await Vault.listBackupsOf(this.vaultPath, this.opts.vaultOptions);
    for (const b of backups) {
      try {
        await Vault.restoreBackup(this.vaultPath, b.name, passphrase, this.opts.vaultOptions);
      } catch (e) {
        if (e instanceof CompeerError && (e.code === 'WRONG_PASSPHRASE' || e.code === 'DAMAGED' || e.code === 'NEWER_VERSION')) continue;
        throw e;
      }
      await this.unlock(passphrase);
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
      const { vault } = await Vault.create(this.samplePath, randomBytes(24).toString('hex'), { ...this.opts.vaultOptions, kdf: KDF_LIMITS_FLOOR });
      this.vault = vault;
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
