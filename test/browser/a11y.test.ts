import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeProblems, type AxeFinding } from './axe';
import { SCREENSHOTS, openApp, type AppUnderTest } from './harness';
import { STRONG, browserSuite, confirmCode, createVault, settled, unlock } from './helpers';

/**
 * axe-core on every screen the app has, light and dark (the system's scheme, which the app
 * follows until a theme is chosen): any serious or critical violation fails. Screens other
 * issues add join the list below.
 */
const suite = browserSuite();
type Scheme = 'light' | 'dark';
type Found = Record<string, AxeFinding[]>;

async function audit(app: AppUnderTest, found: Found, name: string) {
  await app.page.waitForFunction(() => !document.querySelector('.mantine-Loader-root')).catch(() => undefined);
  await settled(app.page);
  found[name] = await axeProblems(app.page);
}

async function go(page: Page, id: string) {
  await page.getByTestId(`nav-${id}`).click();
  // the page is drawn: its link marked current, its heading in place
  await page.locator(`[data-testid="nav-${id}"][aria-current="page"]`).waitFor();
  await page.locator('main h1').first().waitFor();
}

async function report(scheme: Scheme, part: string, found: Found) {
  const dir = join(SCREENSHOTS, '..');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `a11y-${part}-${scheme}.json`), JSON.stringify(found, null, 2));
  const failing = Object.entries(found).filter(([, f]) => f.length > 0);
  return failing.map(
    ([screen, f]) => `${screen}: ${f.map((x) => `${x.rule} (${x.impact}, ${x.count}) ${x.targets.join(' | ')}`).join('; ')}`,
  );
}

describe.each(['light', 'dark'] as const)('accessibility, %s', (scheme) => {
  test('vault screens: create, recovery code, a new vault inside, lock, unlock, recovery', async () => {
    const app = (suite.app = await openApp({ shotPrefix: `a11y-vault-${scheme}` }));
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    const found: Found = {};
    await page.getByTestId('new-passphrase').waitFor();
    await audit(app, found, 'create');
    await page.getByTestId('new-passphrase').fill('password1');
    await page.getByTestId('confirm-passphrase').fill('password2');
    await expect.poll(() => page.getByTestId('strength-label').innerText()).toMatch(/weak/i);
    await audit(app, found, 'create-weak');
    await page.getByTestId('new-passphrase').fill(STRONG);
    await page.getByTestId('confirm-passphrase').fill('');
    await expect.poll(() => page.getByTestId('strength-label').innerText()).toMatch(/strong/i);
    await audit(app, found, 'create-strong');
    await createVault(app);
    await audit(app, found, 'recovery-code');
    await confirmCode(page);
    await audit(app, found, 'today-empty');
    await go(page, 'peers');
    await audit(app, found, 'peers-empty');
    await page.getByTestId('add-peer').click();
    await page.getByTestId('peer-name').waitFor();
    await audit(app, found, 'peer-form');
    await page.getByTestId('save-peer').click();
    await page.getByText('A peer needs a name.').waitFor();
    await audit(app, found, 'peer-form-errors');
    await page.getByTestId('peer-name').fill('Ana Silva');
    await page.getByTestId('save-peer').click();
    await page.locator('[data-testid=peer-drawer] [role=dialog]').waitFor();
    await audit(app, found, 'peer-page-new');
    await page.keyboard.press('Escape');
    for (const id of ['network', 'reciprocity', 'journal', 'groups', 'advisor', 'settings']) {
      await go(page, id);
      await audit(app, found, `${id}-new-vault`);
    }
    await page.getByTestId('lock').click();
    await page.getByTestId('passphrase').waitFor();
    await audit(app, found, 'unlock');
    await unlock(page, 'not my passphrase');
    await page.getByText('That passphrase does not open this vault').waitFor();
    await audit(app, found, 'unlock-wrong');
    await page.getByTestId('use-recovery').click();
    await page.getByTestId('recovery-input').waitFor();
    await audit(app, found, 'recovery-unlock');
    await app.shot('recovery-unlock');
    const failing = await report(scheme, 'vault', found);
    expect(failing).toEqual([]);
  });

  test('every screen with data: the sample vault, a peer, the map, a modal and the palette', async () => {
    const app = (suite.app = await openApp({ shotPrefix: `a11y-sample-${scheme}` }));
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    const found: Found = {};
    await page.getByTestId('try-sample').click();
    await page.getByTestId('sample-badge').waitFor();
    await audit(app, found, 'today');
    await go(page, 'peers');
    await page.getByTestId('peer-row').first().waitFor();
    await audit(app, found, 'peers');
    await page.getByTestId('peer-row').first().click();
    await page.locator('[data-testid=peer-drawer] [role=dialog]').waitFor();
    await audit(app, found, 'peer-page');
    await app.shot('peer-page');
    // the prep sheet over the drawer, with the advisor's suggestions about the peer
    await page.getByTestId('prepare-conversation').click();
    await page.getByTestId('prep-advice').waitFor();
    await audit(app, found, 'prep-sheet');
    await app.shot('prep-sheet');
    await page.getByTestId('close-sheet').click();
    await page
      .getByTestId('journal-sheet')
      .waitFor({ state: 'hidden' })
      .catch(() => undefined);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=peer-drawer] [role=dialog]').waitFor({ state: 'hidden' });
    await page.getByTestId('open-import').click();
    await page.getByRole('dialog').waitFor();
    await audit(app, found, 'import-modal');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await go(page, 'network');
    await page.getByTestId('map-report').waitFor();
    await audit(app, found, 'map');
    await app.shot('map');
    for (const id of ['reciprocity', 'journal', 'groups', 'advisor', 'settings', 'today']) {
      await go(page, id);
      // the advisor's suggestions drawn (its screen, and its card on Today) before axe looks
      if (id === 'advisor') await page.getByTestId('suggestion').first().waitFor();
      if (id === 'today') await page.getByTestId('today-advisor').getByTestId('suggestion').first().waitFor();
      await audit(app, found, id);
      await app.shot(id);
    }
    await page.keyboard.press('Control+K');
    await page.getByTestId('palette-input').waitFor();
    await page.getByTestId('palette-input').fill('ana');
    await page.getByTestId('search-result').first().waitFor();
    await audit(app, found, 'palette');
    await app.shot('palette');
    const failing = await report(scheme, 'sample', found);
    expect(failing).toEqual([]);
  });
});
