import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { CompeerError, newerCompeer } from '../../../shared/errors';

/**
 * The vault file, binary and little-endian (VAULT.md), format 2:
 *   header (64 B) | slots (61 B each) | check (16 B) | commit A (44 B) | commit B (44 B) |
 *   body | change records...
 * header: magic "COMPEER\0" | major u16 | minor u16 | file_id 16 | save_counter u64 |
 *         kdf id u8 | m KiB u32 | t u32 | p u8 | salt 16 | aead id u8 | slot count u8
 * slot:   type u8 | nonce 12 | wrapped MK 32 | tag 16
 * check:  the first 16 bytes of SHA-256(header | slots): unkeyed, so accidental damage to
 *         the header or a slot is called damage before any key is tried, not a wrong passphrase
 * commit: nonce 12 | sealed(count u64 | generation u64) 16 | tag 16, two copies written in
 *         turn after each change record is on disk: how many records were acknowledged, so a
 *         file cut at a record boundary (or swapped for an older copy of itself) can be seen
 * body:   nonce 12 | length u32 | ciphertext | tag 16
 * record: nonce 12 | length u32 | head CRC-32 of (nonce | length) u32 | ciphertext | tag 16
 *
 * Format 1 (no check, no commit blocks, records without a head check) is still read; such
 * a vault is rewritten in format 2 by its first whole save.
 */
export const MAGIC = Buffer.from('COMPEER\0', 'latin1');
export const FORMAT_MAJOR = 2;
export const FORMAT_MINOR = 0;
export const HEADER_BYTES = 64;
export const SLOT_BYTES = 1 + 12 + 32 + 16;
export const CHECK_BYTES = 16;
export const COMMIT_BYTES = 12 + 16 + 16;
export const KDF_ARGON2ID = 1;
export const AEAD_AES256GCM = 1;
export const SLOT_PASSPHRASE = 1;
export const SLOT_RECOVERY = 2;
const COUNTER_OFFSET = 28;
/** format 1's body frame and records: nonce | length | ciphertext | tag */
const FRAME_HEAD = 12 + 4;
/** format 2's records add a CRC-32 of their head */
const RECORD_HEAD_V2 = 12 + 4 + 4;
const TAG_BYTES = 16;

export interface KdfParams {
  /** memory in KiB */
  m: number;
  t: number;
  p: number;
}

/** Floors and caps, checked before the KDF runs so a hostile header cannot hang the app. */
export const KDF_LIMITS = { mMin: 19 * 1024, mMax: 1024 * 1024, tMin: 2, tMax: 10, pMin: 1, pMax: 16 } as const;
export const DEFAULT_KDF: KdfParams = { m: 64 * 1024, t: 3, p: 1 };

export interface Header {
  major: number;
  minor: number;
  fileId: Buffer;
  saveCounter: bigint;
  kdf: KdfParams;
  salt: Buffer;
  slotCount: number;
}

export interface Slot {
  type: number;
  nonce: Buffer;
  wrapped: Buffer;
  tag: Buffer;
}

export interface Frame {
  nonce: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

/** 1: format 1.x; 2: format 2 (check, commit blocks, record head checks) */
export type Layout = 1 | 2;

export interface ParsedPrefix {
  header: Header;
  layout: Layout;
  /** header + slots (+ check in format 2), exactly as on disk: the AAD of the body and records */
  prefix: Buffer;
  slots: Slot[];
  /** where the commit blocks start (format 2) */
  commitOffset: number;
  /** where the body frame starts */
  bodyOffset: number;
}

export interface ParsedVault extends ParsedPrefix {
  body: Frame;
  /** the two commit blocks, as on disk (format 2) */
  commits: Frame[];
  /** offset just past the body; records start here */
  recordsOffset: number;
}

const damaged = (why: string) =>
  new CompeerError('DAMAGED', `The vault file is damaged or not a Compeer vault (${why}). Nothing was changed.`);

export function checkKdfParams(kdf: KdfParams): void {
  const L = KDF_LIMITS;
  if (kdf.m < L.mMin || kdf.t < L.tMin || kdf.p < L.pMin) {
    throw damaged('its key-derivation settings are below the safe minimum');
  }
  if (kdf.m > L.mMax || kdf.t > L.tMax || kdf.p > L.pMax) {
    throw damaged('its key-derivation settings are above the allowed maximum');
  }
}

export function encodeHeader(h: Header): Buffer {
  const b = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(b, 0);
  b.writeUInt16LE(h.major, 8);
  b.writeUInt16LE(h.minor, 10);
  h.fileId.copy(b, 12);
  b.writeBigUInt64LE(h.saveCounter, COUNTER_OFFSET);
  b.writeUInt8(KDF_ARGON2ID, 36);
  b.writeUInt32LE(h.kdf.m, 37);
  b.writeUInt32LE(h.kdf.t, 41);
  b.writeUInt8(h.kdf.p, 45);
  h.salt.copy(b, 46);
  b.writeUInt8(AEAD_AES256GCM, 62);
  b.writeUInt8(h.slotCount, 63);
  return b;
}

const prefixCheck = (headerAndSlots: Buffer): Buffer => createHash('sha256').update(headerAndSlots).digest().subarray(0, CHECK_BYTES);

/** The prefix a format-2 file starts with: header, slots and their unkeyed check. */
export function encodePrefix(header: Header, slots: Buffer): Buffer {
  const hs = Buffer.concat([encodeHeader({ ...header, major: FORMAT_MAJOR, minor: FORMAT_MINOR }), slots]);
  return Buffer.concat([hs, prefixCheck(hs)]);
}

/**
 * The AAD of a slot: the header without the save counter (so slots survive saves) + type.
 * Format 2 also zeroes the format version, so a later format step never invalidates a
 * slot; a slot sealed by format 1 (version 1.0 or 1.1 in its AAD) is carried into format 2
 * unchanged (re-sealing it would need the recovery code), so `legacy` names the version it
 * was sealed under.
 */
export function slotAad(header: Buffer, type: number, legacy?: { major: number; minor: number }): Buffer {
  const aad = Buffer.from(header.subarray(0, HEADER_BYTES));
  aad.fill(0, COUNTER_OFFSET, COUNTER_OFFSET + 8);
  if (legacy) {
    aad.writeUInt16LE(legacy.major, 8);
    aad.writeUInt16LE(legacy.minor, 10);
  } else if (aad.readUInt16LE(8) >= 2) {
    aad.fill(0, 8, 12);
  }
  return Buffer.concat([aad, Buffer.from([type])]);
}

/** The format-1 versions a slot carried into a format-2 file may have been sealed under. */
export const LEGACY_SLOT_VERSIONS = [
  { major: 1, minor: 1 },
  { major: 1, minor: 0 },
] as const;

export function encodeSlot(s: Slot): Buffer {
  return Buffer.concat([Buffer.from([s.type]), s.nonce, s.wrapped, s.tag]);
}

export function encodeFrame(f: Frame): Buffer[] {
  const len = Buffer.alloc(4);
  len.writeUInt32LE(f.ciphertext.length, 0);
  return [f.nonce, len, f.ciphertext, f.tag];
}

/** A change record as written: format 2 adds a CRC-32 of nonce and length after the length. */
export function encodeRecord(layout: Layout, f: Frame): Buffer {
  if (layout === 1) return Buffer.concat(encodeFrame(f));
  const head = Buffer.alloc(RECORD_HEAD_V2);
  f.nonce.copy(head, 0);
  head.writeUInt32LE(f.ciphertext.length, 12);
  head.writeUInt32LE(crc32(head.subarray(0, 16)), 16);
  return Buffer.concat([head, f.ciphertext, f.tag]);
}

export function encodeCommit(f: Frame): Buffer {
  return Buffer.concat([f.nonce, f.ciphertext, f.tag]);
}

function readFrame(buf: Buffer, offset: number, what: string): { frame: Frame; end: number } {
  if (buf.length < offset + FRAME_HEAD) throw damaged(`the ${what} is cut short`);
  const nonce = buf.subarray(offset, offset + 12);
  const len = buf.readUInt32LE(offset + 12);
  const start = offset + FRAME_HEAD;
  if (buf.length < start + len + TAG_BYTES) throw damaged(`the ${what} is cut short`);
  return {
    frame: { nonce, ciphertext: buf.subarray(start, start + len), tag: buf.subarray(start + len, start + len + TAG_BYTES) },
    end: start + len + TAG_BYTES,
  };
}

/** Header and slots, bounds-checked (and, in format 2, checked against their checksum) before any key is derived. */
export function parsePrefix(buf: Buffer): ParsedPrefix {
  if (buf.length < HEADER_BYTES) throw damaged('the file is too short');
  if (!buf.subarray(0, 8).equals(MAGIC)) throw damaged('it does not start with the Compeer signature');
  const major = buf.readUInt16LE(8);
  if (major > FORMAT_MAJOR) {
    throw newerCompeer('vault', `file format ${major}`, FORMAT_MAJOR);
  }
  if (major < 1) throw damaged('unknown file format');
  const layout: Layout = major === 1 ? 1 : 2;
  const slotCount = buf.readUInt8(63);
  const slotsEnd = HEADER_BYTES + slotCount * SLOT_BYTES;
  if (layout === 2) {
    // the checksum first: any damaged byte of the header or slots is reported as damage
    if (slotCount < 1 || slotCount > 4 || buf.length < slotsEnd + CHECK_BYTES) throw damaged('its header is cut short or damaged');
    if (!prefixCheck(buf.subarray(0, slotsEnd)).equals(buf.subarray(slotsEnd, slotsEnd + CHECK_BYTES))) {
      throw damaged('its header does not match its checksum');
    }
  }
  if (buf.readUInt8(36) !== KDF_ARGON2ID) throw damaged('unknown key-derivation function');
  const kdf = { m: buf.readUInt32LE(37), t: buf.readUInt32LE(41), p: buf.readUInt8(45) };
  checkKdfParams(kdf);
  if (buf.readUInt8(62) !== AEAD_AES256GCM) throw damaged('unknown cipher');
  if (slotCount < 1 || slotCount > 4) throw damaged('bad key-slot count');
  const header: Header = {
    major,
    minor: buf.readUInt16LE(10),
    fileId: Buffer.from(buf.subarray(12, 28)),
    saveCounter: buf.readBigUInt64LE(COUNTER_OFFSET),
    kdf,
    salt: Buffer.from(buf.subarray(46, 62)),
    slotCount,
  };
  if (buf.length < slotsEnd) throw damaged('the key slots are cut short');
  const slots: Slot[] = [];
  for (let i = 0; i < slotCount; i++) {
    const o = HEADER_BYTES + i * SLOT_BYTES;
    slots.push({
      type: buf.readUInt8(o),
      nonce: buf.subarray(o + 1, o + 13),
      wrapped: buf.subarray(o + 13, o + 45),
      tag: buf.subarray(o + 45, o + 61),
    });
  }
  const prefixEnd = layout === 2 ? slotsEnd + CHECK_BYTES : slotsEnd;
  const bodyOffset = layout === 2 ? prefixEnd + 2 * COMMIT_BYTES : prefixEnd;
  return { header, layout, prefix: buf.subarray(0, prefixEnd), slots, commitOffset: prefixEnd, bodyOffset };
}

/** Parse and bounds-check everything before any key is derived. */
export function parseVault(buf: Buffer): ParsedVault {
  const p = parsePrefix(buf);
  const commits: Frame[] = [];
  if (p.layout === 2) {
    if (buf.length < p.bodyOffset) throw damaged('the commit blocks are cut short');
    for (let i = 0; i < 2; i++) {
      const o = p.commitOffset + i * COMMIT_BYTES;
      commits.push({ nonce: buf.subarray(o, o + 12), ciphertext: buf.subarray(o + 12, o + 28), tag: buf.subarray(o + 28, o + 44) });
    }
  }
  const { frame: body, end } = readFrame(buf, p.bodyOffset, 'body');
  return { ...p, body, commits, recordsOffset: end };
}

export interface RawRecord {
  frame: Frame;
  offset: number;
  end: number;
}

export interface SplitRecords {
  records: RawRecord[];
  /** where an unfinished last record starts (a crash mid-append), or null */
  tornAt: number | null;
  /** format 2: where a record whose head fails its check starts (damage, not a crash), or null */
  damagedAt: number | null;
}

const allZero = (b: Buffer): boolean => {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
};

/**
 * Split the change records after the body. Only the record being written during a crash
 * can be unfinished, so only a last record that is cut short (or, after a crash, left as
 * zeros by the file system) is reported as a torn tail. In format 2 each record's head has
 * its own check: a damaged length is found as damage, instead of making every later record
 * look like a torn tail.
 */
export function splitRecords(buf: Buffer, offset: number, layout: Layout): SplitRecords {
  const records: RawRecord[] = [];
  const head = layout === 2 ? RECORD_HEAD_V2 : FRAME_HEAD;
  let o = offset;
  while (o < buf.length) {
    if (buf.length - o < head) return { records, tornAt: o, damagedAt: null };
    const nonce = buf.subarray(o, o + 12);
    const len = buf.readUInt32LE(o + 12);
    if (layout === 2 && crc32(buf.subarray(o, o + 16)) !== buf.readUInt32LE(o + 16)) {
      if (allZero(buf.subarray(o))) return { records, tornAt: o, damagedAt: null };
      return { records, tornAt: null, damagedAt: o };
    }
    const start = o + head;
    const end = start + len + TAG_BYTES;
    if (end > buf.length) return { records, tornAt: o, damagedAt: null };
    records.push({ frame: { nonce, ciphertext: buf.subarray(start, start + len), tag: buf.subarray(start + len, end) }, offset: o, end });
    o = end;
  }
  return { records, tornAt: null, damagedAt: null };
}

export function recordAad(prefix: Buffer, bodyTag: Buffer, seq: number): Buffer {
  const s = Buffer.alloc(8);
  s.writeBigUInt64LE(BigInt(seq), 0);
  return Buffer.concat([prefix, bodyTag, s]);
}

/** The AAD of commit block `which` (0 or 1): it belongs to this file's prefix and body. */
export function commitAad(prefix: Buffer, bodyTag: Buffer, which: number): Buffer {
  return Buffer.concat([prefix, bodyTag, Buffer.from('commit'), Buffer.from([which])]);
}

export function encodeCommitPlain(count: number, generation: bigint): Buffer {
  const b = Buffer.alloc(16);
  b.writeBigUInt64LE(BigInt(count), 0);
  b.writeBigUInt64LE(generation, 8);
  return b;
}

export function decodeCommitPlain(b: Buffer): { count: number; generation: bigint } {
  return { count: Number(b.readBigUInt64LE(0)), generation: b.readBigUInt64LE(8) };
}
