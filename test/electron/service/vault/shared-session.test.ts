import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { SharedVault } from '../../../../electron/core/sync';
import { Vault } from '../../../../electron/core/vault';
import { dispatch } from '../../../../electron/service/dispatch';
import { createHandlers } from '../../../../electron/service/handlers';
import { AppSession } from '../../../../electron/service/session';
import type { ConflictVersion, DevicesView, PeerSummary, VaultState } from '../../../../shared/ipc/contract';
import { WAIT_MS } from '../../../helpers/patience.mts';
import { TEST_KDF, useTempDirs } from '../../../helpers/temp-dir';
import { PASS, makeVault, peer } from '../../../helpers/vaults';

const temp = useTempDirs();

/** A real vault shared between devices, in a synced folder: made on the laptop from a vault file holding Ana. */
async function sharedVault(root: string) {
  const made = await Vault.create(join(root, 'start.compeer'), PASS, { kdf: TEST_KDF });
  await made.vault.apply([peer('p1', 'Ana Silva', { notes: 'PLAINTEXT-ANA-NOTE' })]);
  const doc = structuredClone(made.vault.data);
  await made.vault.close();
  const vaultPath = join(root, 'Sync', 'v.compeer');
  const homes = { laptop: join(root, 'home-laptop'), desktop: join(root, 'home-desktop') };
  const shared = await SharedVault.share(`${vaultPath}.d`, doc, PASS, { home: homes.laptop, deviceName: 'Laptop', kdf: TEST_KDF });
  await shared.vault.close();
  return { vaultPath, folder: `${vaultPath}.d`, homes, recoveryCode: shared.recoveryCode };
}

/** The app's session on one device, driven through the real handlers. */
function device(vaultPath: string, home: string, deviceName: string, syncEveryMs = 0) {
  const events: string[] = [];
  const session = new AppSession({
    vaultPath,
    kdf: TEST_KDF,
    dataDir: home,
    deviceName,
    syncEveryMs,
    emit: (e, p) => void events.push(`${e}${'channel' in p ? ` ${p.channel}` : ''}`),
  });
  const handlers = createHandlers(session);
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const r = await dispatch(handlers, channel, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.value as T;
  };
  const names = async () => (await call<PeerSummary[]>('peers:list')).map((p) => p.name).toSorted();
  return { session, call, names, events };
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(join(e.parentPath, e.name));
  }
  return out;
}

/** Nothing readable on disk: no file under `dir` holds any of `words`. */
async function expectNoPlaintext(dir: string, words: string[]) {
  for (const f of await filesUnder(dir)) {
    const text = (await readFile(f)).toString('latin1');
    for (const w of words) expect(text.includes(w), `${w} in ${f}`).toBe(false);
  }
}

describe('the app opens a vault shared between devices', () => {
  test("edits on one device reach the other's next unlock, both ways; nothing plaintext or no working copy is left after lock", async () => {
    const root = await temp();
    const { vaultPath, homes } = await sharedVault(root);
    const laptop = device(vaultPath, homes.laptop, 'Laptop');

    // the vault file is gone (renamed when shared): the window still offers to unlock, and says it is shared
    const locked = await laptop.call<VaultState>('vault:state');
    expect(locked).toMatchObject({ status: 'locked', shared: true });
    await expect(laptop.call('vault:create', { passphrase: 'another one entirely' })).rejects.toMatchObject({ code: 'EXISTS' });

    const open = await laptop.call<VaultState>('vault:unlock', { passphrase: PASS });
    expect(open).toMatchObject({ status: 'unlocked', shared: true });
    expect(await laptop.names()).toEqual(['Ana Silva']);
    await laptop.call('peers:save', { name: 'Ben Okafor', notes: 'PLAINTEXT-BEN-NOTE' });
    expect(await laptop.names()).toEqual(['Ana Silva', 'Ben Okafor']);
    const devices = await laptop.call<DevicesView>('vault:devices');
    expect(devices.shared).toBe(true);
    expect(devices.devices.map((d) => [d.name, d.thisDevice])).toEqual([['Laptop', true]]);
    // a working copy exists while unlocked, encrypted
    const local = join(homes.laptop, 'sync');
    expect((await filesUnder(local)).some((f) => f.includes(`${'work-'}`))).toBe(true);
    await expectNoPlaintext(homes.laptop, ['PLAINTEXT-ANA-NOTE', 'PLAINTEXT-BEN-NOTE', 'Ben Okafor']);
    await laptop.call('vault:lock');
    expect(laptop.events).toContain('vault:locked');

    // after lock: no working copy left, nothing readable anywhere this device or the sync tool keeps
    expect((await filesUnder(local)).filter((f) => f.includes('work-'))).toEqual([]);
    await expectNoPlaintext(root, ['PLAINTEXT-ANA-NOTE', 'PLAINTEXT-BEN-NOTE', 'Ben Okafor']);

    // the desktop (the command line's way, then the app's) sees the laptop's change
    const seen = await SharedVault.open(`${vaultPath}.d`, PASS, { home: homes.desktop, deviceName: 'Desktop', readOnly: true });
    expect(seen.data.peers.map((p) => p.name).toSorted()).toEqual(['Ana Silva', 'Ben Okafor']);
    await seen.close();
    const desktop = device(vaultPath, homes.desktop, 'Desktop');
    await desktop.call('vault:unlock', { passphrase: PASS });
    expect(await desktop.names()).toEqual(['Ana Silva', 'Ben Okafor']);
    await desktop.call('peers:save', { name: 'Chen Wei' });
    const ana = (await desktop.call<PeerSummary[]>('peers:list')).find((p) => p.name === 'Ana Silva')!;
    await desktop.call('peers:save', { ...(await desktop.call<Record<string, unknown>>('peers:get', { id: ana.id })), company: 'Acme' });
    await desktop.call('vault:lock');

    // the laptop, locked meanwhile, sees it at its next unlock
    await laptop.call('vault:unlock', { passphrase: PASS });
    expect(await laptop.names()).toEqual(['Ana Silva', 'Ben Okafor', 'Chen Wei']);
    expect((await laptop.call<Record<string, unknown>>('peers:get', { id: ana.id })).company).toBe('Acme');
    expect((await laptop.call<DevicesView>('vault:devices')).devices.map((d) => d.name)).toEqual(['Laptop', 'Desktop']);
    await laptop.call('vault:lock');
    await expectNoPlaintext(root, ['PLAINTEXT-ANA-NOTE', 'PLAINTEXT-BEN-NOTE', 'Ben Okafor', 'Chen Wei']);
  });

  test('recovery code, then a passphrase change on one device opens it on the other with the new passphrase; no backups', async () => {
    const root = await temp();
    const { vaultPath, homes, recoveryCode } = await sharedVault(root);
    const laptop = device(vaultPath, homes.laptop, 'Laptop');
    const desktop = device(vaultPath, homes.desktop, 'Desktop');

    await expect(
      desktop.call('vault:unlockWithRecoveryCode', { code: 'AAAA-BBBB', newPassphrase: 'whatever it is now' }),
    ).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_CODE',
    });
    // the shared vault keeps its recovery code: none new to show
    expect(await desktop.call('vault:unlockWithRecoveryCode', { code: recoveryCode, newPassphrase: 'first new passphrase' })).toEqual({
      recoveryCode: null,
    });
    expect(await desktop.names()).toEqual(['Ana Silva']);
    await desktop.call('vault:lock');

    // (an older passphrase may still open it on a device that knew it: the sync tool may not have brought the new key file yet)
    await laptop.call('vault:unlock', { passphrase: 'first new passphrase' });
    // whole-file backups: a shared vault has none, said in words
    await expect(laptop.call('vault:listBackups')).rejects.toThrow(/shared between devices/);
    await expect(laptop.call('vault:restoreBackup', { name: 'x.compeer', passphrase: 'first new passphrase' })).rejects.toThrow(
      /shared between devices/,
    );
    await expect(laptop.call('vault:changePassphrase', { current: 'not it at all', next: 'second new passphrase' })).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    expect(await laptop.call('vault:changePassphrase', { current: 'first new passphrase', next: 'second new passphrase' })).toEqual({
      recoveryCode: null,
    });
    await laptop.call('peers:save', { name: 'Ben Okafor' });
    await laptop.call('vault:lock');

    await desktop.call('vault:unlock', { passphrase: 'second new passphrase' });
    expect(await desktop.names()).toEqual(['Ana Silva', 'Ben Okafor']);
    await desktop.call('vault:lock');
    // the recovery code still opens it
    expect(await laptop.call('vault:unlockWithRecoveryCode', { code: recoveryCode, newPassphrase: 'third new passphrase' })).toEqual({
      recoveryCode: null,
    });
    await laptop.call('vault:lock');
  });

  test('a change the shared folder cannot take is kept, said as a warning, and sent when the vault locks', async () => {
    const root = await temp();
    const { vaultPath, folder, homes } = await sharedVault(root);
    const laptop = device(vaultPath, homes.laptop, 'Laptop');
    await laptop.call('vault:unlock', { passphrase: PASS });
    // the sync tool has the devices' folder away (a file in its place)
    await rename(join(folder, 'devices'), join(root, 'devices-away'));
    await writeFile(join(folder, 'devices'), 'not a folder');
    await laptop.call('peers:save', { name: 'Ben Okafor' });
    expect(await laptop.names()).toEqual(['Ana Silva', 'Ben Okafor']);
    await vi.waitFor(async () => expect((await laptop.call<VaultState>('vault:state')).warnings?.sharedProblem).toBeTruthy(), {
      timeout: WAIT_MS,
    });
    expect(laptop.events).toContain('vault:warnings');
    // a later edit is still saved here, and still waits
    await laptop.call('peers:save', { name: 'Chen Wei' });
    expect(await laptop.names()).toEqual(['Ana Silva', 'Ben Okafor', 'Chen Wei']);

    await rm(join(folder, 'devices'));
    await rename(join(root, 'devices-away'), join(folder, 'devices'));
    await laptop.call('vault:lock');
    expect((await laptop.call<VaultState>('vault:state')).notice).toBeUndefined();
    const desktop = device(vaultPath, homes.desktop, 'Desktop');
    await desktop.call('vault:unlock', { passphrase: PASS });
    expect(await desktop.names()).toEqual(['Ana Silva', 'Ben Okafor', 'Chen Wei']);
    await desktop.call('vault:lock');
  });

  test('a working copy a crashed session left is removed when the vault opens again', async () => {
    const root = await temp();
    const { vaultPath, homes } = await sharedVault(root);
    const laptop = device(vaultPath, homes.laptop, 'Laptop');
    await laptop.call('vault:unlock', { passphrase: PASS });
    const copies = (await filesUnder(join(homes.laptop, 'sync'))).filter((f) => f.includes('work-'));
    expect(copies.length).toBeGreaterThan(0);
    await laptop.call('vault:lock');
    // as a crash leaves it
    const stale = join(
      homes.laptop,
      'sync',
      (await readdir(join(homes.laptop, 'sync'))).find((n) => /^[0-9a-f]{32}$/.test(n))!,
      'work-dead',
    );
    await mkdir(stale, { recursive: true });
    await writeFile(join(stale, 'vault.compeer'), 'ciphertext as it was');
    await laptop.call('vault:unlock', { passphrase: PASS });
    await expect(stat(stale)).rejects.toThrow();
    await laptop.call('vault:lock');
  });

  test('a change made on two devices at once: its versions (confidential ones masked until revealed), and the one chosen', async () => {
    const root = await temp();
    const { vaultPath, homes } = await sharedVault(root);
    const laptop = device(vaultPath, homes.laptop, 'Laptop');
    const desktop = device(vaultPath, homes.desktop, 'Desktop');
    await laptop.call('vault:unlock', { passphrase: PASS });
    await desktop.call('vault:unlock', { passphrase: PASS });
    const get = (d: typeof laptop) => d.call<Record<string, unknown>>('peers:get', { id: 'p1' });
    // both open at once, each changes Ana before seeing the other's change
    await laptop.call('peers:save', { ...(await get(laptop)), company: 'Acme', notes: 'SECRET-LAPTOP', notesConfidential: true });
    await desktop.call('peers:save', { ...(await get(desktop)), company: 'Globex', notes: 'SECRET-DESKTOP', notesConfidential: true });
    await desktop.call('vault:lock');
    await laptop.call('vault:lock');

    await laptop.call('vault:unlock', { passphrase: PASS });
    const view = await laptop.call<DevicesView>('vault:devices');
    expect(JSON.stringify(view)).not.toContain('SECRET');
    const company = view.conflicts.find((c) => c.field === 'company')!;
    const notes = view.conflicts.find((c) => c.field === 'notes')!;
    expect(company).toBeDefined();
    expect(notes).toBeDefined();
    const key = ({ kind, collection, id, field }: DevicesView['conflicts'][number]) => ({ kind, collection, id, field });

    const versions = await laptop.call<ConflictVersion[]>('vault:conflictVersions', { conflict: key(company) });
    expect(versions.map((v) => [v.deviceName, v.value, v.confidential]).toSorted()).toEqual([
      ['Desktop', 'Globex', false],
      ['Laptop', 'Acme', false],
    ]);
    const masked = await laptop.call<ConflictVersion[]>('vault:conflictVersions', { conflict: key(notes) });
    expect(masked.every((v) => v.confidential && v.value === null)).toBe(true);
    expect(JSON.stringify(masked)).not.toContain('SECRET');
    const revealed = await laptop.call<ConflictVersion[]>('vault:conflictVersions', { conflict: key(notes), reveal: true });
    expect(revealed.map((v) => v.value).toSorted()).toEqual(['SECRET-DESKTOP', 'SECRET-LAPTOP']);

    // the choice is checked against the versions there are
    await expect(laptop.call('vault:resolveConflict', { conflict: key(company), choice: 7 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    const shown = (await get(laptop)).company;
    const older = versions.find((v) => v.value !== shown)!;
    const after = await laptop.call<DevicesView>('vault:resolveConflict', { conflict: key(company), choice: older.index });
    expect(after.conflicts.some((c) => c.field === 'company')).toBe(false);
    expect((await get(laptop)).company).toBe(older.value);
    await expect(laptop.call('vault:resolveConflict', { conflict: key(company), choice: 0 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await laptop.call('vault:lock');

    // the other device sees the choice
    await desktop.call('vault:unlock', { passphrase: PASS });
    expect((await get(desktop)).company).toBe(older.value);
    expect((await desktop.call<DevicesView>('vault:devices')).conflicts.some((c) => c.field === 'company')).toBe(false);
    await desktop.call('vault:lock');
  });

  test('share from the app: the folder beside the file, the file kept, a new recovery code, and the vault open as shared', async () => {
    const root = await temp();
    const { path } = await makeVault(join(root, 'Sync'));
    const homes = { laptop: join(root, 'home-laptop'), desktop: join(root, 'home-desktop') };
    const laptop = device(path, homes.laptop, 'Laptop');
    await laptop.call('vault:unlock', { passphrase: PASS });
    expect((await laptop.call<VaultState>('vault:state')).shared).toBe(false);
    await expect(laptop.call('vault:share', { passphrase: 'not the passphrase' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(stat(`${path}.d`)).rejects.toThrow();
    const shared = await laptop.call<{ recoveryCode: string; folder: string; before: string }>('vault:share', { passphrase: PASS });
    expect(shared.recoveryCode).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/);
    expect(shared).toMatchObject({ folder: `${path}.d`, before: `${path}.before-sharing` });
    await expect(stat(path)).rejects.toThrow();
    expect((await stat(`${path}.before-sharing`)).isFile()).toBe(true);
    expect(await laptop.call<VaultState>('vault:state')).toMatchObject({ status: 'unlocked', shared: true });
    expect(await laptop.names()).toEqual(['Ana Silva', 'Ben Okafor', 'Chen Wei']);
    await expect(laptop.call('vault:share', { passphrase: PASS })).rejects.toMatchObject({ code: 'EXISTS' });
    await laptop.call('peers:save', { name: 'Dana Ruiz' });
    await laptop.call('vault:lock');

    const desktop = device(path, homes.desktop, 'Desktop');
    expect(
      await desktop.call('vault:unlockWithRecoveryCode', { code: shared.recoveryCode, newPassphrase: 'a new passphrase here' }),
    ).toEqual({
      recoveryCode: null,
    });
    expect(await desktop.names()).toEqual(['Ana Silva', 'Ben Okafor', 'Chen Wei', 'Dana Ruiz']);
    await desktop.call('vault:lock');
    await expectNoPlaintext(root, ['private note about', 'Dana Ruiz']);
  });

  test("another device's changes come in while the vault is open (asked, and on a timer), without being sent back as this device's", async () => {
    const root = await temp();
    const { vaultPath, homes } = await sharedVault(root);
    const laptop = device(vaultPath, homes.laptop, 'Laptop');
    const desktop = device(vaultPath, homes.desktop, 'Desktop');
    await laptop.call('vault:unlock', { passphrase: PASS });
    await desktop.call('vault:unlock', { passphrase: PASS });
    const mine = async () => (await laptop.call<DevicesView>('vault:devices')).devices.find((d) => d.thisDevice)!.changes;
    const before = await mine();
    await desktop.call('peers:save', { name: 'Chen Wei' });
    // sent to the shared folder behind the save; a sync waits for that
    await desktop.call('vault:sync');
    expect(await laptop.call('vault:sync')).toEqual({ changed: true });
    expect(laptop.events).toContain('vault:changed vault:sync');
    expect(await laptop.names()).toEqual(['Ana Silva', 'Chen Wei']);
    expect(await laptop.call('vault:sync')).toEqual({ changed: false });
    // taken in, not sent back as the laptop's own
    expect(await mine()).toBe(before);
    // the laptop's own edit still goes out
    await laptop.call('peers:save', { name: 'Ben Okafor' });
    await laptop.call('vault:lock');
    await desktop.call('vault:lock');

    // on a timer: the desktop's next change reaches the open laptop unasked
    const timed = device(vaultPath, homes.laptop, 'Laptop', 50);
    await timed.call('vault:unlock', { passphrase: PASS });
    await desktop.call('vault:unlock', { passphrase: PASS });
    await desktop.call('peers:save', { name: 'Dana Ruiz' });
    await vi.waitFor(async () => expect(await timed.names()).toEqual(['Ana Silva', 'Ben Okafor', 'Chen Wei', 'Dana Ruiz']), {
      timeout: WAIT_MS,
    });
    await desktop.call('vault:lock');
    await timed.call('vault:lock');
  });
});
