import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Vault } from '../../../electron/core/vault';
import { FORMAT_MAJOR, HEADER_BYTES, SLOT_BYTES, parseVault } from '../../../electron/core/vault/format';
import { kdfStats } from '../../../electron/core/vault/kdf';
import { useTempDirs } from '../../helpers/temp-dir';
import { patience } from '../../helpers/patience.mts';
import { PASS, makeVault, markFiles, peer, putMarkFiles } from '../../helpers/vaults';

const temp = useTempDirs();

/** Opening must fail with one of the vault's typed errors, never show data. */
async function expectRefused(path: string, codes = ['DAMAGED', 'WRONG_PASSPHRASE', 'NEWER_VERSION']) {
  const err = await Vault.open(path, PASS, { readOnly: true }).then(
    async (v) => {
      await v.close();
      return null;
    },
    (e: unknown) => e as { code: string; message: string },
  );
  expect(err, 'the altered vault opened').not.toBeNull();
  expect(codes).toContain(err!.code);
  expect(err!.message).toMatch(/nothing was changed/i);
}

describe('a vault that was altered is refused', () => {
  test('wrong passphrase', async () => {
    const { path } = await makeVault(await temp());
    await expect(Vault.open(path, 'not it')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });

  test(
    'a sample of single-byte flips across header, slots and body',
    async () => {
      const { path } = await makeVault(await temp());
      const good = await readFile(path);
      const { recordsOffset, bodyOffset, commitOffset } = parseVault(good);
      const bodyStart = bodyOffset;
      // every header byte, every slot's edges, and spread through the body
      const offsets = new Set<number>();
      for (let i = 0; i < HEADER_BYTES; i++) offsets.add(i);
      for (let i = HEADER_BYTES; i < commitOffset; i += 7) offsets.add(i);
      for (let i = bodyStart; i < recordsOffset; i += Math.max(1, Math.floor((recordsOffset - bodyStart) / 40))) offsets.add(i);
      offsets.add(recordsOffset - 1);
      const altered = join(await temp(), 'altered.compeer');
      for (const at of offsets) {
        const bad = Buffer.from(good);
        bad[at]! ^= 0x01;
        await writeFile(altered, bad);
        await expectRefused(altered);
      }
    },
    patience(120_000),
  );

  test('truncation at many lengths', async () => {
    const { path } = await makeVault(await temp());
    const good = await readFile(path);
    const altered = join(await temp(), 'cut.compeer');
    for (const len of [0, 1, 7, 8, 40, 63, 64, 100, 186, 200, 1000, good.length - 17, good.length - 16, good.length - 1]) {
      await writeFile(altered, good.subarray(0, len));
      await expectRefused(altered);
    }
  });

  test('bad magic and a newer major version', async () => {
    const { path } = await makeVault(await temp());
    const good = await readFile(path);
    const altered = join(await temp(), 'x.compeer');
    const magic = Buffer.from(good);
    magic.write('NOTCOMPR', 0, 'latin1');
    await writeFile(altered, magic);
    await expect(Vault.open(altered, PASS)).rejects.toMatchObject({ code: 'DAMAGED', message: /not a Compeer vault/ });
    const newer = Buffer.from(good);
    newer.writeUInt16LE(FORMAT_MAJOR + 1, 8);
    await writeFile(altered, newer);
    await expect(Vault.open(altered, PASS)).rejects.toMatchObject({ code: 'NEWER_VERSION', message: /newer Compeer/ });
  });

  test('KDF parameters out of bounds are refused before Argon2 runs', async () => {
    const { path } = await makeVault(await temp());
    const good = await readFile(path);
    const altered = join(await temp(), 'kdf.compeer');
    const cases: [number, number][] = [
      [37, 1024], // m below the floor (a downgrade)
      [37, 0x7fffffff], // m far above the cap
      [41, 1], // t below the floor
      [41, 1_000_000], // t above the cap
    ];
    for (const [offset, value] of cases) {
      const bad = Buffer.from(good);
      bad.writeUInt32LE(value, offset);
      await writeFile(altered, bad);
      const before = kdfStats.runs;
      await expect(Vault.open(altered, PASS)).rejects.toMatchObject({ code: 'DAMAGED' });
      expect(kdfStats.runs).toBe(before);
    }
    const lanes = Buffer.from(good);
    lanes.writeUInt8(255, 45);
    await writeFile(altered, lanes);
    await expect(Vault.open(altered, PASS)).rejects.toMatchObject({ code: 'DAMAGED' });
  });

  test("two vaults' bodies or slots swapped", async () => {
    const dir = await temp();
    const a = await makeVault(dir, 'a.compeer', ['Ana']);
    const b = await makeVault(dir, 'b.compeer', ['Bo']);
    const A = await readFile(a.path);
    const B = await readFile(b.path);
    const bodyStart = parseVault(A).bodyOffset;
    const slotsEnd = HEADER_BYTES + 2 * SLOT_BYTES;
    const spliced = join(dir, 'spliced.compeer');
    await writeFile(spliced, Buffer.concat([A.subarray(0, bodyStart), B.subarray(bodyStart)]));
    await expectRefused(spliced);
    await writeFile(spliced, Buffer.concat([A.subarray(0, HEADER_BYTES), B.subarray(HEADER_BYTES, slotsEnd), A.subarray(slotsEnd)]));
    await expectRefused(spliced);
    await writeFile(spliced, Buffer.concat([B.subarray(0, HEADER_BYTES), A.subarray(HEADER_BYTES)]));
    await expectRefused(spliced);
  });
});

describe('change records', () => {
  async function vaultWithRecords() {
    const { path } = await makeVault(await temp());
    const v = await Vault.open(path, PASS);
    for (let i = 0; i < 2; i++) await v.apply([peer(`r${i}`, `Record ${i}`)]);
    // the folder before the third change: what a crash while appending it leaves, with part of it
    const beforeThird = { bytes: await readFile(path), marks: await markFiles(path) };
    await v.apply([peer('r2', 'Record 2')]);
    const bytes = await readFile(path);
    // leave without compacting, as a crash would
    (v as unknown as { closed: boolean }).closed = true;
    await (v as unknown as { release: () => Promise<void> }).release();
    return { path, bytes, beforeThird };
  }

  test('replay on open in order', async () => {
    const { path } = await vaultWithRecords();
    const v = await Vault.open(path, PASS, { readOnly: true });
    expect(v.data.peers.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'r0', 'r1', 'r2']);
    expect(v.status().pendingRecords).toBe(3);
    await v.close();
  });

  test('a flipped byte in an earlier record is refused; records cannot be reordered or replayed', async () => {
    const { path, bytes } = await vaultWithRecords();
    const { recordsOffset } = parseVault(bytes);
    const flipped = Buffer.from(bytes);
    flipped[recordsOffset + 20]! ^= 1;
    await writeFile(path, flipped);
    await expectRefused(path, ['DAMAGED']);
    const recLen = (bytes.length - recordsOffset) / 3;
    const first = bytes.subarray(recordsOffset, recordsOffset + recLen);
    const second = bytes.subarray(recordsOffset + recLen, recordsOffset + 2 * recLen);
    await writeFile(path, Buffer.concat([bytes.subarray(0, recordsOffset), second, first, bytes.subarray(recordsOffset + 2 * recLen)]));
    await expectRefused(path, ['DAMAGED']);
    await writeFile(path, Buffer.concat([bytes.subarray(0, recordsOffset), first, first, bytes.subarray(recordsOffset + 2 * recLen)]));
    await expectRefused(path, ['DAMAGED']);
  });

  test('a torn last record (crash mid-append) or appended garbage is dropped, reported, and cut before the next save', async () => {
    const { path, bytes, beforeThird } = await vaultWithRecords();
    // a crash mid-append: the third record cut short, the commit blocks and the high-water mark still at two
    const torn = Buffer.concat([beforeThird.bytes, bytes.subarray(beforeThird.bytes.length, bytes.length - 5)]);
    for (const tail of [torn, Buffer.concat([bytes, Buffer.from('garbage appended by something')])]) {
      await writeFile(path, tail);
      if (tail === torn) await putMarkFiles(beforeThird.marks);
      const v = await Vault.open(path, PASS);
      const expected = tail.length < bytes.length ? ['r0', 'r1'] : ['r0', 'r1', 'r2'];
      expect(v.data.peers.slice(3).map((p) => p.id)).toEqual(expected);
      expect(v.status().droppedTornRecord).toBe(true);
      await v.apply([peer('after', 'After')]);
      const again = await readFile(path);
      (v as unknown as { closed: boolean }).closed = true;
      await (v as unknown as { release: () => Promise<void> }).release();
      const reopened = await Vault.open(path, PASS, { readOnly: true });
      expect(reopened.data.peers.slice(3).map((p) => p.id)).toEqual([...expected, 'after']);
      expect(reopened.status().droppedTornRecord).toBe(false);
      await reopened.close();
      expect(again.length).toBeGreaterThan(0);
    }
  });
});
