import { createHash, randomBytes } from 'node:crypto';
import { CompeerError } from '../../../shared/errors';
import { checkKdfParams, encodeRecord, splitRecords, type Frame, type KdfParams } from '../vault/format';
import { hkdf, open, seal } from '../vault/keys';
import { isDeviceId } from './hlc';
import type { Batch } from './merge';

/**
 * The shared folder (`<vault>.d/`, put in a folder a sync tool syncs):
 *   keys                 the key slots: ONE data key, wrapped by the passphrase and by the
 *                        recovery code; a passphrase change wraps the same key again
 *                        under a higher version, so no device's changes are stranded
 *   devices/<id>.log     one device's changes, appended, encrypted; only that device writes it
 *   snapshots/<id>.snap  one device's compaction: the merged state and how much of each
 *                        device's log it holds; each device writes only its own, so two
 *                        compactions at once never overwrite each other
 * A sync tool's conflict copy of any of these ("x (conflicted copy ...)", "x.sync-conflict-...",
 * "x (1)") is read as one more copy of the same file and merged.
 */
export const KEYS = 'keys';
export const DEVICES = 'devices';
export const SNAPSHOTS = 'snapshots';
const SHARED_MAGIC = 'compeer-shared-vault';
const SLOT_PASSPHRASE = 1;
const SLOT_RECOVERY = 2;
const INFO = {
  log: 'compeer/shared/v1/log',
  snap: 'compeer/shared/v1/snapshot',
  local: 'compeer/shared/v1/local',
  recovery: 'compeer/shared/v1/recovery',
} as const;

const damaged = (why: string) =>
  new CompeerError('DAMAGED', `The shared vault is damaged or not a Compeer vault (${why}). Nothing was changed.`);

/**
 * The file a name stands for, if it is a sync tool's conflict copy: Dropbox and Nextcloud
 * "name (... conflicted copy ...).ext", Syncthing "name.sync-conflict-DATE-TIME-DEVICE.ext",
 * Google Drive and OneDrive "name (1).ext" / "name-DEVICE.ext" is not recognised (it cannot
 * be told from a real name). Null when it is not a conflict copy.
 */
export function conflictOf(name: string): string | null {
  const dropbox = name.replace(/ \([^()]*conflicted copy[^()]*\)/i, '');
  if (dropbox !== name) return dropbox;
  const syncthing = name.replace(/\.sync-conflict-[0-9]{8}-[0-9]{6}(-[A-Z0-9]{7})?/, '');
  if (syncthing !== name) return syncthing;
  const numbered = name.replace(/ \(\d{1,3}\)(?=\.[a-z]+$|$)/, '');
  return numbered !== name ? numbered : null;
}

/** Every copy of `base` among `names`: the file itself and its conflict copies, in a fixed order. */
export function copiesOf(names: readonly string[], base: string): string[] {
  return names.filter((n) => n === base || conflictOf(n) === base).sort();
}

// --- keys -------------------------------------------------------------------------------

export interface KeysFile {
  vault: Buffer;
  version: number;
  kdf: KdfParams;
  salt: Buffer;
  /** the passphrase slot (the data key sealed) */
  pass: Frame;
  /** the recovery-code slot: carried unchanged through passphrase changes */
  recovery: Frame;
}

export type Derive = (passphrase: Buffer, salt: Buffer, kdf: KdfParams) => Promise<Buffer>;

const b64 = (b: Buffer) => b.toString('base64');
const unb64 = (s: unknown, len: number, what: string): Buffer => {
  if (typeof s !== 'string') throw damaged(`its ${what} is missing`);
  const b = Buffer.from(s, 'base64');
  if (b.length !== len) throw damaged(`its ${what} has the wrong size`);
  return b;
};

function passAad(k: Pick<KeysFile, 'vault' | 'version' | 'kdf' | 'salt'>): Buffer {
  const v = Buffer.alloc(20);
  v.writeUInt32LE(k.version, 0);
  v.writeUInt32LE(k.kdf.m, 4);
  v.writeUInt32LE(k.kdf.t, 8);
  v.writeUInt32LE(k.kdf.p, 12);
  v.writeUInt32LE(SLOT_PASSPHRASE, 16);
  return Buffer.concat([Buffer.from('compeer/shared/v1/slot'), k.vault, v, k.salt]);
}

const recoveryAad = (vault: Buffer) => Buffer.concat([Buffer.from('compeer/shared/v1/slot'), vault, Buffer.from([SLOT_RECOVERY])]);
const recoveryKey = (code: Buffer, vault: Buffer) => hkdf(code, vault, INFO.recovery);

export function encodeKeys(k: KeysFile): Buffer {
  const slot = (s: Frame) => ({ nonce: b64(s.nonce), wrapped: b64(s.ciphertext), tag: b64(s.tag) });
  return Buffer.from(
    `${JSON.stringify({ [SHARED_MAGIC]: 1, vault: k.vault.toString('hex'), version: k.version, kdf: k.kdf, salt: b64(k.salt), pass: slot(k.pass), recovery: slot(k.recovery) })}\n`,
  );
}

export function decodeKeys(buf: Buffer): KeysFile {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(buf.toString('utf8')) as Record<string, unknown>;
  } catch {
    throw damaged('its key file does not read');
  }
  if (o[SHARED_MAGIC] !== 1) {
    if (typeof o[SHARED_MAGIC] === 'number')
      throw new CompeerError('NEWER_VERSION', 'This shared vault was made by a newer Compeer. Nothing was changed.');
    throw damaged('its key file is not a Compeer key file');
  }
  if (typeof o.vault !== 'string' || !/^[0-9a-f]{32}$/.test(o.vault)) throw damaged('its id is missing');
  const kdfRaw = o.kdf as Record<string, unknown> | undefined;
  const kdf = { m: Number(kdfRaw?.m), t: Number(kdfRaw?.t), p: Number(kdfRaw?.p) };
  if (![kdf.m, kdf.t, kdf.p].every(Number.isSafeInteger)) throw damaged('its key-derivation settings are missing');
  // checked before any key is derived: a hostile key file cannot make Compeer hang
  checkKdfParams(kdf);
  const version = Number(o.version);
  if (!Number.isSafeInteger(version) || version < 1) throw damaged('its key version is not valid');
  const slot = (s: unknown, what: string) => {
    const x = s as Record<string, unknown> | undefined;
    return { nonce: unb64(x?.nonce, 12, what), ciphertext: unb64(x?.wrapped, 32, what), tag: unb64(x?.tag, 16, what) };
  };
  return {
    vault: Buffer.from(o.vault, 'hex'),
    version,
    kdf,
    salt: unb64(o.salt, 16, 'salt'),
    pass: slot(o.pass, 'passphrase slot'),
    recovery: slot(o.recovery, 'recovery slot'),
  };
}

/** New keys: a data key, wrapped by the passphrase and by a new recovery code. */
export async function newKeys(passphrase: Buffer, kdf: KdfParams, derive: Derive, code: Buffer) {
  const dataKey = randomBytes(32);
  const vault = randomBytes(16);
  const recovery = seal(recoveryKey(code, vault), dataKey, recoveryAad(vault));
  const keys = await rewrap({ vault, version: 0, kdf, salt: Buffer.alloc(16), pass: recovery, recovery }, dataKey, passphrase, kdf, derive);
  return { keys, dataKey };
}

/** The same data key wrapped by a new passphrase, one version on. */
export async function rewrap(k: KeysFile, dataKey: Buffer, passphrase: Buffer, kdf: KdfParams, derive: Derive): Promise<KeysFile> {
  const salt = randomBytes(16);
  const next = { ...k, version: k.version + 1, kdf, salt };
  const kek = await derive(passphrase, salt, kdf);
  try {
    return { ...next, pass: seal(kek, dataKey, passAad(next)) };
  } finally {
    kek.fill(0);
  }
}

/** The data key, or null when this passphrase does not open these keys. */
export async function unwrapWithPassphrase(k: KeysFile, passphrase: Buffer, derive: Derive): Promise<Buffer | null> {
  const kek = await derive(passphrase, k.salt, k.kdf);
  try {
    return open(kek, k.pass, passAad(k));
  } finally {
    kek.fill(0);
  }
}

export function unwrapWithRecovery(k: KeysFile, code: Buffer): Buffer | null {
  return open(recoveryKey(code, k.vault), k.recovery, recoveryAad(k.vault));
}

/** The order in which copies of the key file are tried: the highest version first, ties by content. */
export function keysOrder(a: { keys: KeysFile; bytes: Buffer }, b: { keys: KeysFile; bytes: Buffer }): number {
  if (a.keys.version !== b.keys.version) return b.keys.version - a.keys.version;
  const ha = createHash('sha256').update(a.bytes).digest('hex');
  const hb = createHash('sha256').update(b.bytes).digest('hex');
  return ha < hb ? -1 : ha > hb ? 1 : 0;
}

// --- logs and snapshots ---------------------------------------------------------------

export interface FolderKeys {
  vault: Buffer;
  log: Buffer;
  snap: Buffer;
  local: Buffer;
}

export const folderKeys = (dataKey: Buffer, vault: Buffer): FolderKeys => ({
  vault,
  log: hkdf(dataKey, vault, INFO.log),
  snap: hkdf(dataKey, vault, INFO.snap),
  local: hkdf(dataKey, vault, INFO.local),
});

function logAad(vault: Buffer, device: string, seq: number): Buffer {
  const s = Buffer.alloc(8);
  s.writeBigUInt64LE(BigInt(seq), 0);
  return Buffer.concat([Buffer.from('log'), vault, Buffer.from(device, 'latin1'), s]);
}

export function encodeBatch(k: FolderKeys, b: Batch): Buffer {
  return encodeRecord(2, seal(k.log, Buffer.from(JSON.stringify(b)), logAad(k.vault, b.d, b.s)));
}

export interface LogRead {
  /** the records in order; `bytes` is where each ends */
  ends: number[];
  /** decrypted batches, from `from` on (earlier ones are not decrypted) */
  batches: Batch[];
  /** a last record cut short (a half-copied file): ignored */
  torn: boolean;
  /** a record that does not decrypt, from which on the copy is not read */
  damagedAt: number | null;
}

/** Read one copy of a device's log; records numbered up to `skip` are only counted, not decrypted. */
export function readLog(k: FolderKeys, device: string, buf: Buffer, skip = 0): LogRead {
  const { records, tornAt, damagedAt } = splitRecords(buf, 0, 2);
  const out: LogRead = { ends: [], batches: [], torn: tornAt !== null, damagedAt };
  for (let i = 0; i < records.length; i++) {
    const seq = i + 1;
    const r = records[i]!;
    if (seq > skip) {
      const plain = open(k.log, r.frame, logAad(k.vault, device, seq));
      if (!plain) {
        out.damagedAt = r.offset;
        break;
      }
      const b = JSON.parse(plain.toString('utf8')) as Batch;
      if (b.s !== seq || b.d !== device) {
        out.damagedAt = r.offset;
        break;
      }
      out.batches.push(b);
    }
    out.ends.push(r.end);
  }
  return out;
}

const snapAad = (vault: Buffer, device: string, what: 'snap' | 'local') =>
  Buffer.concat([Buffer.from(what), vault, Buffer.from(device, 'latin1')]);

export function encodeSnapshot(k: FolderKeys, device: string, state: unknown, what: 'snap' | 'local' = 'snap'): Buffer {
  return encodeRecord(2, seal(what === 'snap' ? k.snap : k.local, Buffer.from(JSON.stringify(state)), snapAad(k.vault, device, what)));
}

/** A snapshot's contents, or null when it is cut short or does not decrypt (another copy or the logs hold the same). */
export function readSnapshot(k: FolderKeys, device: string, buf: Buffer, what: 'snap' | 'local' = 'snap'): unknown {
  const { records } = splitRecords(buf, 0, 2);
  const r = records[0];
  if (!r || records.length !== 1) return null;
  const plain = open(what === 'snap' ? k.snap : k.local, r.frame, snapAad(k.vault, device, what));
  if (!plain) return null;
  try {
    return JSON.parse(plain.toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

/** A device's id from a log or snapshot file name (conflict copies included), or null. */
export function deviceOfFile(name: string, ext: '.log' | '.snap'): string | null {
  const base = conflictOf(name) ?? name;
  if (!base.endsWith(ext)) return null;
  const id = base.slice(0, -ext.length);
  return isDeviceId(id) ? id : null;
}
