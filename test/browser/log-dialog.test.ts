import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeProblems } from './axe';
import { openApp } from './harness';
import { browserSuite, settled } from './helpers';

const suite = browserSuite();

const SIZES = [
  { width: 1200, height: 800 },
  { width: 880, height: 600 },
] as const;

/** Where the keyboard focus is: its accessible label or test id. */
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return (
      el?.getAttribute('aria-label') ??
      el?.closest('[data-testid]')?.getAttribute('data-testid') ??
      (el && 'labels' in el ? ((el as HTMLInputElement).labels?.[0]?.textContent ?? '') : '')
    );
  });

/** Whether the whole of an element lies inside the window (not below the fold). */
const inView = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });

describe('the log dialog, at a first week', () => {
  test.each(['light', 'dark'] as const)(
    '%s: the peer list opens on typing, not on focus; axe is clean with it open; "Log it" stays in view; the summary comes before a remove',
    async (scheme) => {
      const app = (suite.app = await openApp({ shotPrefix: `log-dialog-${scheme}` }));
      const { page, shot } = app;
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByTestId('try-sample').click();
      await page.getByTestId('sample-badge').waitFor();
      for (const size of SIZES) {
        await page.setViewportSize(size);
        const tag = `${size.width}x${size.height}`;
        await page.keyboard.press('Control+Shift+L');
        const dialog = page.getByRole('dialog', { name: 'Log interaction' });
        await dialog.waitFor();
        await settled(page);
        // the focus is in "With", and nothing covers channel and purpose yet
        expect(await focusedLabel(page)).toBe('log-peers');
        expect.soft(await page.getByRole('listbox').count(), 'the peer list is closed until one types').toBe(0);
        await shot(`${tag}-opened`);
        // typing opens it; whatever it shows can be reached by keyboard (axe)
        await page.keyboard.type('a');
        await page.getByRole('listbox').waitFor();
        expect.soft(await axeProblems(page)).toEqual([]);
        await shot(`${tag}-typing`);
        await page.keyboard.press('Enter');
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
        await dialog.waitFor();

        // one exchange: "Log it" is still in view without scrolling
        await page.getByTestId('add-given').click();
        await page.keyboard.type('intro');
        await page.keyboard.press('Enter');
        await settled(page);
        expect.soft(await inView(page, 'log-save'), `"Log it" in view at ${tag}`).toBe(true);
        await shot(`${tag}-one-exchange`);
        // a second exchange and a follow-up: the footer stays in view while the body scrolls
        await page.getByTestId('add-received').click();
        await page.keyboard.type('feedb');
        await page.keyboard.press('Enter');
        await page.getByTestId('add-follow-up').click();
        await settled(page);
        expect.soft(await inView(page, 'log-save'), `"Log it" in view with more rows at ${tag}`).toBe(true);
        expect.soft(await axeProblems(page)).toEqual([]);
        await shot(`${tag}-more-rows`);

        // Tab from the summary ("What happened") never passes a remove button before it
        const order: string[] = [];
        await page.getByTestId('log-channel').getByRole('radio', { checked: true }).focus();
        for (let i = 0; i < 30; i += 1) {
          await page.keyboard.press('Tab');
          const at = await focusedLabel(page);
          order.push(at);
          if (at === 'log-save') break;
        }
        const summary = order.indexOf('log-summary');
        const remove = order.findIndex((x) => x.startsWith('Remove exchange'));
        expect(summary, order.join(' > ')).toBeGreaterThanOrEqual(0);
        expect.soft(remove, order.join(' > ')).toBeGreaterThan(summary);

        // something was typed: Escape asks before throwing it away
        await page.keyboard.press('Escape');
        await page.getByTestId('discard-changes').click();
        await dialog.waitFor({ state: 'hidden' });
      }
    },
  );
});
