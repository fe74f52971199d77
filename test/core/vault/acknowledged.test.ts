import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Vault } from '../../../electron/core/vault';
import { HEADER_BYTES, SLOT_BYTES, parseVault, splitRecords } from '../../../electron/core/vault/format';
import { kdfStats } from '../../../electron/core/vault/kdf';
import { nodeFs, type VaultFs } from '../../../electron/core/vault/fs-ops';
import { TEST_KDF, useTempDirs } from '../../helpers/temp-dir';
import { patience } from '../../helpers/patience.mts';
import { PASS, makeVault, markFiles, peer, putMarkFiles } from '../../helpers/vaults';

const temp = useTempDirs();

/** Stop without a whole save, as a crash or a killed process would: only change records on disk. */
async function crash(v: Vault): Promise<void> {
  (v as unknown as { closed: boolean }).closed = true;
  await (v as unknown as { release: () => Promise<void> }).release();
}

/** A vault with `n` acknowledged change records after its last whole save. */
async function withRecords(n: number) {
  const { path } = await makeVault(await temp());
  const v = await Vault.open(path, PASS);
  for (let i = 0; i < n; i++) await v.apply([peer(`r${i}`, `Record ${i}`)]);
  const bytes = await readFile(path);
  await crash(v);
  const parsed = parseVault(bytes);
  const { records } = splitRecords(bytes, parsed.recordsOffset, parsed.layout);
  expect(records).toHaveLength(n);
  return { path, bytes, records };
}

const openError = (path: string) =>
  Vault.open(path, PASS, { readOnly: true }).then(
    async (v) => {
      await v.close();
      return null;
    },
    (e: unknown) => e as { code: string; message: string },
  );

describe('acknowledged changes are never dropped', () => {
  test('one flipped bit in the length of any record is damage, not a torn tail, and the file is left as it was', async () => {
    const { path, bytes, records } = await withRecords(6);
    for (const [i, rec] of records.entries()) {
      for (const bit of [0, 7, 19, 30]) {
        const bad = Buffer.from(bytes);
        bad[rec.offset + 12 + Math.floor(bit / 8)]! ^= 1 << (bit % 8);
        await writeFile(path, bad);
        const err = await openError(path);
        expect(err, `record ${i + 1}, bit ${bit}`).toMatchObject({ code: 'DAMAGED' });
        // opening to write refuses too, and writes nothing
        await expect(Vault.open(path, PASS)).rejects.toMatchObject({ code: 'DAMAGED' });
        expect((await readFile(path)).equals(bad)).toBe(true);
      }
    }
  });

  test('a file cut exactly at a record boundary opens with the missing changes reported', async () => {
    const { path, bytes, records } = await withRecords(4);
    await writeFile(path, bytes.subarray(0, records[1]!.end));
    const v = await Vault.open(path, PASS, { readOnly: true });
    expect(v.data.peers.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'r0', 'r1']);
    expect(v.status()).toMatchObject({ missingRecords: 2, droppedTornRecord: false });
    await v.close();
  });

  test('a torn record from a real crash (never acknowledged) is set aside, kept in backups, and cut only after that', async () => {
    const { path, bytes } = await withRecords(2);
    const marks = await markFiles(path);
    // what a crash mid-append leaves: part of a third record, and the commit blocks (and the high-water mark) still at 2
    const v0 = await Vault.open(path, PASS);
    await v0.apply([peer('r2', 'Record 2')]);
    const withThird = await readFile(path);
    await crash(v0);
    const third = withThird.subarray(bytes.length);
    const torn = Buffer.concat([bytes, third.subarray(0, third.length - 9)]);
    await writeFile(path, torn);
    await putMarkFiles(marks);
    const v = await Vault.open(path, PASS);
    expect(v.data.peers.map((p) => p.id).slice(3)).toEqual(['r0', 'r1']);
    expect(v.status()).toMatchObject({ droppedTornRecord: true, missingRecords: 0 });
    const before = await v.listBackups();
    await v.apply([peer('after', 'After')]);
    // the file with the torn bytes went to backups before they were cut
    const backups = await v.listBackups();
    expect(backups).toHaveLength(before.length + 1);
    expect((await readFile(backups[0]!.path)).equals(torn)).toBe(true);
    await crash(v);
    const again = await Vault.open(path, PASS, { readOnly: true });
    expect(again.data.peers.map((p) => p.id).slice(3)).toEqual(['r0', 'r1', 'after']);
    expect(again.status()).toMatchObject({ droppedTornRecord: false, missingRecords: 0 });
    await again.close();
  });

  test('garbage after the last acknowledged record is set aside; inside them it is damage', async () => {
    const { path, bytes, records } = await withRecords(3);
    await writeFile(path, Buffer.concat([bytes, Buffer.from('garbage appended by something else')]));
    const v = await Vault.open(path, PASS, { readOnly: true });
    expect(v.data.peers).toHaveLength(6);
    expect(v.status().droppedTornRecord).toBe(true);
    await v.close();
    // the same garbage in place of the last acknowledged record
    await writeFile(path, Buffer.concat([bytes.subarray(0, records[2]!.offset), Buffer.from('garbage written over a saved change')]));
    expect(await openError(path)).toMatchObject({ code: 'DAMAGED' });
  });

  test('the 6-of-6 loss on main: damage, then a later import, then a backup, keeps every acknowledged record', async () => {
    const { path, bytes, records } = await withRecords(6);
    const bad = Buffer.from(bytes);
    bad[records[0]!.offset + 13]! ^= 0x10;
    await writeFile(path, bad);
    // the import that used to truncate the "torn tail" and back up the result is refused instead
    await expect(Vault.open(path, PASS)).rejects.toMatchObject({ code: 'DAMAGED' });
    await writeFile(path, bytes);
    const v = await Vault.open(path, PASS);
    expect(v.data.peers.map((p) => p.id).slice(3)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5']);
    await v.close();
  });
});

describe('a vault put back in an older state is reported', () => {
  test('replaced by its newest backup: possible rollback (the counters are equal)', async () => {
    const { path } = await makeVault(await temp());
    const v = await Vault.open(path, PASS);
    await v.apply([peer('x', 'X')]);
    await v.close(); // the whole save backs up the previous file
    const backups = await Vault.listBackupsOf(path);
    expect(backups.length).toBeGreaterThan(0);
    const fresh = await Vault.open(path, PASS, { readOnly: true });
    expect(fresh.status().possibleRollback).toBe(false);
    await fresh.close();
    await copyFile(backups[0]!.path, path);
    const rolled = await Vault.open(path, PASS, { readOnly: true });
    expect(rolled.status().possibleRollback).toBe(true);
    await rolled.close();
  });
});

describe('header and slots: accidental damage is called damage, not a wrong passphrase', () => {
  test(
    'every single-bit flip in the header and the key slots is refused as damaged before Argon2 runs',
    async () => {
      const { path } = await makeVault(await temp());
      const good = await readFile(path);
      const altered = join(await temp(), 'flip.compeer');
      const runs = kdfStats.runs;
      const codes = new Map<string, number>();
      for (let at = 0; at < HEADER_BYTES + 2 * SLOT_BYTES; at++) {
        for (let bit = 0; bit < 8; bit++) {
          const bad = Buffer.from(good);
          bad[at]! ^= 1 << bit;
          await writeFile(altered, bad);
          const err = await openError(altered);
          codes.set(err?.code ?? 'OPENED', (codes.get(err?.code ?? 'OPENED') ?? 0) + 1);
        }
      }
      // the magic's bits say "not a Compeer vault" (DAMAGED); a version above ours says NEWER_VERSION
      expect([...codes.keys()].sort()).toEqual(['DAMAGED', 'NEWER_VERSION']);
      expect(codes.get('NEWER_VERSION')).toBeLessThanOrEqual(16);
      expect(kdfStats.runs).toBe(runs);
    },
    patience(120_000),
  );
});

describe('restoring a backup keeps the current keys', () => {
  async function backupThenNewPassphrase() {
    const { path } = await makeVault(await temp());
    const v = await Vault.open(path, PASS);
    await v.apply([peer('old', 'Only in the backup')]);
    await v.close();
    const [backup] = await Vault.listBackupsOf(path);
    const w = await Vault.open(path, PASS);
    const newCode = await w.changePassphrase(PASS, 'a brand new passphrase', TEST_KDF);
    await w.apply([{ op: 'delete', collection: 'peers', id: 'old' }]);
    await w.close();
    return { path, backup: backup!, newCode };
  }

  test('in an open vault: the old passphrase and recovery code do not come back', async () => {
    const { path, backup, newCode } = await backupThenNewPassphrase();
    // an older backup made just before the change (its contents include "old")
    const backups = await Vault.listBackupsOf(path);
    const v = await Vault.open(path, 'a brand new passphrase');
    const target = backups.find((b) => b.name !== backup.name && b.saveCounter < backups[0]!.saveCounter) ?? backup;
    const source = await v.openBackup(target.name, PASS);
    expect(source.data.peers.map((p) => p.id)).toContain('old');
    await v.replaceContents(source.data);
    await source.close();
    await v.close();
    const reopened = await Vault.open(path, 'a brand new passphrase', { readOnly: true });
    expect(reopened.data.peers.map((p) => p.id)).toContain('old');
    await reopened.close();
    await expect(Vault.open(path, PASS, { readOnly: true })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const { vault } = await Vault.openWithRecoveryCode(path, newCode, 'third passphrase here', { kdf: TEST_KDF });
    await vault.close();
  });

  test('from the command line path: the current passphrase is required, the backup may need its own', async () => {
    const { path, backup } = await backupThenNewPassphrase();
    await expect(Vault.restoreBackup(path, backup.name, 'a brand new passphrase')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
      message: /made before you changed your passphrase/,
    });
    await expect(Vault.restoreBackup(path, backup.name, PASS, { backupPassphrase: PASS })).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
      message: /current vault/,
    });
    const r = await Vault.restoreBackup(path, backup.name, 'a brand new passphrase', { backupPassphrase: PASS });
    expect(r).toEqual({ keys: 'current' });
    const v = await Vault.open(path, 'a brand new passphrase', { readOnly: true });
    expect(v.data.peers.map((p) => p.id)).toContain('old');
    await v.close();
    await expect(Vault.open(path, PASS, { readOnly: true })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });

  test('when the current file cannot be read at all, the backup comes back with its own keys and says so', async () => {
    const { path, backup } = await backupThenNewPassphrase();
    await writeFile(path, Buffer.from('not a vault any more'));
    const r = await Vault.restoreBackup(path, backup.name, PASS);
    expect(r).toEqual({ keys: 'backup' });
    const v = await Vault.open(path, PASS, { readOnly: true });
    expect(v.data.peers.map((p) => p.id)).toContain('old');
    await v.close();
  });
});

describe('a whole save that fails is reported, not swallowed', () => {
  test('status and close report it; the changes stay as records and the next close succeeds', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const v = await Vault.open(path, PASS, { compactAfterBytes: 1 });
    const adapter = (v as unknown as { adapter: { fs: VaultFs } }).adapter;
    adapter.fs = { ...nodeFs, rename: () => Promise.reject(Object.assign(new Error('injected'), { code: 'ENOSPC' })) };
    await v.apply([peer('a', 'A')]);
    await expect.poll(() => v.status().compactionError).toMatch(/disk is full/);
    const report = await v.close();
    expect(report.compactionError).toMatch(/disk is full/);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const again = await Vault.open(path, PASS);
    expect(again.data.peers.map((p) => p.id)).toContain('a');
    expect(again.status().pendingRecords).toBe(1);
    expect((await again.close()).compactionError).toBeNull();
  });
});
