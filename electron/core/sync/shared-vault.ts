import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { CompeerError, schemaProblem } from '../../../shared/errors';
import { COLLECTION_NAMES, SINGLETON_NAMES, documentSchema, type VaultDocument } from '../../../shared/schema/document';
import { DEFAULT_KDF, type KdfParams } from '../vault/format';
import { nodeFs } from '../vault/fs-ops';
import { argon2idKey } from '../vault/kdf';
import { acquireLock } from '../vault/lock-file';
import { newRecoveryCode, parseRecoveryCode, passphraseBytes } from '../vault/keys';
import { parseOp, type VaultOp } from '../vault/ops';
import {
  DEVICES,
  KEYS,
  SNAPSHOTS,
  copiesOf,
  decodeKeys,
  deviceOfFile,
  encodeBatch,
  encodeKeys,
  encodeSnapshot,
  folderKeys,
  keysOrder,
  newKeys,
  readLog,
  readSnapshot,
  rewrap,
  unwrapWithPassphrase,
  unwrapWithRecovery,
  type Derive,
  type FolderKeys,
  type KeysFile,
} from './folder';
import { DeviceClock, isDeviceId, millisOf } from './hlc';
import {
  applyBatch,
  changesFor,
  conflictsOf,
  decodeState,
  emptyState,
  encodeState,
  joinState,
  resolutionOf,
  toDocument,
  versionsOf,
  type Batch,
  type Change,
  type Conflict,
  type SyncState,
} from './merge';
import { nodeStore, type SyncStore } from './store';
import type { DeviceReport } from '../../../shared/domain/sync-views';

export interface SharedOptions {
  store?: SyncStore;
  /** this device's data folder (COMPEER_HOME): its id, its own log's copy and what it has seen */
  home: string;
  now?: () => Date;
  /** the key derivation (Argon2id); tests may pass a faster one */
  derive?: Derive;
  /** this device's name, shown to the others (set the first time, or changed) */
  deviceName?: string;
  /** take this device's writer lock in its data folder (another program here writing the same log would tear it) */
  lock?: boolean;
  /** read only: nothing is written, not even this device's own files (verify, export) */
  readOnly?: boolean;
}

export type { DeviceReport };

/** changes read from logs past the last snapshot before closing writes a new one */
const COMPACT_AFTER = 1000;

const defaultDerive: Derive = (p, salt, kdf) => argon2idKey(p, salt, kdf);

/** The shared folder of a vault file: `<vault>.d`. */
export const sharedFolderOf = (vaultPath: string): string => `${vaultPath}.d`;

/** Whether `path` (a shared folder, or a vault file whose `<path>.d` is one) is a shared vault; the folder, or null. */
export async function findShared(path: string, store: SyncStore = nodeStore): Promise<string | null> {
  for (const dir of [path, sharedFolderOf(path)]) {
    if ((await store.list(dir)).some((n) => n === KEYS || copiesOf([n], KEYS).length > 0)) return dir;
  }
  return null;
}

const knownKeysPath = (home: string, folder: string) =>
  join(home, 'sync', 'known-keys', createHash('sha256').update(folder).digest('hex').slice(0, 32));

interface Identity {
  id: string;
  name: string;
}

async function identityOf(store: SyncStore, home: string, name: string | undefined): Promise<Identity> {
  const path = join(home, 'sync', 'device.json');
  const raw = await store.read(path);
  if (raw) {
    try {
      const o = JSON.parse(raw.toString('utf8')) as Identity;
      if (isDeviceId(o.id)) {
        if (name !== undefined && name !== o.name) {
          await store.replace(path, Buffer.from(JSON.stringify({ id: o.id, name })));
          return { id: o.id, name };
        }
        return { id: o.id, name: typeof o.name === 'string' ? o.name : '' };
      }
    } catch {
      /* an unreadable identity: a new one below (this device is then a new device to the others) */
    }
  }
  const me = { id: randomBytes(8).toString('hex').toUpperCase(), name: name ?? 'This device' };
  await store.replace(path, Buffer.from(JSON.stringify(me)));
  return me;
}

/**
 * A vault several devices write through a synced folder. Every device appends its changes to
 * its own log, keeps a copy of that log and of what it has merged in its own data folder
 * (so a sync tool that puts back an older file, or copies half of one, loses nothing this
 * device has seen), and merges every device's changes deterministically (merge.ts).
 */
export class SharedVault {
  private state: SyncState;
  private doc: VaultDocument | null = null;
  private ownCount: number;
  private nameSent: string;
  /** per device, the most of its changes the shared folder holds (logs and snapshots) */
  private available: Record<string, number> = {};
  /** per device, what this device had seen before this open (its own data folder) */
  private mark: Record<string, number> = {};
  private closed = false;
  /** changes read from logs or made here since the last compaction this device saw or wrote */
  private sinceSnapshot = 0;
  private release: (() => Promise<void>) | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly folder: string,
    private keys: KeysFile,
    private readonly dataKey: Buffer,
    private readonly fk: FolderKeys,
    private readonly me: Identity,
    private readonly clock: DeviceClock,
    private readonly store: SyncStore,
    private readonly opts: SharedOptions,
  ) {
    this.state = emptyState();
    this.ownCount = 0;
    this.nameSent = '';
  }

  /** this device's own files for this vault, in its data folder */
  get local(): string {
    return join(this.opts.home, 'sync', this.fk.vault.toString('hex'));
  }

  private get ownLog(): string {
    return join(this.folder, DEVICES, `${this.me.id}.log`);
  }

  /** Turn a vault's contents into a shared vault in `folder`: a new data key, a new recovery code (returned, to show once). */
  static async share(
    folder: string,
    doc: VaultDocument,
    passphrase: string,
    opts: SharedOptions & { kdf?: KdfParams },
  ): Promise<{ vault: SharedVault; recoveryCode: string }> {
    const store = opts.store ?? nodeStore;
    if (await findShared(folder, store))
      throw new CompeerError('EXISTS', `There is already a shared vault at ${folder}. Nothing was changed.`);
    const code = newRecoveryCode();
    const { keys, dataKey } = await newKeys(passphraseBytes(passphrase), opts.kdf ?? DEFAULT_KDF, opts.derive ?? defaultDerive, code.bytes);
    const me = await identityOf(store, opts.home, opts.deviceName);
    const v = new SharedVault(folder, keys, dataKey, folderKeys(dataKey, keys.vault), me, new DeviceClock(me.id), store, opts);
    // the log first, then the keys: a folder without its key file is not yet a shared vault
    const ops: VaultOp[] = [];
    for (const c of COLLECTION_NAMES) for (const r of doc[c]) ops.push({ op: 'put', collection: c, record: r });
    for (const k of SINGLETON_NAMES) ops.push({ op: 'set', key: k, value: doc[k] });
    await v.applyChanges(changesFor(v.state, ops));
    await store.replace(join(folder, KEYS), encodeKeys(keys));
    await store.replace(knownKeysPath(opts.home, folder), encodeKeys(keys));
    return { vault: v, recoveryCode: code.code };
  }

  static async open(folder: string, passphrase: string, opts: SharedOptions): Promise<SharedVault> {
    return SharedVault.openWith(folder, { kind: 'passphrase', passphrase }, opts);
  }

  /** Open with the recovery code and set a new passphrase (the same data key, wrapped again; the recovery code keeps working). */
  static async openWithRecoveryCode(folder: string, code: string, newPassphrase: string, opts: SharedOptions): Promise<SharedVault> {
    const v = await SharedVault.openWith(folder, { kind: 'recovery', code: parseRecoveryCode(code) }, opts);
    await v.setPassphrase(newPassphrase, v.keys.kdf);
    return v;
  }

  private static async openWith(
    folder: string,
    cred: { kind: 'passphrase'; passphrase: string } | { kind: 'recovery'; code: Buffer },
    opts: SharedOptions,
  ): Promise<SharedVault> {
    const store = opts.store ?? nodeStore;
    const names = await store.list(folder);
    const candidates: { keys: KeysFile; bytes: Buffer; path: string }[] = [];
    let firstProblem: Error | null = null;
    // this device's copy of the key file it last opened: a key file the sync tool has cut
    // short, or not yet brought, does not keep the vault shut
    const known = knownKeysPath(opts.home, folder);
    const paths = copiesOf(names, KEYS).map((n) => join(folder, n));
    if (names.length > 0) paths.push(known);
    for (const path of paths) {
      const bytes = await store.read(path);
      if (!bytes) continue;
      try {
        candidates.push({ keys: decodeKeys(bytes), bytes, path });
      } catch (e) {
        firstProblem ??= e instanceof Error ? e : new Error(String(e));
      }
    }
    if (candidates.length === 0) {
      if (firstProblem) throw firstProblem;
      throw new CompeerError('NOT_FOUND', `There is no shared vault at ${folder}.`);
    }
    candidates.sort(keysOrder);
    for (let i = candidates.length - 1; i > 0; i--) if (candidates[i]!.bytes.equals(candidates[i - 1]!.bytes)) candidates.splice(i, 1);
    // a remembered key file of another vault once at this path is not this vault's
    const inFolder = candidates.filter((c) => c.path !== known);
    if (inFolder.length > 0) {
      const id = inFolder[0]!.keys.vault;
      for (let i = candidates.length - 1; i >= 0; i--)
        if (candidates[i]!.path === known && !candidates[i]!.keys.vault.equals(id)) candidates.splice(i, 1);
    }
    const vaultId = candidates[0]!.keys.vault;
    if (candidates.some((c) => !c.keys.vault.equals(vaultId)))
      throw new CompeerError('DAMAGED', 'The shared folder holds the key files of two different vaults. Nothing was changed.');
    // the newest key file first; an older copy (a device that has not yet seen a passphrase
    // change) still opens with the passphrase it was made with: the data key is the same
    let dataKey: Buffer | null = null;
    const derive = opts.derive ?? defaultDerive;
    for (const c of candidates) {
      dataKey =
        cred.kind === 'passphrase'
          ? await unwrapWithPassphrase(c.keys, passphraseBytes(cred.passphrase), derive)
          : unwrapWithRecovery(c.keys, cred.code);
      if (dataKey) break;
    }
    if (!dataKey) {
      throw cred.kind === 'passphrase'
        ? new CompeerError('WRONG_PASSPHRASE', 'Wrong passphrase (or the vault was altered). Nothing was changed.')
        : new CompeerError('WRONG_RECOVERY_CODE', 'That recovery code does not open this vault. Nothing was changed.');
    }
    const me = await identityOf(store, opts.home, opts.deviceName);
    const best = candidates[0]!;
    if (!(await store.read(known))?.equals(best.bytes)) await store.replace(known, best.bytes);
    // the key file in the folder cut short by the sync tool, or older than one this device
    // knows: the newest one is put back (a key file holds no secret without the passphrase)
    const main = candidates.find((c) => c.path === join(folder, KEYS));
    if (!opts.readOnly && (!main || (main.keys.version < best.keys.version && best.keys.vault.equals(main.keys.vault)))) {
      await store.replace(join(folder, KEYS), best.bytes);
    }
    const v = new SharedVault(folder, best.keys, dataKey, folderKeys(dataKey, vaultId), me, new DeviceClock(me.id), store, opts);
    if (opts.lock) {
      await nodeFs.mkdir(v.local, { recursive: true, mode: 0o700 });
      v.release = await acquireLock(nodeFs, join(v.local, 'own.log'));
    }
    try {
      await v.load();
    } catch (e) {
      await v.release?.();
      throw e;
    }
    return v;
  }

  /** Read what this device kept and what the shared folder holds, and merge it all. */
  private async load(): Promise<void> {
    const localState = await this.store.read(join(this.local, 'state'));
    if (localState) {
      const raw = readSnapshot(this.fk, this.me.id, localState, 'local');
      if (raw) this.state = decodeState(raw);
    }
    this.mark = { ...this.state.frontier };
    const ownCopy = await this.store.read(join(this.local, 'own.log'));
    if (ownCopy) {
      for (const b of readLog(this.fk, this.me.id, ownCopy, this.state.frontier[this.me.id] ?? 0).batches) applyBatch(this.state, b);
      this.ownCount = readLog(this.fk, this.me.id, ownCopy, Number.MAX_SAFE_INTEGER).ends.length;
    }
    await this.refresh();
    if (!this.opts.readOnly) await this.repairOwnLog();
    this.nameSent = this.state.devices[this.me.id]?.name ?? '';
  }

  /** Take in what other devices have written since (the sync tool may have brought more). */
  async refresh(): Promise<void> {
    this.assertOpen();
    const snaps = await this.store.list(join(this.folder, SNAPSHOTS));
    for (const n of snaps) {
      const d = deviceOfFile(n, '.snap');
      if (!d) continue;
      const buf = await this.store.read(join(this.folder, SNAPSHOTS, n));
      const raw = buf ? readSnapshot(this.fk, d, buf) : null;
      if (!raw) continue;
      try {
        const s = decodeState(raw);
        joinState(this.state, s);
        for (const [dev, f] of Object.entries(s.frontier)) this.available[dev] = Math.max(this.available[dev] ?? 0, f);
      } catch {
        /* a snapshot that does not read: the logs hold the same changes */
      }
    }
    const logs = await this.store.list(join(this.folder, DEVICES));
    for (const n of logs) {
      const d = deviceOfFile(n, '.log');
      if (!d) continue;
      const buf = await this.store.read(join(this.folder, DEVICES, n));
      if (!buf) continue;
      const read = readLog(this.fk, d, buf, this.state.frontier[d] ?? 0);
      this.available[d] = Math.max(this.available[d] ?? 0, read.ends.length);
      for (const b of read.batches) applyBatch(this.state, b);
      this.sinceSnapshot += read.batches.length;
    }
    for (const info of Object.values(this.state.devices)) if (info.last) this.clock.recv(info.last);
    this.doc = null;
  }

  /** This device's log in the shared folder is exactly its own copy: put back if a sync tool cut or replaced it; its conflict copies removed once merged. */
  private async repairOwnLog(): Promise<void> {
    const own = await this.store.read(join(this.local, 'own.log'));
    const names = await this.store.list(join(this.folder, DEVICES));
    const base = `${this.me.id}.log`;
    if (own) {
      const there = await this.store.read(this.ownLog);
      if (!there || !there.equals(own)) await this.store.replace(this.ownLog, own);
    } else {
      // this data folder has no copy (it was made before the copy was kept): keep the shared one
      const there = await this.store.read(this.ownLog);
      if (there) {
        const n = readLog(this.fk, this.me.id, there, Number.MAX_SAFE_INTEGER);
        const whole = there.subarray(0, n.ends[n.ends.length - 1] ?? 0);
        await this.store.replace(join(this.local, 'own.log'), whole);
        this.ownCount = n.ends.length;
        if (!whole.equals(there)) await this.store.replace(this.ownLog, whole);
      }
    }
    for (const n of copiesOf(names, base)) if (n !== base) await this.store.remove(join(this.folder, DEVICES, n));
    this.ownCount = Math.max(this.ownCount, this.state.frontier[this.me.id] ?? 0);
  }

  get deviceId(): string {
    return this.me.id;
  }

  get kdf(): KdfParams {
    return this.keys.kdf;
  }

  get vaultId(): string {
    return this.fk.vault.toString('hex');
  }

  /** The merged document. Read it; change it only through `apply`. */
  get data(): Readonly<VaultDocument> {
    this.assertOpen();
    return (this.doc ??= toDocument(this.state));
  }

  /** Save a batch of changes: on disk (this device's log, and its copy) before it resolves. */
  async apply(rawOps: readonly unknown[]): Promise<void> {
    this.assertOpen();
    const ops = rawOps.map(parseOp);
    await this.serial(() => this.applyChanges(changesFor(this.state, ops)));
  }

  private serial<T>(f: () => Promise<T>): Promise<T> {
    const run = this.queue.then(f, f);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async applyChanges(ch: Change[]): Promise<void> {
    if (this.opts.readOnly) throw new CompeerError('FORBIDDEN', 'This vault was opened read-only.');
    if (ch.length === 0 && this.nameSent === this.me.name) return;
    const now = (this.opts.now?.() ?? new Date()).getTime();
    const batch: Batch = { s: this.ownCount + 1, h: this.clock.send(now), d: this.me.id, seen: { ...this.state.frontier }, ch };
    if (this.nameSent !== this.me.name) batch.name = this.me.name;
    const bytes = encodeBatch(this.fk, batch);
    // this device's copy first: whatever the sync tool does to the shared file, the change is kept here
    const own = join(this.local, 'own.log');
    const before = (await this.store.size(own)) ?? 0;
    await this.store.append(own, bytes);
    this.ownCount = batch.s;
    // appended only to the file this device last wrote: one the sync tool has cut or replaced
    // by an older copy meanwhile is written whole again from this device's copy
    if ((await this.store.size(this.ownLog)) === before) await this.store.append(this.ownLog, bytes);
    else await this.store.replace(this.ownLog, (await this.store.read(own)) ?? bytes);
    applyBatch(this.state, batch);
    this.sinceSnapshot += 1;
    this.nameSent = this.me.name;
    this.doc = null;
  }

  /** Write this device's compaction to the shared folder (and its own copy of what it has merged). */
  async compact(): Promise<void> {
    this.assertOpen();
    if (this.opts.readOnly) throw new CompeerError('FORBIDDEN', 'This vault was opened read-only.');
    await this.serial(async () => {
      const enc = encodeState(this.state);
      await this.store.replace(join(this.folder, SNAPSHOTS, `${this.me.id}.snap`), encodeSnapshot(this.fk, this.me.id, enc));
      await this.saveLocal();
      this.sinceSnapshot = 0;
      const names = await this.store.list(join(this.folder, SNAPSHOTS));
      const base = `${this.me.id}.snap`;
      for (const n of copiesOf(names, base)) if (n !== base) await this.store.remove(join(this.folder, SNAPSHOTS, n));
    });
  }

  private async saveLocal(): Promise<void> {
    await this.store.replace(join(this.local, 'state'), encodeSnapshot(this.fk, this.me.id, encodeState(this.state), 'local'));
  }

  /** Change the passphrase: the same data key wrapped again, so every device's changes stay readable. */
  async changePassphrase(current: string, next: string, kdf?: KdfParams): Promise<void> {
    this.assertOpen();
    const derive = this.opts.derive ?? defaultDerive;
    if (!(await unwrapWithPassphrase(this.keys, passphraseBytes(current), derive))) {
      throw new CompeerError('WRONG_PASSPHRASE', 'Wrong passphrase. Nothing was changed.');
    }
    await this.setPassphrase(next, kdf ?? this.keys.kdf);
  }

  private async setPassphrase(next: string, kdf: KdfParams): Promise<void> {
    if (this.opts.readOnly) throw new CompeerError('FORBIDDEN', 'This vault was opened read-only.');
    await this.serial(async () => {
      // above every copy of the key file this device can see, so it wins over them
      let top = this.keys;
      for (const n of copiesOf(await this.store.list(this.folder), KEYS)) {
        const b = await this.store.read(join(this.folder, n));
        try {
          const k = b ? decodeKeys(b) : null;
          if (k && k.version > top.version && k.vault.equals(this.keys.vault)) top = k;
        } catch {
          /* a damaged copy is not a version */
        }
      }
      const keys = await rewrap(
        { ...this.keys, version: top.version },
        this.dataKey,
        passphraseBytes(next),
        kdf,
        this.opts.derive ?? defaultDerive,
      );
      await this.store.replace(join(this.folder, KEYS), encodeKeys(keys));
      await this.store.replace(knownKeysPath(this.opts.home, this.folder), encodeKeys(keys));
      this.keys = keys;
    });
  }

  /** Check the passphrase against the key file this device uses (nothing is written). */
  async checkPassphrase(passphrase: string): Promise<boolean> {
    return (await unwrapWithPassphrase(this.keys, passphraseBytes(passphrase), this.opts.derive ?? defaultDerive)) !== null;
  }

  /** The devices that have written to this vault, this one first. */
  devices(): DeviceReport[] {
    const ids = new Set([...Object.keys(this.state.devices), ...Object.keys(this.state.frontier)]);
    const out: DeviceReport[] = [];
    for (const id of ids) {
      const info = this.state.devices[id];
      const changes = (this.state.frontier[id] ?? 0) + (this.state.extra[id]?.length ?? 0);
      out.push({
        id,
        name: info?.name || id,
        lastChange: info?.last ? new Date(millisOf(info.last)).toISOString() : null,
        changes,
        behind: id !== this.me.id && (this.available[id] ?? 0) < (this.mark[id] ?? 0),
        thisDevice: id === this.me.id,
      });
    }
    return out.sort((a, b) => Number(b.thisDevice) - Number(a.thisDevice) || (a.id < b.id ? -1 : 1));
  }

  conflicts(): Conflict[] {
    this.assertOpen();
    return conflictsOf(this.state);
  }

  /** The versions of a conflict, newest first (values included: for the person's eyes only). */
  versions(c: Conflict) {
    return versionsOf(this.state, c);
  }

  /** Settle a conflict with one of its versions (an index into versions()); for a deletion, 'keep' or 'delete'. */
  async resolve(c: Conflict, choice: number | 'keep' | 'delete'): Promise<void> {
    this.assertOpen();
    const key = (x: Conflict) => `${x.kind}\u0000${x.collection}\u0000${x.id}\u0000${x.field ?? ''}`;
    if (!this.conflicts().some((x) => key(x) === key(c)))
      throw new CompeerError('NOT_FOUND', 'That conflict is settled already. Nothing was changed.');
    const coll = (SINGLETON_NAMES as string[]).includes(c.collection) ? '$set' : c.collection;
    const ch: Change | null =
      choice === 'keep'
        ? { c: coll, id: c.id, born: 1 }
        : choice === 'delete'
          ? { c: coll, id: c.id, del: 1 }
          : resolutionOf(this.state, c, choice);
    if (!ch) throw new CompeerError('INVALID_INPUT', 'There is no such version of that change. Nothing was changed.');
    await this.serial(() => this.applyChanges([ch]));
  }

  /** Problems in words (empty: all well): records that do not match the schema, damaged files. */
  verify(): string[] {
    const parsed = documentSchema.safeParse(this.data);
    return parsed.success ? [] : [`a record is not valid (${schemaProblem(parsed.error)})`];
  }

  /** Keep what this device has merged (the mark against older copies), repair its own log, and forget the key. */
  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.queue;
      if (this.opts.readOnly) return;
      // many changes read one by one: a compaction, so the next open (on any device) reads one snapshot
      if (this.sinceSnapshot > COMPACT_AFTER) await this.compact().catch(() => undefined);
      await this.saveLocal();
      await this.repairOwnLog();
    } finally {
      this.closed = true;
      this.dataKey.fill(0);
      this.doc = null;
      await this.release?.();
    }
  }

  /** The state (tests compare devices with it). */
  get syncState(): Readonly<SyncState> {
    return this.state;
  }

  private assertOpen(): void {
    if (this.closed) throw new CompeerError('LOCKED', 'The vault is locked.');
  }
}
