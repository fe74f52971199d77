import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SharedVault } from '../../electron/core/sync';
import { Vault } from '../../electron/core/vault';
import { TEST_KDF } from '../helpers/kdf';
import { useTempDirs } from '../helpers/temp-dir';
import { openApp, type AppUnderTest } from './harness';
import { STRONG, browserSuite, confirmCode, createVault, settled, unlock } from './helpers';

// before the suite's, so its folder goes after the app is closed (hooks after a test run last-registered first)
const temp = useTempDirs();
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

/**
 * A real shared vault beside where the harness looks for the vault (`<dir>/vault.compeer.d`),
 * made from a vault file by the real sync code; the harness's data folder is this laptop's.
 * Before the page loads, the laptop and a desktop each change Ana's company and her
 * confidential notes without seeing the other's change: two changes made at once.
 */
async function twoDevicesEdited(dir: string) {
  const made = await Vault.create(join(dir, 'start', 'start.compeer'), STRONG, { kdf: TEST_KDF });
  await made.vault.apply([{ op: 'put', collection: 'peers', record: { id: 'p1', name: 'Ana Silva' } }]);
  const doc = structuredClone(made.vault.data);
  await made.vault.close();
  const folder = join(dir, 'vault.compeer.d');
  const homes = { laptop: dir, desktop: join(dir, 'home-desktop') };
  const shared = await SharedVault.share(folder, doc, STRONG, { home: homes.laptop, deviceName: 'Laptop', kdf: TEST_KDF });
  await shared.vault.close();
  const ana = doc.peers[0]!;
  const laptop = await SharedVault.open(folder, STRONG, { home: homes.laptop, deviceName: 'Laptop', lock: true });
  const desktop = await SharedVault.open(folder, STRONG, { home: homes.desktop, deviceName: 'Desktop', lock: true });
  const edit = (company: string, notes: string) => [
    { op: 'put', collection: 'peers', record: { ...ana, company, notes, notesConfidential: true } },
  ];
  await laptop.apply(edit('Acme', 'SECRET-A'));
  await desktop.apply(edit('Globex', 'SECRET-B'));
  await laptop.close();
  await desktop.close();
}

describe('Settings, Devices', () => {
  test('a vault in a synced folder: one device, the sync tool named, how sharing works on request, and sharing it from here', async () => {
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

    // shared from here: asked first, with what will happen
    await app.page.getByTestId('share-vault').click();
    const what = app.page.getByTestId('share-what-happens');
    await what.waitFor();
    expect(await what.innerText()).toContain('vault.compeer.d');
    expect(await what.innerText()).toContain('vault.compeer.before-sharing');
    await app.page.getByTestId('share-passphrase').fill('not the passphrase');
    await app.page.getByTestId('confirm-share').click();
    await app.page.getByText('That is not your current passphrase.').waitFor();
    await app.page.getByTestId('share-passphrase').fill(STRONG);
    await settled(app.page);
    await app.shot('share-asks');
    await dark(app.page, true);
    await settled(app.page);
    await app.shot('share-asks-dark');
    await dark(app.page, false);
    await app.page.getByTestId('confirm-share').click();
    // the new recovery code, once; then the vault is open as shared
    await app.page.getByTestId('recovery-code').waitFor();
    await confirmCode(app.page);
    expect((await stat(join(app.dir, 'vault.compeer.before-sharing'))).isFile()).toBe(true);
    expect((await stat(join(app.dir, 'vault.compeer.d'))).isDirectory()).toBe(true);
    await showDevices(app);
    await expect.poll(() => app!.page.getByTestId('device').count()).toBe(1);
    expect(await app.page.getByTestId('device').innerText()).toMatch(/This device/i);
    expect(await app.page.getByTestId('shared-no-backups').isVisible()).toBe(true);
  });

  test('a shared vault the window opens: its devices, the changes made on two at once, their versions, one chosen by keyboard, light and dark', async () => {
    const dir = await temp();
    await twoDevicesEdited(dir);
    app = suite.app = await openApp({ dir, shotPrefix: 'devices-shared' });
    // the vault file is a shared folder now: the window offers to unlock it
    await unlock(app.page, STRONG);
    await app.page.getByTestId('nav-today').waitFor();
    await showDevices(app);
    const rows = app.page.getByTestId('device');
    await expect.poll(() => rows.count()).toBe(2);
    // where it lives: the shared folder, not a file to copy by hand
    expect(await app.page.getByTestId('vault-path').innerText()).toContain('vault.compeer.d');
    expect(await rows.nth(0).innerText()).toMatch(/Laptop\s*This device/i);
    expect(await rows.nth(1).innerText()).toContain('Desktop');
    expect(await rows.nth(1).innerText()).toContain('1 change');
    const conflicts = app.page.getByTestId('conflict');
    await expect.poll(() => conflicts.count()).toBe(2);
    const company = conflicts.filter({ hasText: 'company' });
    const notes = conflicts.filter({ hasText: 'notes' });
    expect(await company.innerText()).toMatch(/Laptop and Desktop|Desktop and Laptop/);
    const section = app.page.locator('#settings-devices');
    expect(await section.innerText()).not.toContain('SECRET');

    // the confidential notes' versions: masked until revealed
    await notes.getByTestId('see-versions').click();
    await expect.poll(() => notes.getByTestId('masked-version').count()).toBe(2);
    expect(await section.innerText()).not.toContain('SECRET');
    await company.getByTestId('see-versions').click();
    await expect.poll(() => company.getByTestId('conflict-version').count()).toBe(2);
    const versions = await company.getByTestId('conflict-version').allInnerTexts();
    expect(versions.join('\n')).toMatch(/Acme/);
    expect(versions.join('\n')).toMatch(/Globex/);
    for (const size of [
      { width: 1200, height: 800 },
      { width: 880, height: 600 },
    ]) {
      await app.page.setViewportSize(size);
      await company.scrollIntoViewIfNeeded();
      await dark(app.page, false);
      await settled(app.page);
      await app.shot(`light-${size.width}`);
      await dark(app.page, true);
      await settled(app.page);
      await app.shot(`dark-${size.width}`);
    }
    await dark(app.page, false);
    await app.page.setViewportSize({ width: 1200, height: 800 });

    await notes.getByTestId('reveal').first().click();
    await expect.poll(() => notes.innerText()).toMatch(/SECRET-[AB]/);

    // choose the version not shown now, by keyboard: its button is the second one after the toggle
    const shownNow = (await company.getByTestId('conflict-version').first().innerText()).includes('Acme') ? 'Acme' : 'Globex';
    const other = shownNow === 'Acme' ? 'Globex' : 'Acme';
    await company.getByTestId('see-versions').focus();
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.press('Tab');
    await expect
      .poll(() => app!.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^Keep the version from (Laptop|Desktop)/);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => conflicts.count()).toBe(1);
    expect(await conflicts.first().innerText()).toContain('notes');
    const ana = () => app!.session.requireVault().data.peers.find((p) => p.id === 'p1')!;
    expect(ana().company).toBe(other);
    await settled(app.page);
    await app.shot('chosen');

    // the desktop writes while the window is open: taken in when the window comes back
    const desktop = await SharedVault.open(join(dir, 'vault.compeer.d'), STRONG, { home: join(dir, 'home-desktop'), lock: true });
    await desktop.apply([{ op: 'put', collection: 'peers', record: { id: 'p2', name: 'Dana Ruiz' } }]);
    await desktop.close();
    await app.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await app.page.getByTestId('nav-peers').click();
    await app.page.getByText('Dana Ruiz').first().waitFor();
  });
});
