import { copyFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { Vault } from '../../electron/core/vault';
import { TEST_KDF } from '../helpers/kdf';
import { useTempDirs } from '../helpers/temp-dir';
import { openApp } from './harness';
import { STRONG, browserSuite, settled, unlock } from './helpers';

// before the suite's, so its folder goes after the app is closed (hooks after a test run last-registered first)
const temp = useTempDirs();
const suite = browserSuite();
const COPY = 'vault (Laptop’s conflicted copy 2026-12-07).compeer';

async function dark(page: Page, on: boolean) {
  const isDark = await page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme') === 'dark');
  if (isDark !== on) await page.getByTestId('toggle-theme').dispatchEvent('click');
  await page.waitForFunction((want) => (document.documentElement.getAttribute('data-mantine-color-scheme') === 'dark') === want, on);
}

/** A vault file two computers wrote: the sync tool kept the laptop's version beside it, with a peer only it has. */
async function vaultWithCopy(dir: string) {
  const path = join(dir, 'vault.compeer');
  const made = await Vault.create(path, STRONG, { kdf: TEST_KDF });
  await made.vault.apply([{ op: 'put', collection: 'peers', record: { id: 'p1', name: 'Ana Silva' } }]);
  await made.vault.close();
  const away = join(await temp(), 'vault.compeer');
  await copyFile(path, away);
  const laptop = await Vault.open(away, STRONG);
  await laptop.apply([{ op: 'put', collection: 'peers', record: { id: 'p2', name: 'Kwame Mensah' } }]);
  await laptop.close();
  await copyFile(away, join(dir, COPY));
}

describe('conflict copies of the vault file', () => {
  test('are named after unlock, never ignored, and merged in on request with the passphrase, light and dark', async () => {
    const dir = await temp();
    await vaultWithCopy(dir);
    const app = (suite.app = await openApp({ dir, shotPrefix: 'conflict-copies' }));
    const page = app.page;
    await unlock(page, STRONG);
    await page.getByTestId('nav-today').waitFor();
    const notice = page.getByTestId('conflict-copies');
    await notice.waitFor();
    expect(await notice.innerText()).toContain(COPY);
    await settled(page);
    await app.shot('light');
    await dark(page, true);
    await settled(page);
    await app.shot('dark');

    // asked first, with the passphrase; a wrong one changes nothing
    await page.getByRole('button', { name: `Merge ${COPY}` }).click();
    const pass = page.getByTestId('copy-passphrase');
    await pass.waitFor();
    await pass.fill('not the passphrase at all');
    await page.getByTestId('confirm-merge-copy').click();
    await page.getByText('The copy does not open with this passphrase').waitFor();
    expect(await readdir(dir)).toContain(COPY);
    await pass.fill(STRONG);
    await settled(page);
    await app.shot('dialog-dark');
    await page.keyboard.press('Enter');
    await page.getByText(`The copy is kept as ${COPY}.merged`).waitFor();
    expect(await page.getByText('1 record added').count()).toBeGreaterThan(0);
    await notice.waitFor({ state: 'detached' });
    expect(await readdir(dir)).toContain(`${COPY}.merged`);

    await dark(page, false);
    await page.getByTestId('nav-peers').click();
    await page.getByText('Kwame Mensah').first().waitFor();
    expect(await page.getByText('Ana Silva').count()).toBeGreaterThan(0);
    await app.shot('merged-light');
  });
});
