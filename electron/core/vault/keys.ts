import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { CompeerError } from '../../../shared/errors';
import type { Frame } from './format';

export const KEY_BYTES = 32;
export const DATA_INFO = 'compeer/vault/v1/data';
export const RECOVERY_INFO = 'compeer/vault/v1/recovery';

export const hkdf = (ikm: Buffer, salt: Buffer, info: string | Buffer): Buffer =>
  Buffer.from(hkdfSync('sha256', ikm, salt, info, KEY_BYTES));

export function seal(key: Buffer, plaintext: Buffer | Buffer[], aad: Buffer): Frame {
  const nonce = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, nonce);
  c.setAAD(aad);
  const parts = Array.isArray(plaintext) ? plaintext : [plaintext];
  const out = parts.map((p) => c.update(p));
  out.push(c.final());
  return { nonce, ciphertext: Buffer.concat(out), tag: c.getAuthTag() };
}

/** Returns null when the tag does not verify (wrong key or altered bytes). */
export function open(key: Buffer, frame: Frame, aad: Buffer): Buffer | null {
  try {
    const d = createDecipheriv('aes-256-gcm', key, frame.nonce);
    d.setAAD(aad);
    d.setAuthTag(frame.tag);
    const plain = d.update(frame.ciphertext);
    // GCM's final() only checks the tag (it returns nothing): no copy of a large body
    const rest = d.final();
    return rest.length === 0 ? plain : Buffer.concat([plain, rest]);
  } catch {
    return null;
  }
}

/** Passphrases are compared as Unicode NFC, so the same text typed on two systems matches. */
export const passphraseBytes = (passphrase: string): Buffer => Buffer.from(passphrase.normalize('NFC'), 'utf8');

// Crockford base32: no I, L, O, U, so a code copied by hand survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_BYTES = 20;

/** A recovery code: 160 random bits as 8 groups of 4 base32 characters. */
export function newRecoveryCode(): { code: string; bytes: Buffer } {
  const bytes = randomBytes(RECOVERY_BYTES);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let s = '';
  for (let i = 0; i < 32; i++) {
    s = ALPHABET[Number(bits & 31n)] + s;
    bits >>= 5n;
  }
  return { code: s.match(/.{4}/g)!.join('-'), bytes };
}

export function parseRecoveryCode(code: string): Buffer {
  const clean = code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{32}$/.test(clean)) {
    throw new CompeerError('WRONG_RECOVERY_CODE', 'That is not a recovery code: it has 32 letters and digits in 8 groups of 4.');
  }
  let bits = 0n;
  for (const ch of clean) bits = (bits << 5n) | BigInt(ALPHABET.indexOf(ch));
  const out = Buffer.alloc(RECOVERY_BYTES);
  for (let i = RECOVERY_BYTES - 1; i >= 0; i--) {
    out[i] = Number(bits & 255n);
    bits >>= 8n;
  }
  return out;
}
