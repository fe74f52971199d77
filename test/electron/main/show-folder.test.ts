import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AppSession } from '../../../electron/service/session';
import { dispatch } from '../../../electron/service/dispatch';
import { createHandlers } from '../../../electron/service/handlers';
import { afterVaultCall } from '../../../electron/main/show-folder';
import { TEST_KDF, useTempDirs } from '../../helpers/temp-dir';

const temp = useTempDirs();

describe('"Open folder": the vault thread names the folder, the main thread opens it', () => {
  test("the folder is the open vault's, whatever the renderer sends; refused while locked", async () => {
    const vaultPath = join(await temp(), 'v.compeer');
    const session = new AppSession({ vaultPath, kdf: TEST_KDF, emit: () => undefined });
    const handlers = createHandlers(session, { now: () => new Date(), newId: () => 'x' });
    const locked = await dispatch(handlers, 'vault:showFolder', undefined);
    expect(locked.ok).toBe(false);
    expect((await dispatch(handlers, 'vault:create', { passphrase: 'pass words here' })).ok).toBe(true);
    expect(await dispatch(handlers, 'vault:showFolder', undefined)).toEqual({ ok: true, value: { folder: dirname(vaultPath) } });
    // a path smuggled in is refused by the contract, not followed
    expect((await dispatch(handlers, 'vault:showFolder', { folder: '/etc' })).ok).toBe(false);
    await session.lock('user');
  });

  test('main opens what the vault thread named; a failure becomes a message; other channels pass through', async () => {
    const opened: string[] = [];
    const shell = { openPath: (p: string) => (opened.push(p), Promise.resolve(p === '/gone' ? 'Folder not found' : '')) };
    const ok = { ok: true as const, value: { folder: '/home/me/Compeer' } };
    expect(await afterVaultCall('vault:showFolder', ok, shell)).toEqual(ok);
    expect(await afterVaultCall('vault:showFolder', { ok: true, value: { folder: '/gone' } }, shell)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Could not open /gone: Folder not found' },
    });
    const locked = { ok: false as const, error: { code: 'LOCKED' as const, message: 'Unlock first.' } };
    expect(await afterVaultCall('vault:showFolder', locked, shell)).toEqual(locked);
    expect(await afterVaultCall('peers:list', { ok: true, value: { folder: '/x' } }, shell)).toEqual({ ok: true, value: { folder: '/x' } });
    expect(opened).toEqual(['/home/me/Compeer', '/gone']);
  });
});
