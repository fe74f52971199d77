import { createCipheriv, hkdfSync } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { argon2idKey, kdfStats } from '../../../electron/core/vault/kdf';
import { hkdf, newRecoveryCode, open, parseRecoveryCode, seal } from '../../../electron/core/vault/keys';

const hex = (s: string) => Buffer.from(s, 'hex');

describe('known answers', () => {
  test('Argon2id through hash-wasm in a worker matches the published vector', async () => {
    const key = await argon2idKey(Buffer.from('password'), Buffer.from('somesalt'), { m: 65536, t: 2, p: 1 });
    expect(key.toString('hex')).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
  });

  test('HKDF-SHA256 matches RFC 5869 test case 1', () => {
    const ikm = Buffer.alloc(22, 0x0b);
    const salt = hex('000102030405060708090a0b0c');
    const info = hex('f0f1f2f3f4f5f6f7f8f9');
    const okm = Buffer.from(hkdfSync('sha256', ikm, salt, info, 42));
    expect(okm.toString('hex')).toBe('3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');
    // The vault's 32-byte derivation is the prefix of the same output.
    expect(hkdf(ikm, salt, info).toString('hex')).toBe(okm.subarray(0, 32).toString('hex'));
  });

  test('AES-256-GCM matches GCM spec test case 16 and our open() checks the tag', () => {
    const key = hex('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308');
    const iv = hex('cafebabefacedbaddecaf888');
    const pt = hex(
      'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
    );
    const aad = hex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
    const c = createCipheriv('aes-256-gcm', key, iv);
    c.setAAD(aad);
    const ct = Buffer.concat([c.update(pt), c.final()]);
    expect(ct.toString('hex')).toBe(
      '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662',
    );
    expect(c.getAuthTag().toString('hex')).toBe('76fc6ece0f4e1768cddf8853bb2d551b');
    expect(open(key, { nonce: iv, ciphertext: ct, tag: c.getAuthTag() }, aad)).toEqual(pt);
    const badTag = Buffer.from(c.getAuthTag());
    badTag[0]! ^= 1;
    expect(open(key, { nonce: iv, ciphertext: ct, tag: badTag }, aad)).toBeNull();
  });
});

describe('seal', () => {
  test('uses a fresh nonce each time', () => {
    const key = Buffer.alloc(32, 7);
    const a = seal(key, Buffer.from('same'), Buffer.alloc(0));
    const b = seal(key, Buffer.from('same'), Buffer.alloc(0));
    expect(a.nonce.equals(b.nonce)).toBe(false);
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
  });
});

describe('recovery codes', () => {
  test('round-trip, tolerate case, spaces and look-alike letters', () => {
    for (let i = 0; i < 50; i++) {
      const { code, bytes } = newRecoveryCode();
      expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(parseRecoveryCode(code).equals(bytes)).toBe(true);
      expect(parseRecoveryCode(` ${code.toLowerCase().replace(/-/g, ' ')} `).equals(bytes)).toBe(true);
      expect(parseRecoveryCode(code.replace(/0/g, 'O').replace(/1/g, 'l')).equals(bytes)).toBe(true);
    }
  });

  test('refuse text that is not a code', () => {
    expect(() => parseRecoveryCode('hello')).toThrow(/32 letters and digits/);
    expect(() => parseRecoveryCode('UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU')).toThrow();
  });
});

describe('KDF bounds', () => {
  test.each([
    ['memory below the floor', { m: 1024, t: 3, p: 1 }],
    ['too few passes', { m: 65536, t: 1, p: 1 }],
    ['memory above the cap', { m: 4 * 1024 * 1024, t: 3, p: 1 }],
    ['too many passes', { m: 65536, t: 1000, p: 1 }],
    ['too many lanes', { m: 65536, t: 3, p: 200 }],
  ])('refuses %s without running Argon2', async (_name, params) => {
    const before = kdfStats.runs;
    await expect(argon2idKey(Buffer.from('x'), Buffer.alloc(16), params)).rejects.toMatchObject({ code: 'DAMAGED' });
    expect(kdfStats.runs).toBe(before);
  });
});
