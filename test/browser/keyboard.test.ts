import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './harness';
import { STRONG, browserSuite } from './helpers';

/**
 * The app by keyboard alone: no click, no mouse move, from creating the vault to unlocking it
 * again. Each stop is reached with Tab (or Shift+Tab), so a control out of the Tab order fails.
 */
const suite = browserSuite();

/** The test id of what has the focus (or its tag and text when it has none). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return (
      el?.closest('[data-testid]')?.getAttribute('data-testid') ??
      `${el?.tagName.toLowerCase()}:${el?.textContent?.trim().slice(0, 40) ?? ''}`
    );
  });

/** Tab forward until `testId` has the focus; fails after `max` presses. */
async function tabTo(page: Page, testId: string, max = 60, key = 'Tab'): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i += 1) {
    const now = await focused(page);
    if (now === testId) return;
    seen.push(now);
    await page.keyboard.press(key);
  }
  throw new Error(`${testId} never took the focus by ${key}; went through ${seen.join(', ')}`);
}

const heading = (page: Page) => page.evaluate(() => document.querySelector('main h1')?.textContent?.trim() ?? '');

describe('keyboard only', () => {
  test('create a vault, reach every page, add a peer, open one from the list and from the map, lock and unlock', async () => {
    const app = (suite.app = await openApp({ shotPrefix: 'keyboard' }));
    const { page } = app;
    await page.getByTestId('new-passphrase').waitFor();
    expect(await focused(page)).toBe('new-passphrase');
    await page.keyboard.type(STRONG);
    // the show-passphrase toggle is a stop of its own, named
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Show passphrase');
    await tabTo(page, 'confirm-passphrase');
    await page.keyboard.type(STRONG);
    await expect.poll(() => page.getByTestId('create-vault').isEnabled()).toBe(true);
    await tabTo(page, 'create-vault');
    await page.keyboard.press('Enter');
    await page.getByTestId('recovery-code').waitFor();
    await tabTo(page, 'saved-code');
    await page.keyboard.press('Space');
    await tabTo(page, 'continue');
    await page.keyboard.press('Enter');
    // landing in the app puts the focus on the page's heading
    await page.getByTestId('nav-today').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await app.shot('landed');

    // every page from the sidebar, by Tab; the current one is marked
    for (const [id, title] of [
      ['peers', 'Peers'],
      ['network', 'Network'],
      ['reciprocity', 'Reciprocity'],
      ['journal', 'Journal'],
      ['groups', 'Groups'],
      ['advisor', 'Advisor'],
      ['settings', 'Settings'],
      ['today', 'Today'],
    ] as const) {
      await tabTo(page, `nav-${id}`, 80, id === 'today' ? 'Shift+Tab' : 'Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => heading(page)).toMatch(new RegExp(`^${title}`));
      expect(await page.getByTestId(`nav-${id}`).getAttribute('aria-current')).toBe('page');
    }

    // add a peer
    await tabTo(page, 'nav-peers', 20, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await tabTo(page, 'add-peer');
    await page.keyboard.press('Enter');
    await page.getByTestId('peer-name').waitFor();
    await tabTo(page, 'peer-name');
    await page.keyboard.type('Ana Silva');
    await tabTo(page, 'peer-company');
    await page.keyboard.type('Acme');
    await tabTo(page, 'save-peer', 200);
    await page.keyboard.press('Enter');
    const drawer = page.locator('[data-testid=peer-drawer] [role=dialog]');
    await drawer.getByText('Ana Silva').first().waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // open her from the list with Enter
    await tabTo(page, 'open-peer');
    await page.keyboard.press('Enter');
    await drawer.getByText('Acme').first().waitFor();
    await app.shot('peer-from-list');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    // the focus came back to what opened the drawer
    expect(await focused(page)).toBe('open-peer');

    // and from the map: find her, then open what was found
    await tabTo(page, 'nav-network', 40, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('map-report').waitFor();
    await tabTo(page, 'map-search');
    await page.keyboard.type('Ana');
    await page.getByRole('option', { name: 'Ana Silva' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await tabTo(page, 'map-open-found');
    await page.keyboard.press('Enter');
    await drawer.getByText('Acme').first().waitFor();
    await app.shot('peer-from-map');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // the same filter as a list: back to the map (the peer opened on the Peers page), Tab to the
    // Map/List switch, arrow to List, Tab to her name, Enter
    await tabTo(page, 'nav-network', 40, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('map-report').waitFor();
    await tabTo(page, 'map-view-switch');
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('map-list').waitFor();
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Ana Silva'; i += 1)
      await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('map-list-peer');
    await app.shot('map-as-list');
    await page.keyboard.press('Enter');
    await drawer.getByText('Acme').first().waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // (a peer opens on the Peers page) the palette opens from a text field too
    await tabTo(page, 'peer-search');
    await page.keyboard.press('Control+K');
    await page.getByRole('dialog', { name: 'Search and commands' }).waitFor();
    await page.keyboard.press('Escape');

    // lock and unlock
    await page.keyboard.press('Control+L');
    await page.getByTestId('passphrase').waitFor();
    expect(await focused(page)).toBe('passphrase');
    await page.keyboard.type(STRONG);
    await page.keyboard.press('Enter');
    await page.getByTestId('nav-today').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });
});
