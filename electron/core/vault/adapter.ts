import { randomBytes } from 'node:crypto';
import type { Adapter } from 'lowdb';
import { CompeerError } from '../../../shared/errors';
import type { VaultDocument } from '../../../shared/schema/document';
import {
  FORMAT_MAJOR,
  FORMAT_MINOR,
  SLOT_PASSPHRASE,
  SLOT_RECOVERY,
  encodeFrame,
  encodeHeader,
  encodeSlot,
  parseVault,
  recordAad,
  slotAad,
  splitRecords,
  type Header,
  type KdfParams,
  type ParsedVault,
} from './format';
import { errno, ioError, type VaultFs } from './fs-ops';
import { argon2idKey } from './kdf';
import { DATA_INFO, RECOVERY_INFO, hkdf, newRecoveryCode, open, parseRecoveryCode, passphraseBytes, seal } from './keys';
import { decodeBody } from './body-codec';
import { applyOps, parseOp, type VaultOp } from './ops';
import { writeWholeVault } from './whole-file';

export type Credential = { kind: 'passphrase'; passphrase: string } | { kind: 'recovery'; code: string };

/** What an unlocked vault keeps in memory: the keys and the layout of the file on disk. */
interface Session {
  header: Header;
  slots: Buffer;
  mk: Buffer;
  dek: Buffer;
  bodyTag: Buffer;
  /** next change record's sequence number */
  seq: number;
  /** byte length of the valid part of the file; a torn tail beyond it is cut before appending */
  end: number;
  fileBytes: number;
  recordBytes: number;
  droppedTornRecord: boolean;
}

const prefixOf = (s: Session): Buffer => Buffer.concat([encodeHeader(s.header), s.slots]);

/** New keys for a vault: a fresh master key wrapped by the passphrase and by a new recovery code. */
export async function newKeys(passphrase: string, fileId: Buffer, kdf: KdfParams, saveCounter: bigint) {
  const salt = randomBytes(16);
  const mk = randomBytes(32);
  const header: Header = { major: FORMAT_MAJOR, minor: FORMAT_MINOR, fileId, saveCounter, kdf, salt, slotCount: 2 };
  const headerBuf = encodeHeader(header);
  const kek = await argon2idKey(passphraseBytes(passphrase), salt, kdf);
  const recovery = newRecoveryCode();
  const rk = hkdf(recovery.bytes, fileId, RECOVERY_INFO);
  const s1 = seal(kek, mk, slotAad(headerBuf, SLOT_PASSPHRASE));
  const s2 = seal(rk, mk, slotAad(headerBuf, SLOT_RECOVERY));
  kek.fill(0);
  rk.fill(0);
  const slots = Buffer.concat([
    encodeSlot({ type: SLOT_PASSPHRASE, nonce: s1.nonce, wrapped: s1.ciphertext, tag: s1.tag }),
    encodeSlot({ type: SLOT_RECOVERY, nonce: s2.nonce, wrapped: s2.ciphertext, tag: s2.tag }),
  ]);
  return { header, slots, mk, dek: hkdf(mk, fileId, DATA_INFO), recoveryCode: recovery.code };
}

async function unwrapMasterKey(parsed: ParsedVault, cred: Credential): Promise<Buffer> {
  const headerBuf = parsed.prefix.subarray(0, 64);
  const type = cred.kind === 'passphrase' ? SLOT_PASSPHRASE : SLOT_RECOVERY;
  const slot = parsed.slots.find((s) => s.type === type);
  const wrong =
    cred.kind === 'passphrase'
      ? new CompeerError('WRONG_PASSPHRASE', 'That passphrase does not open this vault. Check it and try again; nothing was changed.')
      : new CompeerError('WRONG_RECOVERY_CODE', 'That recovery code does not open this vault. Check it and try again; nothing was changed.');
  if (!slot) throw wrong;
  const key =
    cred.kind === 'passphrase'
      ? await argon2idKey(passphraseBytes(cred.passphrase), parsed.header.salt, parsed.header.kdf)
      : hkdf(parseRecoveryCode(cred.code), parsed.header.fileId, RECOVERY_INFO);
  const mk = open(key, { nonce: slot.nonce, ciphertext: slot.wrapped, tag: slot.tag }, slotAad(headerBuf, type));
  key.fill(0);
  if (!mk) throw wrong;
  return mk;
}

const damaged = (why: string) => new CompeerError('DAMAGED', `The vault file is damaged (${why}). Nothing was changed.`);

/**
 * lowdb adapter over one encrypted vault file. `read()` decrypts the last whole save and
 * replays the change records after it; `write()` writes a fresh whole file (compaction);
 * `append()` adds one encrypted change record. A missing file reads as null (first run);
 * anything else that cannot be read throws, so lowdb never falls back to defaults and a
 * later write can never replace a vault it could not read.
 */
export class EncryptedAdapter implements Adapter<VaultDocument> {
  private session: Session | null = null;

  constructor(
    readonly path: string,
    private readonly fs: VaultFs,
    private credential: Credential | null,
    /** called just before a whole save replaces the current file */
    private readonly backup: () => Promise<void>,
    /** the counter the next whole save gets (above any backup's, so a rollback can be seen) */
    private readonly nextCounter: (current: bigint) => Promise<bigint>,
  ) {}

  get unlocked(): boolean {
    return this.session !== null;
  }

  info() {
    const s = this.need();
    return {
      saveCounter: s.header.saveCounter,
      fileBytes: s.fileBytes,
      recordBytes: s.recordBytes,
      records: s.seq,
      kdf: s.header.kdf,
      droppedTornRecord: s.droppedTornRecord,
    };
  }

  async read(): Promise<VaultDocument | null> {
    let buf: Buffer;
    try {
      buf = await this.fs.readFile(this.path);
    } catch (e) {
      if (errno(e) === 'ENOENT') return null;
      throw ioError(e, 'read the vault');
    }
    const parsed = parseVault(buf);
    if (!this.credential) throw new CompeerError('LOCKED', 'The vault is locked.');
    const mk = await unwrapMasterKey(parsed, this.credential);
    this.credential = null;
    const dek = hkdf(mk, parsed.header.fileId, DATA_INFO);
    const body = open(dek, parsed.body, parsed.prefix);
    if (!body) throw damaged('its contents do not match their checksum');
    const doc = decodeBody(body);
    const { records, tornAt } = splitRecords(buf, parsed.recordsOffset);
    let end = tornAt ?? buf.length;
    let seq = 0;
    let dropped = tornAt !== null;
    for (const rec of records) {
      const plain = open(dek, rec.frame, recordAad(parsed.prefix, parsed.body.tag, seq));
      if (!plain) {
        // Only the last record may fail: a crash while appending it. It was never acknowledged.
        if (rec.end === buf.length) {
          end = rec.offset;
          dropped = true;
          break;
        }
        throw damaged(`change record ${seq + 1} does not match its checksum`);
      }
      let ops: VaultOp[];
      try {
        ops = (JSON.parse(plain.toString('utf8')) as unknown[]).map(parseOp);
      } catch {
        throw damaged(`change record ${seq + 1} is not readable`);
      }
      applyOps(doc, ops);
      seq += 1;
    }
    this.session = {
      header: parsed.header,
      slots: Buffer.from(parsed.prefix.subarray(64)),
      mk,
      dek,
      bodyTag: Buffer.from(parsed.body.tag),
      seq,
      end,
      fileBytes: buf.length,
      recordBytes: end - parsed.recordsOffset,
      droppedTornRecord: dropped,
    };
    return doc;
  }

  /** First save of a new vault, with fresh keys. Returns the recovery code to show once. */
  async create(passphrase: string, kdf: KdfParams, doc: VaultDocument): Promise<string> {
    const keys = await newKeys(passphrase, randomBytes(16), kdf, 1n);
    await this.writeWith({ ...keys, bodyTag: Buffer.alloc(0), seq: 0, end: 0, fileBytes: 0, recordBytes: 0, droppedTornRecord: false }, doc, false);
    return keys.recoveryCode;
  }

  /** Compaction: the whole document as a fresh file, replacing the old one and its records. */
  async write(doc: VaultDocument): Promise<void> {
    await this.writeWith(this.need(), doc, true);
  }

  /** New passphrase and master key, body re-encrypted; the old passphrase and code stop working. */
  async rekey(passphrase: string, kdf: KdfParams, doc: VaultDocument): Promise<string> {
    const old = this.need();
    const keys = await newKeys(passphrase, old.header.fileId, kdf, old.header.saveCounter);
    await this.writeWith({ ...old, ...keys }, doc, true);
    old.mk.fill(0);
    old.dek.fill(0);
    return keys.recoveryCode;
  }

  /** Check a passphrase against this vault's slot without touching the file. */
  async checkPassphrase(passphrase: string): Promise<void> {
    const s = this.need();
    const parsed = parseVault(Buffer.concat([prefixOf(s), Buffer.alloc(32)]));
    const mk = await unwrapMasterKey(parsed, { kind: 'passphrase', passphrase });
    const same = mk.equals(s.mk);
    mk.fill(0);
    if (!same) throw new CompeerError('WRONG_PASSPHRASE', 'That passphrase does not open this vault.');
  }

  /** Write this document with this vault's keys to another path (restoring a backup). */
  async writeCopyTo(target: EncryptedAdapter, doc: VaultDocument): Promise<void> {
    const s = this.need();
    await target.writeWith({ ...s, mk: Buffer.from(s.mk), dek: Buffer.from(s.dek) }, doc, true);
  }

  private async writeWith(base: Session, doc: VaultDocument, replacing: boolean): Promise<void> {
    const counter = await this.nextCounter(base.header.saveCounter);
    const header: Header = { ...base.header, saveCounter: counter };
    const prefix = Buffer.concat([encodeHeader(header), base.slots]);
    let existing = replacing;
    const { bytes, bodyTag } = await writeWholeVault(this.fs, this.path, prefix, base.dek, doc, async () => {
      if (!existing) return;
      try {
        await this.fs.stat(this.path);
      } catch {
        existing = false;
        return;
      }
      await this.backup();
    });
    this.session = { ...base, header, bodyTag, seq: 0, end: bytes, fileBytes: bytes, recordBytes: 0, droppedTornRecord: false };
  }

  /** Append one encrypted change record and fsync it: a save after an edit. */
  async append(ops: readonly VaultOp[]): Promise<void> {
    const s = this.need();
    const frame = seal(s.dek, Buffer.from(JSON.stringify(ops), 'utf8'), recordAad(prefixOf(s), s.bodyTag, s.seq));
    const bytes = Buffer.concat(encodeFrame(frame));
    let fh;
    try {
      fh = await this.fs.open(this.path, 'r+');
    } catch (e) {
      throw ioError(e, 'save your change');
    }
    try {
      if (s.droppedTornRecord || s.fileBytes !== s.end) {
        await fh.truncate(s.end);
        s.droppedTornRecord = false;
      }
      await fh.write(bytes, 0, bytes.length, s.end);
      await fh.sync();
    } catch (e) {
      // Cut off whatever part was written, so the file ends at the last good record.
      await fh.truncate(s.end).catch(() => undefined);
      throw ioError(e, 'save your change');
    } finally {
      await fh.close();
    }
    s.end += bytes.length;
    s.fileBytes = s.end;
    s.recordBytes += bytes.length;
    s.seq += 1;
  }

  /** Drop the keys from memory. */
  forget(): void {
    if (this.session) {
      this.session.mk.fill(0);
      this.session.dek.fill(0);
    }
    this.session = null;
    this.credential = null;
  }

  private need(): Session {
    if (!this.session) throw new CompeerError('LOCKED', 'The vault is locked.');
    return this.session;
  }
}
