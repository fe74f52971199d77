import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Vault } from '../../../electron/core/vault';
import { parseVault, splitRecords } from '../../../electron/core/vault/format';
import { AppSession } from '../../../electron/service/session';
import { dispatch } from '../../../electron/service/dispatch';
import { createHandlers } from '../../../electron/service/handlers';
import type { VaultState } from '../../../shared/ipc/contract';
import { TEST_KDF, useTempDirs } from '../../helpers/temp-dir';
import { testHost } from '../../helpers/vault-host';
import { PASS, makeVault, peer } from '../../helpers/vaults';

const temp = useTempDirs();

async function crash(v: Vault): Promise<void> {
  (v as unknown as { closed: boolean }).closed = true;
  await (v as unknown as { release: () => Promise<void> }).release();
}

/** A vault whose file was cut after the first of `n` acknowledged changes. */
async function cutVault(n: number) {
  const dir = await temp();
  const home = join(dir, 'home');
  const { path } = await makeVault(dir);
  const v = await Vault.open(path, PASS, { dataDir: home });
  for (let i = 0; i < n; i++) await v.apply([peer(`r${i}`, `Record ${i}`)]);
  const bytes = await readFile(path);
  await crash(v);
  const parsed = parseVault(bytes);
  const { records } = splitRecords(bytes, parsed.recordsOffset, parsed.layout);
  const cut = bytes.subarray(0, records[0]!.end);
  await writeFile(path, cut);
  return { dir, home, path, cut };
}

function sessionFor(path: string, home: string) {
  const events: unknown[] = [];
  const session = new AppSession({ vaultPath: path, kdf: TEST_KDF, emit: (e, p) => void events.push([e, p]), dataDir: home });
  const handlers = createHandlers(session);
  const call = async (channel: string, input?: unknown) => dispatch(handlers, channel, input);
  return { session, call, events };
}

describe('the app with saved changes missing', () => {
  test('opens read-only with the loss named; writes are refused in plain words; lock and unlock keep it until the person chooses', async () => {
    const { path, home, cut } = await cutVault(4);
    const { call } = sessionFor(path, home);
    const unlocked = await call('vault:unlock', { passphrase: PASS });
    expect(unlocked).toMatchObject({
      ok: true,
      value: { status: 'unlocked', warnings: { loss: { cause: 'cut', missing: 3, backup: null }, missingRecords: 3 }, acceptedLosses: [] },
    });
    // reading works
    expect(await call('peers:list')).toMatchObject({ ok: true });
    // every kind of write is refused with the same plain message, and nothing is written
    for (const [channel, input] of [
      ['settings:update', { theme: 'dark' }],
      ['peers:save', { name: 'New peer' }],
      ['vault:changePassphrase', { current: PASS, next: 'another passphrase' }],
    ] as const) {
      const r = await call(channel, input);
      expect(r, channel).toMatchObject({
        ok: false,
        error: {
          code: 'CHANGES_MISSING',
          message: /^3 saved changes are missing from the vault file: the file was cut short\. Compeer opened it read-only/,
        },
      });
    }
    await call('vault:lock');
    expect((await readFile(path)).equals(cut)).toBe(true);
    const again = await call('vault:unlock', { passphrase: PASS });
    expect(again).toMatchObject({ ok: true, value: { warnings: { loss: { missing: 3 } } } });

    // the person chooses to go on without them: recorded, and the vault is writable again
    const accepted = await call('vault:acceptLoss');
    expect(accepted).toMatchObject({ ok: true, value: { warnings: { loss: null }, acceptedLosses: [{ missing: 3, cause: 'cut' }] } });
    expect(await call('settings:update', { theme: 'dark' })).toMatchObject({ ok: true });
    await call('vault:lock');
    const later = (await call('vault:unlock', { passphrase: PASS })) as { ok: true; value: VaultState };
    expect(later.value.warnings).toMatchObject({ loss: null, missingRecords: 0 });
    expect(later.value.acceptedLosses).toEqual([{ on: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown, missing: 3, cause: 'cut' }]);
    // nothing to accept any more
    expect(await call('vault:acceptLoss')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await call('vault:lock');
  });

  test('an older copy put back, with a backup that holds the changes: restoring it ends the read-only state', async () => {
    const dir = await temp();
    const home = join(dir, 'home');
    const { path } = await makeVault(dir);
    const v = await Vault.open(path, PASS, { dataDir: home });
    await v.apply([peer('a', 'A')]);
    const copy = await readFile(path);
    await v.apply([peer('b', 'B')]);
    await v.close();
    const w = await Vault.open(path, PASS, { dataDir: home });
    await w.apply([peer('c', 'C')]);
    await w.close();
    await writeFile(path, copy);
    const { call } = sessionFor(path, home);
    const state = (await call('vault:unlock', { passphrase: PASS })) as { ok: true; value: VaultState };
    const loss = state.value.warnings!.loss!;
    expect(loss).toMatchObject({ cause: 'rollback', missing: 2 });
    expect(loss.backup?.name).toMatch(/\.compeer$/);
    const restored = await call('vault:restoreBackup', { name: loss.backup!.name, passphrase: PASS });
    expect(restored).toMatchObject({ ok: true, value: { warnings: { loss: null } } });
    const list = (await call('peers:list')) as { ok: true; value: { id: string }[] };
    expect(list.value.map((p) => p.id)).toEqual(expect.arrayContaining(['a', 'b', 'c']));
    expect(await call('settings:update', { theme: 'dark' })).toMatchObject({ ok: true });
    await call('vault:lock');
    expect((await call('vault:unlock', { passphrase: PASS })) as unknown).toMatchObject({ ok: true, value: { warnings: { loss: null } } });
    await call('vault:lock');
  });

  test('the recovery code: refused with the loss named, then done once the person accepts it', async () => {
    const dir = await temp();
    const home = join(dir, 'home');
    const path = join(dir, 'vault.compeer');
    const { session, call } = sessionFor(path, home);
    const code = await session.create(PASS);
    expect(await call('peers:save', { name: 'One' })).toMatchObject({ ok: true });
    const copy = await readFile(path);
    expect(await call('peers:save', { name: 'Two' })).toMatchObject({ ok: true });
    await call('vault:lock');
    await writeFile(path, copy);
    const refused = await call('vault:unlockWithRecoveryCode', { code, newPassphrase: 'a new passphrase here' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CHANGES_MISSING', message: /saved change/ } });
    expect((await readFile(path)).equals(copy)).toBe(true);
    const done = await call('vault:unlockWithRecoveryCode', { code, newPassphrase: 'a new passphrase here', acceptLoss: true });
    expect(done).toMatchObject({ ok: true });
    expect((await session.state()).acceptedLosses).toHaveLength(1);
    await call('vault:lock');
  });

  test("the sample vault keeps no mark in the data folder, and the vault's thread gets the data folder", async () => {
    const dir = await temp();
    const { call } = sessionFor(join(dir, 'vault.compeer'), dir);
    expect(await call('vault:create', { passphrase: PASS })).toMatchObject({ ok: true });
    expect(await readdir(join(dir, 'marks'))).toHaveLength(1);
    expect(await call('sample:open')).toMatchObject({ ok: true, value: { sample: true, warnings: { loss: null } } });
    expect(await call('sample:close')).toMatchObject({ ok: true });
    expect(await readdir(join(dir, 'marks'))).toHaveLength(1);

    const other = await temp();
    const host = testHost(other);
    try {
      expect(await host.invoke('vault:create', { passphrase: PASS })).toMatchObject({ ok: true });
      expect((await readdir(join(other, 'marks'))).filter((n) => n.endsWith('.mark'))).toHaveLength(1);
    } finally {
      await host.shutdown();
    }
  });
});
