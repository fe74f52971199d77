import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { Vault } from '../../../electron/core/vault';
import { SCHEMA_VERSION } from '../../../shared/schema/document';
import { useTempDirs } from '../../helpers/temp-dir';

const temp = useTempDirs();
const GOLDEN = join(__dirname, '../../fixtures/golden-v1.compeer');

test('the golden v1 vault, made by the first release, still opens with the same contents', async () => {
  const dir = await temp();
  const path = join(dir, 'golden.compeer');
  await copyFile(GOLDEN, path);
  const v = await Vault.open(path, 'golden vault passphrase', { readOnly: true });
  expect(v.data.peers.map((p) => [p.id, p.name, p.company])).toEqual([
    ['ana', 'Ana Silva', 'Lumen Health'],
    ['ben', 'Ben Okafor', 'Northwind'],
  ]);
  expect(v.data.peers[0]!.notes).toBe('Negotiating a raise to 142k');
  expect(v.data.ties[0]).toMatchObject({ a: 'ana', b: 'ben', kind: 'introduced' });
  expect(v.data.journal[0]!.body).toBe('Be honest about the promotion.');
  // version 1's interaction (one peer, a direction and kinds) in today's shape
  expect(v.data.interactions[0]).toMatchObject({ peerIds: ['ana'], exchanges: [{ direction: 'given', kind: 'introduction', weight: 1 }] });
  expect(v.data.settings).toMatchObject({ autoLockMinutes: 5, theme: 'dark' });
  expect(v.status().pendingRecords).toBe(1);
  await v.close();
  expect((await readFile(path)).equals(await readFile(GOLDEN))).toBe(true);
});

test('the golden vault can be written by this version and reopened', async () => {
  const dir = await temp();
  const path = join(dir, 'golden.compeer');
  await copyFile(GOLDEN, path);
  const v = await Vault.open(path, 'golden vault passphrase');
  // opened to write, it is rewritten in the current format at once, the old file kept as a backup
  expect(v.status()).toMatchObject({ formatLayout: 2, pendingRecords: 0 });
  expect(await v.listBackups()).toHaveLength(1);
  await v.apply([{ op: 'put', collection: 'peers', record: { id: 'cy', name: 'Cy Ndlovu' } }]);
  await v.close();
  const again = await Vault.open(path, 'golden vault passphrase', { readOnly: true });
  expect(again.data.peers.map((p) => p.id)).toEqual(['ana', 'ben', 'cy']);
  expect(again.data.interactions).toHaveLength(1);
  expect(again.data.schemaVersion).toBe(SCHEMA_VERSION);
  expect((await readFile(path)).readUInt16LE(8)).toBe(2);
  await again.close();
  // the passphrase slot sealed by format 1 was carried over as is, and still tells a wrong passphrase
  await expect(Vault.open(path, 'not the passphrase', { readOnly: true })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
});
