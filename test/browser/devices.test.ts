import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SharedVault, devicesOfShared } from '../../electron/core/sync';
import { emptyDocument } from '../../shared/schema/document';
import { TEST_KDF } from '../helpers/kdf';
import { openApp, type AppUnderTest } from './harness';
import { STRONG, browserSuite, confirmCode, createVault, settled } from './helpers';

const suite = browserSuite();
let app: AppUnderTest | null = null;

async function dark(page: Page, on: boolean) {
  const isDark = await page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme') === 'dark');
  if (isDark !== on) await page.getByTestId('toggle-theme').dispatchEvent('click');
  await page.waitForFunction((want) => (document.documentElement.getAttribute('data-mantine-color-scheme') === 'dark') === want, on);
}

async function showDevices(app: AppUnderTest) {
  await app.page.getByTestId('nav-settings').click();
  await app.page.getByRole('heading', { name: 'Devices' }).waitFor();
  await app.page.locator('#settings-devices').scrollIntoViewIfNeeded();
}

/** A real shared vault, written by two devices at once: the answer `compeer devices` gives about it. */
async function sharedAnswer(dir: string) {
  const folder = join(dir, 'shared', 'v.compeer.d');
  const home = (n: string) => join(dir, `home-${n}`);
  const doc = emptyDocument();
  doc.peers.push({ id: 'p1', name: 'Ana Silva' } as (typeof doc.peers)[number]);
  const made = await SharedVault.share(folder, doc, STRONG, { home: home('laptop'), deviceName: 'Laptop', kdf: TEST_KDF });
  await made.vault.close();
  const laptop = await SharedVault.open(folder, STRONG, { home: home('laptop'), deviceName: 'Laptop', lock: true });
  const desktop = await SharedVault.open(folder, STRONG, { home: home('desktop'), deviceName: 'Desktop', lock: true });
  await laptop.apply([{ op: 'put', collection: 'peers', record: { id: 'p1', name: 'Ana Silva', notes: 'SECRET-A' } }]);
  await desktop.apply([{ op: 'put', collection: 'peers', record: { id: 'p1', name: 'Ana Silva', notes: 'SECRET-B' } }]);
  await laptop.close();
  await desktop.close();
  const seen = await SharedVault.open(folder, STRONG, { home: home('laptop'), deviceName: 'Laptop', readOnly: true });
  try {
    return devicesOfShared(seen);
  } finally {
    await seen.close();
  }
}

describe('Settings, Devices', () => {
  test('a vault in a synced folder: one device, the sync tool named, how sharing works on request', async () => {
    app = suite.app = await openApp({ shotPrefix: 'devices-single' });
    await mkdir(join(app.dir, '.stfolder'));
    await createVault(app);
    await confirmCode(app.page);
    await showDevices(app);
    const single = app.page.getByTestId('single-device');
    await expect.poll(() => single.innerText()).toContain('Only this device writes this vault');
    expect(await single.innerText()).toContain('Syncthing');
    expect(await app.page.getByTestId('how-sharing-works').isVisible()).toBe(false);
    await app.page.getByTestId('explain-sharing').click();
    await app.page.getByTestId('how-sharing-works').waitFor({ state: 'visible' });
    expect(await app.page.getByTestId('how-sharing-works').innerText()).toContain('--share');
    await settled(app.page);
    await app.shot('light');
  });

  test('a shared vault: its devices, their changes here, and the change made on two at once, light and dark', async () => {
    app = suite.app = await openApp({ shotPrefix: 'devices-shared' });
    const answer = await sharedAnswer(app.dir);
    expect(JSON.stringify(answer)).not.toContain('SECRET');
    await createVault(app);
    await confirmCode(app.page);
    // the window does not open a shared vault yet: its channel gives the answer the sync code gave
    await app.page.evaluate((json) => {
      const api = (window as unknown as { compeer: { vault: Record<string, unknown> } }).compeer;
      api.vault.devices = () => Promise.resolve({ ok: true, value: JSON.parse(json) as unknown });
    }, JSON.stringify(answer));
    await showDevices(app);
    const rows = app.page.getByTestId('device');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toMatch(/Laptop\s*This device/i);
    expect(await rows.nth(1).innerText()).toContain('Desktop');
    expect(await rows.nth(1).innerText()).toContain(`${answer.devices[1]!.changes} change`);
    const conflict = app.page.getByTestId('conflict');
    expect(await conflict.count()).toBe(1);
    const words = await conflict.innerText();
    expect(words).toContain('peers');
    expect(words).toContain('notes');
    expect(words).toMatch(/Laptop and Desktop|Desktop and Laptop/);
    expect(await app.page.locator('#settings-devices').innerText()).not.toContain('SECRET');
    await settled(app.page);
    await app.shot('light');
    await dark(app.page, true);
    await settled(app.page);
    await app.shot('dark');
  });
});
