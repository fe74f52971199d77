import { describe, expect, test } from 'vitest';
import { Vault } from '../../electron/core/vault';
import { openApp } from './harness';
import { STRONG, browserSuite, confirmCode, createVault, setIdleMinutes, unlock } from './helpers';

const suite = browserSuite();

describe('the app with its vault in the worker thread, as Electron runs it', () => {
  test('create, add a peer, lock, unlock, and lock after the idle minutes', async () => {
    const app = (suite.app = await openApp({ shotPrefix: 'worker', worker: true, idleScale: 60 }));
    const { page } = app;
    await createVault(app);
    await confirmCode(page);
    await page.getByTestId('nav-peers').click();
    await page.getByTestId('add-peer').click();
    await page.getByTestId('peer-name').fill('Ana Silva');
    await page.getByTestId('save-peer').click();
    await page.getByTestId('peer-drawer').getByText('Ana Silva').first().waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('lock').click();
    await page.getByText('Unlock your vault').waitFor();
    // the in-process session was never used: the worker wrote the file
    expect(app.session.unlocked).toBe(false);
    const v = await Vault.open(app.vaultPath, STRONG, { readOnly: true });
    expect(v.data.peers.map((p) => p.name)).toEqual(['Ana Silva']);
    await v.close();
    await unlock(page, STRONG);
    await page.getByTestId('nav-peers').click();
    await page.getByTestId('peer-row').first().waitFor();
    await setIdleMinutes(page, '1');
    await page.getByText('Locked after the idle time you set.').waitFor();
    await app.shot('locked-idle');
  });
});
