import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { Vault } from '../../../electron/core/vault';
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
  expect(v.data.interactions[0]).toMatchObject({ peerId: 'ana', direction: 'given', kinds: ['introduction'] });
  expect(v.data.settings).toEqual({ autoLockMinutes: 5, theme: 'dark' });
  expect(v.status().pendingRecords).toBe(1);
  await v.close();
  expect((await readFile(path)).equals(await readFile(GOLDEN))).toBe(true);
});

test('the golden vault can be written by this version and reopened', async () => {
  const dir = await temp();
  const path = join(dir, 'golden.compeer');
  await copyFile(GOLDEN, path);
  const v = await Vault.open(path, 'golden vault passphrase');
  await v.close(); // compacts into the current format
  const again = await Vault.open(path, 'golden vault passphrase', { readOnly: true });
  expect(again.data.peers).toHaveLength(2);
  expect(again.data.interactions).toHaveLength(1);
  await again.close();
});
