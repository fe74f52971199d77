import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Vault } from '../../../electron/core/vault';
import { COLLECTION_NAMES } from '../../../shared/schema/document';
import { TEST_KDF, useTempDirs } from '../../helpers/temp-dir';
import { patience } from '../../helpers/patience.mts';
import { PASS, makeVault, peer } from '../../helpers/vaults';

const temp = useTempDirs();

describe('round trip', () => {
  test(
    'random documents come back exactly, through change records and through a whole save',
    async () => {
      const dir = await temp();
      const name = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
      const peerArb = fc.record({
        name,
        company: fc.string({ maxLength: 30 }),
        notes: fc.string({ maxLength: 300 }),
        notesConfidential: fc.boolean(),
        tags: fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
        closeness: fc.integer({ min: 1, max: 5 }),
      });
      const journalArb = fc.record({
        date: fc
          .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        body: fc.string({ maxLength: 500 }),
      });
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(peerArb, { maxLength: 25 }), fc.array(journalArb, { maxLength: 10 }), async (peers, entries) => {
          const path = join(dir, `rt${run++}.compeer`);
          const { vault } = await Vault.create(path, PASS, { kdf: TEST_KDF });
          await vault.apply(peers.map((p, i) => peer(`p${i}`, p.name.trim(), p)));
          await vault.apply(entries.map((e, i) => ({ op: 'put', collection: 'journal', record: { id: `j${i}`, ...e } })));
          const expected = JSON.parse(JSON.stringify(vault.data)) as unknown;
          // crash-like stop: records only
          (vault as unknown as { closed: boolean }).closed = true;
          await (vault as unknown as { release: () => Promise<void> }).release();
          const viaRecords = await Vault.open(path, PASS);
          expect(JSON.parse(JSON.stringify(viaRecords.data))).toEqual(expected);
          await viaRecords.close(); // compacts
          const viaWhole = await Vault.open(path, PASS, { readOnly: true });
          expect(viaWhole.status().pendingRecords).toBe(0);
          expect(JSON.parse(JSON.stringify(viaWhole.data))).toEqual(expected);
          await viaWhole.close();
        }),
        { numRuns: 8 },
      );
    },
    patience(120_000),
  );

  test('edits that arrive together share one change record (group commit)', async () => {
    const { path } = await makeVault(await temp());
    const v = await Vault.open(path, PASS);
    await Promise.all(Array.from({ length: 20 }, (_, i) => v.apply([peer(`g${i}`, `G ${i}`)])));
    expect(v.data.peers).toHaveLength(23);
    expect(v.status().pendingRecords).toBeLessThan(20);
    await v.close();
  });

  test('an invalid change is refused with a plain message and changes nothing', async () => {
    const { path } = await makeVault(await temp());
    const v = await Vault.open(path, PASS);
    const before = await readFile(path);
    await expect(v.apply([peer('x', '')])).rejects.toMatchObject({ code: 'INVALID_INPUT', message: /a peer needs a name/ });
    await expect(v.apply([{ op: 'put', collection: 'nope', record: {} }])).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(v.data.peers).toHaveLength(3);
    expect((await readFile(path)).equals(before)).toBe(true);
    await v.close();
  });
});

describe('lifecycle', () => {
  test('creating over an existing vault is refused', async () => {
    const { path } = await makeVault(await temp());
    await expect(Vault.create(path, PASS, { kdf: TEST_KDF })).rejects.toMatchObject({ code: 'EXISTS' });
  });

  test('opening a missing vault says so', async () => {
    await expect(Vault.open(join(await temp(), 'none.compeer'), PASS)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  test('locking drops the document and refuses further use', async () => {
    const { path } = await makeVault(await temp());
    const v = await Vault.open(path, PASS);
    await v.close();
    expect(() => v.data).toThrow(/locked/);
    await expect(Promise.resolve().then(() => v.apply([peer('z', 'Z')]))).rejects.toMatchObject({ code: 'LOCKED' });
  });

  test('the file and its backups are readable by the owner only', async () => {
    const { path } = await makeVault(await temp());
    if (process.platform === 'win32') return;
    expect((await stat(path)).mode & 0o077).toBe(0);
  });

  test('a read-only open never changes the file', async () => {
    const { path } = await makeVault(await temp());
    const before = await readFile(path);
    const mtime = (await stat(path)).mtimeMs;
    const v = await Vault.open(path, PASS, { readOnly: true });
    expect(v.data.peers).toHaveLength(3);
    await expect(v.apply([peer('z', 'Z')])).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await v.close();
    expect((await readFile(path)).equals(before)).toBe(true);
    expect((await stat(path)).mtimeMs).toBe(mtime);
  });

  test('nothing confidential is in the file as plain text', async () => {
    const { path } = await makeVault(await temp());
    const bytes = await readFile(path);
    expect(bytes.includes(Buffer.from('private note'))).toBe(false);
    expect(bytes.includes(Buffer.from('Ana Silva'))).toBe(false);
    const dir = join(path, '..');
    for (const f of await readdir(join(dir, 'backups'))) {
      expect((await readFile(join(dir, 'backups', f))).includes(Buffer.from('Ana Silva'))).toBe(false);
    }
  });
});

describe('one writer', () => {
  test('a second writer in the same process is refused; a reader is allowed', async () => {
    const { path } = await makeVault(await temp());
    const v = await Vault.open(path, PASS);
    await expect(Vault.open(path, PASS)).rejects.toMatchObject({ code: 'IN_USE' });
    const reader = await Vault.open(path, PASS, { readOnly: true });
    expect(reader.data.peers).toHaveLength(3);
    await reader.close();
    await v.close();
    const again = await Vault.open(path, PASS);
    await again.close();
  });
});

describe('passphrase and recovery code', () => {
  test('after a change the old passphrase and old code fail, the new ones work', async () => {
    const { path, recoveryCode } = await makeVault(await temp());
    const v = await Vault.open(path, PASS);
    const newCode = await v.changePassphrase(PASS, 'a brand new passphrase');
    expect(newCode).not.toBe(recoveryCode);
    await v.apply([peer('after', 'Added after the change')]);
    await v.close();
    await expect(Vault.open(path, PASS)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(Vault.openWithRecoveryCode(path, recoveryCode, 'x y z')).rejects.toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    const reopened = await Vault.open(path, 'a brand new passphrase');
    expect(reopened.data.peers.map((p) => p.id)).toContain('after');
    await reopened.close();
  });

  test('changing the passphrase needs the current one', async () => {
    const { path } = await makeVault(await temp());
    const v = await Vault.open(path, PASS);
    await expect(v.changePassphrase('wrong', 'next')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await v.close();
    await (await Vault.open(path, PASS)).close();
  });

  test('an old backup opened with the old passphrase holds nothing saved after the change', async () => {
    const { path } = await makeVault(await temp());
    const v = await Vault.open(path, PASS);
    await v.apply([peer('before', 'Before')]);
    await v.compact(); // backs up the file with only p1..p3
    await v.changePassphrase(PASS, 'new secret words');
    await v.apply([peer('secret', 'Saved after the change')]);
    await v.close();
    const backups = await Vault.open(path, 'new secret words').then(async (x) => {
      const list = await x.listBackups();
      await x.close();
      return list;
    });
    let openedWithOld = 0;
    for (const b of backups) {
      const old = await Vault.open(b.path, PASS, { readOnly: true }).catch(() => null);
      if (!old) continue;
      openedWithOld += 1;
      expect(old.data.peers.map((p) => p.id)).not.toContain('secret');
      await old.close();
      expect((await readFile(b.path)).includes(Buffer.from('Saved after the change'))).toBe(false);
    }
    expect(openedWithOld).toBeGreaterThan(0);
  });

  test('the recovery code opens the vault, requires a new passphrase and issues a new code', async () => {
    const { path, recoveryCode } = await makeVault(await temp());
    const { vault, recoveryCode: next } = await Vault.openWithRecoveryCode(path, recoveryCode.toLowerCase(), 'fresh passphrase', {
      kdf: TEST_KDF,
    });
    expect(vault.data.peers).toHaveLength(3);
    expect(next).not.toBe(recoveryCode);
    await vault.close();
    await expect(Vault.open(path, PASS)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(Vault.openWithRecoveryCode(path, recoveryCode, 'again')).rejects.toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    const v2 = await Vault.openWithRecoveryCode(path, next, 'third passphrase', { kdf: TEST_KDF });
    await v2.vault.close();
    await (await Vault.open(path, 'third passphrase')).close();
  });
});

describe('backups', () => {
  test('each whole save backs up the file it replaces; restore brings it back and can be undone', async () => {
    const { path } = await makeVault(await temp());
    const v = await Vault.open(path, PASS);
    await v.apply([{ op: 'delete', collection: 'peers', id: 'p1' }]);
    await v.close();
    const v2 = await Vault.open(path, PASS);
    expect(v2.data.peers.map((p) => p.id)).toEqual(['p2', 'p3']);
    const backups = await v2.listBackups();
    await v2.close();
    const withAna = backups.find((b) => b.saveCounter === 2);
    expect(withAna).toBeDefined();
    await expect(Vault.restoreBackup(path, withAna!.name, 'wrong')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await Vault.restoreBackup(path, withAna!.name, PASS);
    const restored = await Vault.open(path, PASS);
    expect(restored.data.peers.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(restored.status().possibleRollback).toBe(false);
    const after = await restored.listBackups();
    expect(after.length).toBeGreaterThan(backups.length);
    await restored.close();
  });

  test('restoring needs the vault to be free', async () => {
    const { path } = await makeVault(await temp());
    const v = await Vault.open(path, PASS);
    const [b] = await v.listBackups();
    await expect(Vault.restoreBackup(path, b!.name, PASS)).rejects.toMatchObject({ code: 'IN_USE' });
    await v.close();
  });

  test('an unknown backup name is refused', async () => {
    const { path } = await makeVault(await temp());
    await expect(Vault.restoreBackup(path, 'nope.compeer', PASS)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  test('a vault older than its newest backup is reported as a possible rollback', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const oldBytes = await readFile(path);
    const v = await Vault.open(path, PASS);
    await v.apply([peer('n', 'New')]);
    await v.close();
    const v2 = await Vault.open(path, PASS);
    await v2.apply([peer('m', 'Newer')]);
    await v2.close();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path, oldBytes);
    const rolled = await Vault.open(path, PASS, { readOnly: true });
    expect(rolled.status().possibleRollback).toBe(true);
    await rolled.close();
  });

  test('counts per collection', async () => {
    const { path } = await makeVault(await temp());
    const v = await Vault.open(path, PASS, { readOnly: true });
    const counts = v.counts();
    expect(Object.keys(counts)).toEqual(COLLECTION_NAMES);
    expect(counts.peers).toBe(3);
    await v.close();
  });
});

describe('the segmented body', () => {
  test('journal and notes are parsed when first read, and save and reload unchanged', async () => {
    const { path } = await makeVault(await temp());
    const v = await Vault.open(path, PASS);
    await v.apply([
      { op: 'put', collection: 'journal', record: { id: 'j1', date: '2026-01-01', body: 'line one\nline two "quoted"' } },
      { op: 'put', collection: 'notes', record: { id: 'n1', text: 'a note\twith tab' } },
    ]);
    await v.close();
    const again = await Vault.open(path, PASS, { readOnly: true });
    const data = again.data as unknown as Record<string, unknown>;
    const lazy = (name: string) => 'get' in (Object.getOwnPropertyDescriptor(data, name) ?? {});
    expect(lazy('journal')).toBe(true);
    expect(lazy('peers')).toBe(false);
    expect(again.data.journal[0]!.body).toBe('line one\nline two "quoted"');
    expect(lazy('journal')).toBe(false);
    expect(again.data.notes[0]!.text).toBe('a note\twith tab');
    await again.validate();
    await again.close();
  });
});
