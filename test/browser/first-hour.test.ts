import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openApp } from './harness';
import { STRONG, browserSuite, confirmCode, createVault, settled } from './helpers';

/** What a new user meets: the passphrase screen, the welcome of an empty vault, the theme kept for the lock screen. */
const suite = browserSuite();

describe('the first hour', () => {
  test('why "Create vault" is disabled shows under it; no time-to-guess that contradicts "Strong"', async () => {
    const app = (suite.app = await openApp({ shotPrefix: 'first-create' }));
    const { page } = app;
    await page.getByTestId('new-passphrase').fill(STRONG);
    await expect.poll(() => page.getByTestId('strength-label').innerText()).toMatch(/strong/i);
    // the reason under the button follows the label a render later
    await expect.poll(() => page.getByTestId('passphrase-problem').innerText()).toBe('Type the passphrase again to confirm it.');
    expect(await page.getByTestId('create-vault').getAttribute('aria-describedby')).toBe(
      await page.getByTestId('passphrase-problem').getAttribute('id'),
    );
    // right under the button, above the sample-data link
    const button = (await page.getByTestId('create-vault').boundingBox())!;
    const why = (await page.getByTestId('passphrase-problem').boundingBox())!;
    const sample = (await page.getByTestId('try-sample').boundingBox())!;
    expect(why.y).toBeGreaterThan(button.y);
    expect(why.y).toBeLessThan(sample.y);
    expect(await page.getByText(/time to guess/i).count()).toBe(0);
    await app.shot('strong-unconfirmed');
    await page.getByTestId('confirm-passphrase').fill(STRONG);
    await page.getByTestId('passphrase-problem').waitFor({ state: 'detached' });
  });

  test('an empty vault opens on a welcome whose steps lead somewhere; the theme chosen inside applies to the lock screen', async () => {
    const app = (suite.app = await openApp({ shotPrefix: 'first-welcome' }));
    const { page } = app;
    const code = await createVault(app);
    await page.getByTestId('print-code').waitFor();
    // the recovery code saved to a file the user picks holds the code as shown
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-code').click()]);
    expect(saved.suggestedFilename()).toBe('compeer-recovery-code.txt');
    const text = await readFile(await saved.path(), 'utf8');
    expect(text.split('\n')[2]).toBe(code);
    await confirmCode(page);
    await page.getByTestId('today-first-steps').getByText('Welcome to Compeer').waitFor();
    await app.shot('welcome-light');
    await page.getByTestId('welcome-add-peer').click();
    await page.getByTestId('peer-name').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-today').click();
    await page.getByTestId('welcome-import').click();
    await page.getByTestId('import-preview').or(page.locator('input[type=file]')).first().waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-today').click();
    await page.getByTestId('toggle-theme').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'))).toBe('dark');
    await app.shot('welcome-dark');
    await page.getByTestId('lock').click();
    await page.getByTestId('passphrase').waitFor();
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'))).toBe('dark');
    await app.shot('unlock-dark');
    // a fresh window (the app restarted) remembers it too
    await page.reload();
    await page.getByTestId('passphrase').waitFor();
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'))).toBe('dark');
    // and the sample data is one click from the welcome
    await page.getByTestId('passphrase').fill(STRONG);
    await page.getByTestId('unlock').click();
    await page.getByTestId('welcome-sample').click();
    await page.getByTestId('sample-badge').waitFor();
  });

  test('an import batch: leave rows out (filtered, select none), give the new peers a type and tags', async () => {
    const app = (suite.app = await openApp({ shotPrefix: 'first-import' }));
    const { page } = app;
    await createVault(app);
    await confirmCode(page);
    await page.getByTestId('welcome-import').click();
    await page.locator('input[type=file]').setInputFiles(join(__dirname, '../fixtures/linkedin-Connections.csv'));
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-counts').innerText()).toMatch(/3\s*to add/);
    await page.getByTestId('import-filter').fill('globex');
    expect(await page.getByTestId('import-row-check').count()).toBe(1);
    await page.getByTestId('import-select-none').click();
    expect(await page.getByTestId('import-counts').innerText()).toMatch(/2\s*to add/);
    await page.getByTestId('import-filter').fill('');
    // by the year we connected (LinkedIn's "Connected On"); choosing it again shows every year
    await page.getByTestId('import-year').click();
    await page.getByRole('option', { name: '2022' }).click();
    await expect.poll(() => page.getByTestId('import-row-check').count()).toBe(1);
    expect(await page.getByTestId('import-preview').innerText()).toContain('connected 2022-09-19');
    await page.getByTestId('import-year').click();
    await page.getByRole('option', { name: '2022' }).click();
    await expect.poll(() => page.getByTestId('import-row-check').count()).toBe(3);
    // the pills' box sits over the hidden input: focus it and open the list by keyboard
    await page.getByTestId('import-types').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'Industry' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('import-tags').fill('linkedin');
    await page.keyboard.press('Enter');
    await app.shot('batch');
    await page.getByTestId('confirm-import').click();
    await page.getByText('Imported: 2 added, 0 updated.').waitFor();
    const peers = app.session.requireVault().data.peers;
    expect(peers.map((p) => [p.name, p.peerTypes, p.tags]).sort()).toEqual([
      ['Ana Silva', ['industry'], ['linkedin']],
      ['Chen Wei', ['industry'], ['linkedin']],
    ]);
  });

  test('screenshots of the changed screens at the smallest and a usual window, light and dark', async () => {
    const app = (suite.app = await openApp({ shotPrefix: 'sizes' }));
    const { page } = app;
    const sizes = [
      { width: 880, height: 600 },
      { width: 1200, height: 800 },
    ];
    const each = async (name: string) => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const size of sizes) {
          await page.setViewportSize(size);
          await settled(page);
          await app.shot(`${name}-${size.width}-${scheme}`);
        }
      }
    };
    await page.getByTestId('new-passphrase').fill(STRONG);
    await expect.poll(() => page.getByTestId('strength-label').innerText()).toMatch(/strong/i);
    await each('create');
    await page.getByTestId('try-sample').click();
    await page.getByTestId('sample-badge').waitFor();
    await page.getByTestId('nav-peers').click();
    await page.getByTestId('peer-row').first().waitFor();
    await each('peers');
    await page.getByTestId('nav-network').click();
    await page.getByTestId('map-report').waitFor();
    await page.getByTestId('network-canvas').waitFor();
    await each('map');
  });
});
