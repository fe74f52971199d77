import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { AppSession } from '../../../electron/service/session';
import { dispatch } from '../../../electron/service/dispatch';
import { createHandlers } from '../../../electron/service/handlers';
import { TEST_KDF, useTempDirs } from '../../helpers/temp-dir';

const temp = useTempDirs();

async function setup() {
  const events: unknown[] = [];
  const session = new AppSession({ vaultPath: join(await temp(), 'v.compeer'), kdf: TEST_KDF, emit: (e, p) => events.push([e, p]) });
  return { session, events, handlers: createHandlers(session) };
}

describe('the contract', () => {
  test('the channel list (used by the preload) and the contract name the same channels', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
  });
});

describe('dispatch', () => {
  test('unknown channels are refused', async () => {
    const { handlers } = await setup();
    for (const c of ['vault:delete', '__proto__', 'constructor', 42, null]) {
      expect(await dispatch(handlers, c, undefined)).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Unknown request.' } });
    }
  });

  test('input is parsed before any handler runs', async () => {
    const { handlers, session } = await setup();
    const bad = [undefined, {}, { passphrase: '' }, { passphrase: 12 }, { passphrase: 'x'.repeat(2000) }, 'string'];
    for (const input of bad) {
      const r = await dispatch(handlers, 'vault:create', input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('INVALID_INPUT');
    }
    expect((await session.state()).status).toBe('none');
    const extra = await dispatch(handlers, 'settings:update', { autoLockMinutes: 5, evil: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  test('errors come back as data with a plain message; a locked vault says so', async () => {
    const { handlers } = await setup();
    expect(await dispatch(handlers, 'settings:get', undefined)).toMatchObject({ ok: false, error: { code: 'LOCKED', message: /locked/ } });
    expect(await dispatch(handlers, 'vault:unlock', { passphrase: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  test('a full round: create, settings, lock (with an event), wrong passphrase, unlock', async () => {
    const { handlers, events } = await setup();
    const created = await dispatch(handlers, 'vault:create', { passphrase: 'pass words here' });
    expect(created).toMatchObject({ ok: true, value: { recoveryCode: expect.stringMatching(/^[0-9A-Z-]{39}$/) as unknown } });
    expect(await dispatch(handlers, 'settings:update', { autoLockMinutes: 3 })).toMatchObject({ ok: true, value: { autoLockMinutes: 3 } });
    expect(await dispatch(handlers, 'vault:lock', undefined)).toMatchObject({ ok: true, value: { status: 'locked' } });
    expect(events).toEqual([['vault:locked', { reason: 'user' }]]);
    expect(await dispatch(handlers, 'vault:unlock', { passphrase: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    expect(await dispatch(handlers, 'vault:unlock', { passphrase: 'pass words here' })).toMatchObject({
      ok: true,
      value: { status: 'unlocked' },
    });
    expect(await dispatch(handlers, 'settings:get', undefined)).toMatchObject({ ok: true, value: { autoLockMinutes: 3 } });
  });

  test('an unexpected error is reported without its text', async () => {
    const { handlers } = await setup();
    const broken = { ...handlers, 'vault:state': () => Promise.reject(new Error('secret salary 142k')) };
    const r = await dispatch(broken, 'vault:state', undefined);
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(r)).not.toContain('142k');
  });
});

describe('auto-lock', () => {
  test('locks once idle for the chosen minutes, and tells the renderer why', async () => {
    const { handlers, session, events } = await setup();
    await dispatch(handlers, 'vault:create', { passphrase: 'pass words here' });
    await dispatch(handlers, 'settings:update', { autoLockMinutes: 2 });
    expect(await session.checkIdle(119)).toBe(false);
    expect(session.unlocked).toBe(true);
    expect(await session.checkIdle(120)).toBe(true);
    expect(session.unlocked).toBe(false);
    expect(events).toEqual([['vault:locked', { reason: 'idle' }]]);
    expect(await session.checkIdle(9999)).toBe(false);
  });
});
