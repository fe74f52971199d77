import { describe, expect, test } from 'vitest';
import { useTempDirs } from '../../helpers/temp-dir';
import { testHost } from '../../helpers/vault-host';

const temp = useTempDirs();

describe('the daily reminder through the vault thread', () => {
  test('nothing while not started or locked; the state while unlocked; the day it went out is kept in the vault', async () => {
    const host = testHost(await temp());
    const now = new Date(2025, 5, 26, 10).toISOString();
    try {
      expect(await host.control({ action: 'reminderSummary', now })).toEqual({ ok: true, value: null });
      expect(await host.invoke('vault:create', { passphrase: 'worker reminder pass' })).toMatchObject({ ok: true });
      await host.invoke('settings:update', { notifications: { enabled: true, showNames: false, hour: 9 } });
      expect(await host.control({ action: 'reminderSummary', now })).toMatchObject({
        ok: true,
        value: { prefs: { enabled: true }, lastSentOn: null, names: [] },
      });
      expect(await host.control({ action: 'markReminded', day: '2025-06-26' })).toMatchObject({ ok: true });
      expect(await host.control({ action: 'reminderSummary', now })).toMatchObject({ ok: true, value: { lastSentOn: '2025-06-26' } });
      await host.control({ action: 'lock', reason: 'user' });
      expect(await host.control({ action: 'reminderSummary', now })).toEqual({ ok: true, value: null });
    } finally {
      await host.shutdown();
    }
  });
});
