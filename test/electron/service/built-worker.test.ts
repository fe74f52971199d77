// @module-tag build (reads what `npm run build` wrote to out/; `npm run test:fast` leaves it out)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { VaultHost } from '../../../electron/main/vault-host';
import { TEST_KDF, useTempDirs } from '../../helpers/temp-dir';

/**
 * The worker as the app ships it (out/main/vault-worker.js, built by `npm test` before the
 * tests), started by plain Node the way Electron's main process starts it: bundling must
 * not break it (CommonJS, lowdb bundled in, the Argon2 worker finding hash-wasm).
 */
const BUILT = resolve(__dirname, '../../../out/main/vault-worker.js');
const temp = useTempDirs();

test('the built vault worker creates, saves and locks a vault', async () => {
  expect(existsSync(BUILT), 'run `npm run build` first').toBe(true);
  const dir = await temp();
  const events: unknown[] = [];
  const host = new VaultHost({
    entry: BUILT,
    config: { vaultPath: join(dir, 'v.compeer'), samplePath: join(dir, 's', 's.compeer'), kdf: TEST_KDF },
    onEvent: (event, payload) => void events.push({ event, payload }),
  });
  try {
    expect(await host.invoke('vault:create', { passphrase: 'built worker passphrase' })).toMatchObject({
      ok: true,
      value: { recoveryCode: expect.any(String) as unknown },
    });
    expect(await host.invoke('peers:save', { name: 'Ana' })).toMatchObject({ ok: true });
    expect(await host.invoke('vault:lock', undefined)).toMatchObject({ ok: true, value: { status: 'locked' } });
    expect(await host.invoke('vault:unlock', { passphrase: 'built worker passphrase' })).toMatchObject({
      ok: true,
      value: { status: 'unlocked' },
    });
    expect(await host.invoke('peers:list', undefined)).toMatchObject({ ok: true, value: [{ name: 'Ana' }] });
  } finally {
    await host.shutdown();
  }
});
