import { randomBytes } from 'node:crypto';
import type { Adapter } from 'lowdb';
import { CompeerError } from '../../../shared/errors';
import { SCHEMA_VERSION, type CollectionName, type VaultDocument } from '../../../shared/schema/document';
import { migrateOpFrom } from '../../../shared/schema/migrations';
import {
  COMMIT_BYTES,
  FORMAT_MAJOR,
  FORMAT_MINOR,
  LEGACY_SLOT_VERSIONS,
  SLOT_BYTES,
  SLOT_PASSPHRASE,
  SLOT_RECOVERY,
  commitAad,
  decodeCommitPlain,
  encodeCommit,
  encodeCommitPlain,
  encodeHeader,
  encodePrefix,
  encodeRecord,
  encodeSlot,
  parsePrefix,
  recordAad,
  slotAad,
  splitRecords,
  type Header,
  type KdfParams,
  type Layout,
  type ParsedPrefix,
} from './format';
import { errno, ioError, type VaultFs } from './fs-ops';
import { argon2idKey } from './kdf';
import { DATA_INFO, RECOVERY_INFO, hkdf, newRecoveryCode, open, parseRecoveryCode, passphraseBytes, seal } from './keys';
import { decodeBody } from './body-codec';
import { RecordIndex, applyOps, parseOp, type VaultOp } from './ops';
import { readVault } from './read-file';
import { writeWholeVault } from './whole-file';
import {
  adoptMark,
  afterWholeSave,
  markKey,
  markPaths,
  missingAgainst,
  positionOf,
  readMark,
  topCounterOf,
  writeMark,
  type Mark,
  type MarkCheck,
} from './mark';

export type Credential = { kind: 'passphrase'; passphrase: string } | { kind: 'recovery'; code: string };

/** The keys of a vault: enough to write a file that opens with its passphrase and recovery code. */
export interface VaultKeys {
  header: Header;
  /** the key slots, as on disk */
  slots: Buffer;
  mk: Buffer;
  dek: Buffer;
}

/** What an unlocked vault keeps in memory: the keys and the layout of the file on disk. */
interface Session extends VaultKeys {
  layout: Layout;
  /** header + slots (+ check): the AAD of the body and the records */
  prefix: Buffer;
  bodyTag: Buffer;
  /** next change record's sequence number */
  seq: number;
  /** byte length of the valid part of the file; a torn tail beyond it is cut before appending */
  end: number;
  fileBytes: number;
  recordBytes: number;
  /** format 2: the generation of the newest commit block */
  commitGen: bigint;
  droppedTornRecord: boolean;
  /** format 2: acknowledged change records that are not in the file (it was cut or replaced) */
  missingRecords: number;
  /** format 2: neither commit block could be read, so a cut cannot be ruled out */
  commitUnreadable: boolean;
  /** the schema version of the last whole save: an older one is migrated in memory */
  bodyVersion: number;
  /** the high-water mark this session goes on from (mark.ts); in a vault behind its mark, the mark as read */
  mark: Mark;
  /** the running count of changes acknowledged for this vault: above the file's own when changes are missing */
  acknowledged: number;
  markCheck: MarkCheck | 'off';
  /** acknowledged changes the file lacks compared with its mark: 0 none, null an unknown number */
  markMissing: number | null;
  /** the mark on disk differs from `mark` (none yet, older, or not verified): write it at the next chance */
  markStale: boolean;
}

export interface AdapterInfo {
  saveCounter: bigint;
  fileBytes: number;
  recordBytes: number;
  records: number;
  kdf: KdfParams;
  layout: Layout;
  droppedTornRecord: boolean;
  missingRecords: number;
  commitUnreadable: boolean;
  /** the file holds an older file format or schema version: rewrite it before appending to it */
  needsUpgrade: boolean;
  /** whether this vault's high-water mark was found and verified ('off' when not kept, as for a backup) */
  markCheck: MarkCheck | 'off';
  /** acknowledged changes the file lacks compared with its high-water mark: 0 none, null an unknown number */
  markMissing: number | null;
  /** the newest whole save and record count acknowledged: what a backup must reach to hold every change */
  acknowledgedState: { saveCounter: bigint; records: number };
}

/** Where a vault keeps its high-water mark (mark.ts): `home`, the data folder, or none (beside the backups only). */
export interface MarkOptions {
  home: string | null;
}

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

async function unwrapMasterKey(parsed: ParsedPrefix, cred: Credential): Promise<Buffer> {
  const headerBuf = parsed.prefix.subarray(0, 64);
  const type = cred.kind === 'passphrase' ? SLOT_PASSPHRASE : SLOT_RECOVERY;
  const slot = parsed.slots.find((s) => s.type === type);
  const wrong =
    cred.kind === 'passphrase'
      ? new CompeerError('WRONG_PASSPHRASE', 'That passphrase does not open this vault. Check it and try again; nothing was changed.')
      : new CompeerError(
          'WRONG_RECOVERY_CODE',
          'That recovery code does not open this vault. Check it and try again; nothing was changed.',
        );
  if (!slot) throw wrong;
  const key =
    cred.kind === 'passphrase'
      ? await argon2idKey(passphraseBytes(cred.passphrase), parsed.header.salt, parsed.header.kdf)
      : hkdf(parseRecoveryCode(cred.code), parsed.header.fileId, RECOVERY_INFO);
  // a format-2 file may carry a slot sealed by format 1, under that version's AAD
  const versions = parsed.layout === 2 ? [undefined, ...LEGACY_SLOT_VERSIONS] : [undefined];
  let mk: Buffer | null = null;
  for (const legacy of versions) {
    mk = open(key, { nonce: slot.nonce, ciphertext: slot.wrapped, tag: slot.tag }, slotAad(headerBuf, type, legacy));
    if (mk) break;
  }
  key.fill(0);
  if (!mk) throw wrong;
  return mk;
}

const slotsOfPrefix = (prefix: Buffer, slotCount: number): Buffer => Buffer.from(prefix.subarray(64, 64 + slotCount * SLOT_BYTES));
const slotsOf = (p: ParsedPrefix): Buffer => slotsOfPrefix(p.prefix, p.header.slotCount);

const damaged = (why: string) => new CompeerError('DAMAGED', `The vault file is damaged (${why}). Nothing was changed.`);

/** The whole save and record count every acknowledged change is in. */
function acknowledgedState(s: Session): { saveCounter: bigint; records: number } {
  const beyond = s.acknowledged - positionOf(s.mark);
  return beyond > 0 || s.markMissing !== 0
    ? { saveCounter: s.mark.saveCounter, records: s.mark.records + Math.max(0, beyond) }
    : { saveCounter: s.header.saveCounter, records: s.seq };
}

/**
 * A backup's whole save and (when this vault's key opens its commit blocks) how many change
 * records it acknowledged, read from its head and body tag alone.
 */
async function backupState(
  fs: VaultFs,
  path: string,
  dek: Buffer,
): Promise<{ fileId: Buffer; saveCounter: bigint; records: number | null }> {
  const fh = await fs.open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    const head = Buffer.alloc(Math.min(size, 4096));
    await fh.read(head, 0, head.length, 0);
    const p = parsePrefix(head);
    if (p.layout !== 2 || head.length < p.bodyOffset + 16)
      return { fileId: p.header.fileId, saveCounter: p.header.saveCounter, records: null };
    const length = head.readUInt32LE(p.bodyOffset + 12);
    const tag = Buffer.alloc(16);
    const { bytesRead } = await fh.read(tag, 0, 16, p.bodyOffset + 16 + length);
    let records: number | null = null;
    if (bytesRead === 16) {
      for (let which = 0, gen = -1n; which < 2; which++) {
        const o = p.commitOffset + which * COMMIT_BYTES;
        const plain = open(
          dek,
          { nonce: head.subarray(o, o + 12), ciphertext: head.subarray(o + 12, o + 28), tag: head.subarray(o + 28, o + 44) },
          commitAad(p.prefix, tag, which),
        );
        if (!plain) continue;
        const c = decodeCommitPlain(plain);
        if (c.generation > gen) {
          gen = c.generation;
          records = c.count;
        }
      }
    }
    return { fileId: p.header.fileId, saveCounter: p.header.saveCounter, records };
  } finally {
    await fh.close();
  }
}

/**
 * lowdb adapter over one encrypted vault file. `read()` decrypts the last whole save and
 * replays the change records after it; `write()` writes a fresh whole file (compaction);
 * `append()` adds one encrypted change record. A missing file reads as null (first run);
 * anything else that cannot be read throws, so lowdb never falls back to defaults and a
 * later write can never replace a vault it could not read.
 */
export class EncryptedAdapter implements Adapter<VaultDocument> {
  private session: Session | null = null;
  /** told when a collection parsed on first use (journal, notes) is parsed, so it can be checked then */
  onLazyParsed: ((name: CollectionName) => void) | null = null;

  constructor(
    readonly path: string,
    private readonly fs: VaultFs,
    private credential: Credential | null,
    /** copies the current file into backups/: before a whole save replaces it, and before a torn tail is cut */
    private readonly backup: () => Promise<void>,
    /** the counter the next whole save gets (above any backup's, so a rollback can be seen) */
    private readonly nextCounter: (current: bigint) => Promise<bigint>,
    /** the high-water mark's places; null: none kept (a backup opened to read or restore) */
    private readonly marks: MarkOptions | null = null,
  ) {}

  get unlocked(): boolean {
    return this.session !== null;
  }

  info(): AdapterInfo {
    const s = this.need();
    return {
      saveCounter: s.header.saveCounter,
      fileBytes: s.fileBytes,
      recordBytes: s.recordBytes,
      records: s.seq,
      kdf: s.header.kdf,
      layout: s.layout,
      droppedTornRecord: s.droppedTornRecord,
      missingRecords: s.missingRecords,
      commitUnreadable: s.commitUnreadable,
      needsUpgrade: s.layout === 1 || s.bodyVersion < SCHEMA_VERSION,
      markCheck: s.markCheck,
      markMissing: s.markMissing,
      acknowledgedState: acknowledgedState(s),
    };
  }

  /** The keys of the vault file at `path`, opened with its passphrase (for restoring a backup under them). */
  static async readKeys(fs: VaultFs, path: string, passphrase: string): Promise<VaultKeys> {
    let buf: Buffer;
    try {
      buf = await fs.readFile(path);
    } catch (e) {
      if (errno(e) === 'ENOENT') throw new CompeerError('NOT_FOUND', `There is no vault at ${path}.`);
      throw ioError(e, 'read the vault');
    }
    const parsed = parsePrefix(buf);
    const mk = await unwrapMasterKey(parsed, { kind: 'passphrase', passphrase });
    return { header: parsed.header, slots: slotsOf(parsed), mk, dek: hkdf(mk, parsed.header.fileId, DATA_INFO) };
  }

  async read(): Promise<VaultDocument | null> {
    const cred = this.credential;
    const keys: { mk?: Buffer; dek?: Buffer } = {};
    const file = await readVault(this.fs, this.path, async (p) => {
      if (!cred) throw new CompeerError('LOCKED', 'The vault is locked.');
      keys.mk = await unwrapMasterKey(p, cred);
      keys.dek = hkdf(keys.mk, p.header.fileId, DATA_INFO);
      return keys.dek;
    });
    if (!file) return null;
    this.credential = null;
    const { mk, dek } = keys;
    if (!mk || !dek) throw new CompeerError('LOCKED', 'The vault is locked.');
    let body = file.body;
    if (!body) throw damaged('its contents do not match their checksum');
    const { layout, header, prefix, bodyTag, commits, fileBytes, recordsOffset, records: buf } = file;

    // How many change records were acknowledged: the newer of the two commit blocks.
    let committed = 0;
    let commitGen = 0n;
    let commitUnreadable = false;
    if (layout === 2) {
      const blocks = commits
        .map((c, which) => open(dek, c, commitAad(prefix, bodyTag, which)))
        .filter((p): p is Buffer => p !== null)
        .map(decodeCommitPlain);
      if (blocks.length === 0) commitUnreadable = true;
      for (const b of blocks) {
        if (b.generation >= commitGen) {
          commitGen = b.generation;
          committed = b.count;
        }
      }
    }

    const { doc, version: bodyVersion } = decodeBody(body, (name) => this.onLazyParsed?.(name));
    body = null;
    // records, now at the start of `buf`
    const { records, tornAt, damagedAt } = splitRecords(buf, 0, layout);
    const index = new RecordIndex(doc);
    let end = 0;
    let seq = 0;
    let dropped = tornAt !== null;
    for (const rec of records) {
      const plain = open(dek, rec.frame, recordAad(prefix, bodyTag, seq));
      if (!plain) {
        // Only a last record that was never acknowledged may fail: a crash while appending it.
        if (rec.end === buf.length && tornAt === null && damagedAt === null && seq >= committed) {
          dropped = true;
          break;
        }
        throw damaged(`change record ${seq + 1} does not match its checksum`);
      }
      let ops: VaultOp[];
      try {
        // a record appended after an older whole save holds changes in that older version
        ops = (JSON.parse(plain.toString('utf8')) as unknown[]).map((raw) => parseOp(migrateOpFrom(bodyVersion, raw)));
      } catch {
        throw damaged(`change record ${seq + 1} is not readable`);
      }
      applyOps(doc, ops, index);
      seq += 1;
      end = rec.end;
    }
    if (damagedAt !== null) {
      // bytes after every acknowledged record were never acknowledged: set aside like a torn tail
      if (seq >= committed && !commitUnreadable && seq === records.length) dropped = true;
      else throw damaged(`the head of change record ${seq + 1} does not match its check`);
    }
    const missingRecords = Math.max(0, committed - seq);
    const marks = await this.checkMark(
      header.fileId,
      dek,
      header.saveCounter,
      seq,
      Math.max(seq, committed),
      missingRecords > 0 || commitUnreadable,
    );
    this.session = {
      header,
      slots: slotsOfPrefix(prefix, header.slotCount),
      layout,
      prefix,
      mk,
      dek,
      bodyTag,
      seq,
      end: recordsOffset + end,
      fileBytes,
      recordBytes: end,
      commitGen,
      droppedTornRecord: dropped,
      missingRecords,
      commitUnreadable,
      bodyVersion,
      ...marks,
    };
    return doc;
  }

  /**
   * Compare the file just read with its high-water mark. A file that is whole goes on from
   * the mark (adopted); one that is behind it (or cut, or with an unreadable count) keeps the
   * mark as read, so nothing written later can lower it without the person's word.
   */
  private async checkMark(fileId: Buffer, dek: Buffer, counter: bigint, records: number, committed: number, damaged: boolean) {
    if (!this.marks) {
      return {
        mark: adoptMark(null, counter, records),
        acknowledged: records,
        markCheck: 'off' as const,
        markMissing: 0,
        markStale: false,
      };
    }
    const key = markKey(dek, fileId);
    const reading = await readMark(this.fs, markPaths(this.path, fileId, this.marks.home), key, fileId);
    key.fill(0);
    const seen = reading.mark;
    const markMissing = seen ? missingAgainst(seen, counter, records) : 0;
    if (seen && markMissing !== 0) {
      // behind the mark: keep it as read; the file's own count may say more of its whole save
      const base = seen.starts.findLast((s) => s.counter === counter)?.at;
      const acknowledged = Math.max(positionOf(seen), base === undefined ? 0 : base + committed);
      return { mark: seen, acknowledged, markCheck: reading.check, markMissing, markStale: false };
    }
    const mark = adoptMark(seen, counter, records);
    // cut short (or its count unreadable): the file's own count says what was acknowledged
    if (damaged)
      return { mark, acknowledged: positionOf(mark) + (committed - records), markCheck: reading.check, markMissing, markStale: false };
    const markStale = !seen || seen.saveCounter !== counter || seen.records !== records;
    return { mark, acknowledged: positionOf(mark), markCheck: reading.check, markMissing, markStale };
  }

  /** Write the mark now if it is not what this session goes on from (a vault opened to write, with nothing missing). */
  async refreshMark(): Promise<void> {
    const s = this.need();
    if (!s.markStale) return;
    await this.saveMark(s, s.dek, true);
    s.markStale = false;
  }

  private async saveMark(s: { header: Header; mark: Mark }, dek: Buffer, durable: boolean): Promise<void> {
    if (!this.marks) return;
    const key = markKey(dek, s.header.fileId);
    try {
      await writeMark(this.fs, markPaths(this.path, s.header.fileId, this.marks.home), key, s.header.fileId, s.mark, durable);
    } finally {
      key.fill(0);
    }
  }

  /**
   * The newest of `backups` (newest first) that holds every acknowledged change: a later whole
   * save, the same one with at least as many change records, or an earlier one whose changes
   * the mark's history counts as enough (its records counted by its commit blocks, which need
   * this vault's key). Null when none does.
   */
  async backupHoldingAll<B extends { path: string }>(backups: readonly B[]): Promise<B | null> {
    const s = this.need();
    const want: Mark = { ...s.mark, ...acknowledgedState(s) };
    for (const b of backups) {
      const state = await backupState(this.fs, b.path, s.dek).catch(() => null);
      if (!state || !state.fileId.equals(s.header.fileId)) continue;
      if (state.saveCounter > want.saveCounter) return b;
      if (state.records !== null && missingAgainst(want, state.saveCounter, state.records) === 0) return b;
    }
    return null;
  }

  /** First save of a new vault, with fresh keys. Returns the recovery code to show once. */
  async create(passphrase: string, kdf: KdfParams, doc: VaultDocument): Promise<string> {
    const keys = await newKeys(passphrase, randomBytes(16), kdf, 1n);
    await this.writeWith(keys, doc, false);
    return keys.recoveryCode;
  }

  /** Compaction: the whole document as a fresh file, replacing the old one and its records (`stop`: give up, whole-file.ts). */
  async write(doc: VaultDocument, stop?: () => boolean): Promise<void> {
    await this.writeWith(this.need(), doc, true, stop);
  }

  /** New passphrase and master key, body re-encrypted; the old passphrase and code stop working. */
  async rekey(passphrase: string, kdf: KdfParams, doc: VaultDocument): Promise<string> {
    const old = this.need();
    const keys = await newKeys(passphrase, old.header.fileId, kdf, old.header.saveCounter);
    await this.writeWith(keys, doc, true);
    old.mk.fill(0);
    old.dek.fill(0);
    return keys.recoveryCode;
  }

  /** Check a passphrase (or recovery code) against this vault's slot without touching the file. */
  async checkCredential(cred: Credential): Promise<void> {
    const s = this.need();
    const mk = await unwrapMasterKey(parsePrefix(s.prefix), cred);
    const same = mk.equals(s.mk);
    mk.fill(0);
    if (!same) {
      throw cred.kind === 'passphrase'
        ? new CompeerError('WRONG_PASSPHRASE', 'That passphrase does not open this vault.')
        : new CompeerError('WRONG_RECOVERY_CODE', 'That recovery code does not open this vault.');
    }
  }

  /** Write `doc` as a whole file at this adapter's path under the given keys (restoring a backup). */
  async writeWithKeys(keys: VaultKeys, doc: VaultDocument): Promise<void> {
    await this.writeWith({ ...keys, mk: Buffer.from(keys.mk), dek: Buffer.from(keys.dek) }, doc, true);
  }

  /** The keys in use, copied (the caller must fill them with zeros when done). */
  keys(): VaultKeys {
    const s = this.need();
    return { header: s.header, slots: s.slots, mk: Buffer.from(s.mk), dek: Buffer.from(s.dek) };
  }

  private async writeWith(keys: VaultKeys, doc: VaultDocument, replacing: boolean, stop?: () => boolean): Promise<void> {
    const old = this.session;
    // the mark goes on from this session's, or (restoring a backup, creating) from the one on disk
    let base: Mark | null = old ? old.mark : null;
    if (!old && this.marks) {
      const key = markKey(keys.dek, keys.header.fileId);
      base = (await readMark(this.fs, markPaths(this.path, keys.header.fileId, this.marks.home), key, keys.header.fileId)).mark;
      key.fill(0);
    }
    const acknowledged = old ? Math.max(old.acknowledged, positionOf(old.mark)) : base ? positionOf(base) : 0;
    let counter = await this.nextCounter(keys.header.saveCounter);
    if (base && topCounterOf(base) >= counter) counter = topCounterOf(base) + 1n;
    const header: Header = { ...keys.header, major: FORMAT_MAJOR, minor: FORMAT_MINOR, saveCounter: counter };
    const prefix = encodePrefix(header, keys.slots);
    let existing = replacing;
    const { bytes, bodyTag } = await writeWholeVault(
      this.fs,
      this.path,
      prefix,
      keys.dek,
      doc,
      async () => {
        if (!existing) return;
        try {
          await this.fs.stat(this.path);
        } catch {
          existing = false;
          return;
        }
        await this.backup();
      },
      stop,
    );
    this.session = {
      header,
      slots: keys.slots,
      mk: keys.mk,
      dek: keys.dek,
      layout: 2,
      prefix,
      bodyTag,
      seq: 0,
      end: bytes,
      fileBytes: bytes,
      recordBytes: 0,
      commitGen: 1n,
      droppedTornRecord: false,
      missingRecords: 0,
      commitUnreadable: false,
      bodyVersion: SCHEMA_VERSION,
      mark: afterWholeSave(base, counter, acknowledged),
      acknowledged,
      markCheck: this.marks ? 'ok' : 'off',
      markMissing: 0,
      markStale: false,
    };
    // after the rename and the folder's fsync: the mark is never ahead of the file
    await this.saveMark(this.session, keys.dek, true);
  }

  /**
   * Append one encrypted change record and fsync it: a save after an edit. In format 2 the
   * newer commit block then records that it is acknowledged (and is fsynced too).
   */
  async append(ops: readonly VaultOp[]): Promise<void> {
    const s = this.need();
    const frame = seal(s.dek, Buffer.from(JSON.stringify(ops), 'utf8'), recordAad(s.prefix, s.bodyTag, s.seq));
    const bytes = encodeRecord(s.layout, frame);
    if (s.fileBytes !== s.end) {
      // a torn tail from a crash is cut before appending, but never without a copy of it
      await this.backup();
    }
    let fh;
    try {
      fh = await this.fs.open(this.path, 'r+');
    } catch (e) {
      throw ioError(e, 'save your change');
    }
    const gen = s.commitGen + 1n;
    try {
      if (s.fileBytes !== s.end) {
        await fh.truncate(s.end);
        s.fileBytes = s.end;
        s.droppedTornRecord = false;
      }
      await fh.write(bytes, 0, bytes.length, s.end);
      await fh.sync();
      if (s.layout === 2) {
        const which = Number(gen % 2n);
        const block = encodeCommit(seal(s.dek, encodeCommitPlain(s.seq + 1, gen), commitAad(s.prefix, s.bodyTag, which)));
        await fh.write(block, 0, COMMIT_BYTES, s.prefix.length + which * COMMIT_BYTES);
        await fh.sync();
      }
    } catch (e) {
      // Cut off whatever part of this record was written, so the file ends at the last good record.
      await fh.truncate(s.end).catch(() => undefined);
      throw ioError(e, 'save your change');
    } finally {
      await fh.close();
    }
    s.commitGen = gen;
    s.end += bytes.length;
    s.fileBytes = s.end;
    s.recordBytes += bytes.length;
    s.seq += 1;
    s.mark = { ...s.mark, records: s.mark.records + 1 };
    s.acknowledged = Math.max(s.acknowledged, positionOf(s.mark));
    // after the record and its commit block are on disk, without an fsync of its own (mark.ts says why)
    await this.saveMark(s, s.dek, false);
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
