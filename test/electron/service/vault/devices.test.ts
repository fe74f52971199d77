import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CliIo } from '../../../../electron/cli/io';
import { runCli } from '../../../../electron/cli/run';
import { SharedVault, devicesJson, devicesOfShared } from '../../../../electron/core/sync';
import { Vault } from '../../../../electron/core/vault';
import { dispatch } from '../../../../electron/service/dispatch';
import { createHandlers } from '../../../../electron/service/handlers';
import { AppSession } from '../../../../electron/service/session';
import type { DevicesView } from '../../../../shared/ipc/contract';
import { TEST_KDF, useTempDirs } from '../../../helpers/temp-dir';
import { PASS, makeVault, peer } from '../../../helpers/vaults';

const temp = useTempDirs();

async function devicesChannel(vaultPath: string, home: string) {
  const session = new AppSession({ vaultPath, kdf: TEST_KDF, emit: () => undefined, dataDir: home });
  const handlers = createHandlers(session);
  const locked = await dispatch(handlers, 'vault:devices', undefined);
  await session.unlock(PASS, false);
  try {
    return { locked, open: await dispatch(handlers, 'vault:devices', undefined) };
  } finally {
    await session.lock('user');
  }
}

describe('vault:devices', () => {
  test('a vault only this device writes: says so, and names the sync tool of its folder', async () => {
    const root = await temp();
    await mkdir(join(root, 'Sync', '.stfolder'), { recursive: true });
    const synced = await makeVault(join(root, 'Sync', 'journal'));
    const { locked, open } = await devicesChannel(synced.path, join(root, 'home'));
    // a locked window gets nothing about the vault
    expect(locked.ok).toBe(false);
    expect(open).toEqual({ ok: true, value: { shared: false, syncTool: 'Syncthing', devices: [], conflicts: [] } });

    const plain = await makeVault(join(root, 'Documents'));
    expect((await devicesChannel(plain.path, join(root, 'home2'))).open).toEqual({
      ok: true,
      value: { shared: false, syncTool: null, devices: [], conflicts: [] },
    });
  });

  test("a shared vault's answer: its devices and the changes made on two at once, the CLI's --json shape, no confidential value", async () => {
    const root = await temp();
    const folder = join(root, 'Dropbox', 'v.compeer.d');
    const laptopHome = join(root, 'home-laptop');
    const desktopHome = join(root, 'home-desktop');
    const made = await Vault.create(join(root, 'start.compeer'), PASS, { kdf: TEST_KDF });
    await made.vault.apply([peer('p1', 'Ana Silva', { notes: 'SECRET-NOTE' })]);
    const doc = structuredClone(made.vault.data);
    await made.vault.close();
    const shared = await SharedVault.share(folder, doc, PASS, { home: laptopHome, deviceName: 'Laptop', kdf: TEST_KDF });
    await shared.vault.close();

    // both devices open it, then each changes the same field before seeing the other's change
    const laptop = await SharedVault.open(folder, PASS, { home: laptopHome, deviceName: 'Laptop', lock: true });
    const desktop = await SharedVault.open(folder, PASS, { home: desktopHome, deviceName: 'Desktop', lock: true });
    await laptop.apply([peer('p1', 'Ana Silva', { notes: 'SECRET-LAPTOP' })]);
    await desktop.apply([peer('p1', 'Ana Silva', { notes: 'SECRET-DESKTOP' })]);
    await laptop.close();
    await desktop.close();

    const seen = await SharedVault.open(folder, PASS, { home: laptopHome, deviceName: 'Laptop', readOnly: true });
    let answer: DevicesView;
    try {
      answer = devicesOfShared(seen);
    } finally {
      await seen.close();
    }
    expect(answer.shared).toBe(true);
    expect(answer.devices.map((d) => [d.name, d.thisDevice, d.behind])).toEqual([
      ['Laptop', true, false],
      ['Desktop', false, false],
    ]);
    expect(answer.devices.every((d) => d.changes >= 1 && d.lastChange !== null)).toBe(true);
    expect(answer.conflicts).toHaveLength(1);
    expect(answer.conflicts[0]).toMatchObject({ collection: 'peers', id: 'p1', field: 'notes' });
    expect(answer.conflicts[0]!.devices.toSorted()).toEqual(answer.devices.map((d) => d.id).toSorted());
    expect(JSON.stringify(answer)).not.toContain('SECRET');

    // one home: the command line prints the same answer in its own shape
    let out = '';
    const io: CliIo = {
      env: { COMPEER_PASSPHRASE: PASS, COMPEER_HOME: laptopHome, COMPEER_DEVICE_NAME: 'Laptop' },
      stdout: (t) => void (out += t),
      stderr: () => undefined,
      prompt: null,
      now: () => new Date(),
    };
    expect(await runCli(['devices', join(root, 'Dropbox', 'v.compeer'), '--json'], io)).toBe(0);
    expect(JSON.parse(out)).toEqual(devicesJson(answer));
  });
});
