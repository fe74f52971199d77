import { CompeerError } from '../../../shared/errors';

/**
 * The vault file, binary and little-endian (VAULT.md):
 *   header (64 B) | slots (61 B each) | body | change records...
 * header: magic "COMPEER\0" | major u16 | minor u16 | file_id 16 | save_counter u64 |
 *         kdf id u8 | m KiB u32 | t u32 | p u8 | salt 16 | aead id u8 | slot count u8
 * slot:   type u8 | nonce 12 | wrapped MK 32 | tag 16
 * body:   nonce 12 | length u32 | ciphertext | tag 16
 * record: nonce 12 | length u32 | ciphertext | tag 16
 */
export const MAGIC = Buffer.from('COMPEER\0', 'latin1');
export const FORMAT_MAJOR = 1;
/** 1: the body is segmented (body-codec.ts); 1.0 bodies are still read. */
export const FORMAT_MINOR = 1;
export const HEADER_BYTES = 64;
export const SLOT_BYTES = 1 + 12 + 32 + 16;
export const FRAME_OVERHEAD = 12 + 4 + 16;
export const KDF_ARGON2ID = 1;
export const AEAD_AES256GCM = 1;
export const SLOT_PASSPHRASE = 1;
export const SLOT_RECOVERY = 2;
const COUNTER_OFFSET = 28;

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

export interface ParsedVault {
  header: Header;
  /** header + slots, exactly as on disk: the AAD of the body */
  prefix: Buffer;
  slots: Slot[];
  body: Frame;
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

/** The AAD of a slot: the header without the save counter (so slots survive saves) + type. */
export function slotAad(header: Buffer, type: number): Buffer {
  const aad = Buffer.from(header.subarray(0, HEADER_BYTES));
  aad.fill(0, COUNTER_OFFSET, COUNTER_OFFSET + 8);
  return Buffer.concat([aad, Buffer.from([type])]);
}

export function encodeSlot(s: Slot): Buffer {
  return Buffer.concat([Buffer.from([s.type]), s.nonce, s.wrapped, s.tag]);
}

export function encodeFrame(f: Frame): Buffer[] {
  const len = Buffer.alloc(4);
  len.writeUInt32LE(f.ciphertext.length, 0);
  return [f.nonce, len, f.ciphertext, f.tag];
}

function readFrame(buf: Buffer, offset: number, what: string): { frame: Frame; end: number } {
  if (buf.length < offset + 16) throw damaged(`the ${what} is cut short`);
  const nonce = buf.subarray(offset, offset + 12);
  const len = buf.readUInt32LE(offset + 12);
  const start = offset + 16;
  if (buf.length < start + len + 16) throw damaged(`the ${what} is cut short`);
  return {
    frame: { nonce, ciphertext: buf.subarray(start, start + len), tag: buf.subarray(start + len, start + len + 16) },
    end: start + len + 16,
  };
}

/** Parse and bounds-check everything before any key is derived. */
export function parseVault(buf: Buffer): ParsedVault {
  if (buf.length < HEADER_BYTES) throw damaged('the file is too short');
  if (!buf.subarray(0, 8).equals(MAGIC)) throw damaged('it does not start with the Compeer signature');
  const major = buf.readUInt16LE(8);
  if (major > FORMAT_MAJOR) {
    throw new CompeerError(
      'NEWER_VERSION',
      `This vault was made by a newer Compeer (file format ${major}, this app reads ${FORMAT_MAJOR}). Update Compeer to open it; nothing was changed.`,
    );
  }
  if (major < 1) throw damaged('unknown file format');
  if (buf.readUInt8(36) !== KDF_ARGON2ID) throw damaged('unknown key-derivation function');
  const kdf = { m: buf.readUInt32LE(37), t: buf.readUInt32LE(41), p: buf.readUInt8(45) };
  checkKdfParams(kdf);
  if (buf.readUInt8(62) !== AEAD_AES256GCM) throw damaged('unknown cipher');
  const slotCount = buf.readUInt8(63);
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
  const slotsEnd = HEADER_BYTES + slotCount * SLOT_BYTES;
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
  const { frame: body, end } = readFrame(buf, slotsEnd, 'body');
  return { header, prefix: buf.subarray(0, slotsEnd), slots, body, recordsOffset: end };
}

export interface RawRecord {
  frame: Frame;
  offset: number;
  end: number;
}

/**
 * Split the change records after the body. A last record that is cut short (a crash
 * mid-append) is reported as a torn tail; the caller drops it.
 */
export function splitRecords(buf: Buffer, offset: number): { records: RawRecord[]; tornAt: number | null } {
  const records: RawRecord[] = [];
  let o = offset;
  while (o < buf.length) {
    try {
      const { frame, end } = readFrame(buf, o, 'change record');
      records.push({ frame, offset: o, end });
      o = end;
    } catch {
      return { records, tornAt: o };
    }
  }
  return { records, tornAt: null };
}

export function recordAad(prefix: Buffer, bodyTag: Buffer, seq: number): Buffer {
  const s = Buffer.alloc(8);
  s.writeBigUInt64LE(BigInt(seq), 0);
  return Buffer.concat([prefix, bodyTag, s]);
}
