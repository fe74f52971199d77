import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeProblems } from './axe';
import { openApp } from './harness';
import { browserSuite, settled } from './helpers';

const suite = browserSuite();

const legendOpen = (page: Page) => page.getByTestId('map-legend-toggle').getAttribute('aria-expanded');
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

describe('the map page in a small window', () => {
  test('heading and filters share one row; the legend folds below 700 pixels of height, following the window; the map gets the height', async () => {
    const app = (suite.app = await openApp({ shotPrefix: 'map-compact' }));
    const { page } = app;
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.getByTestId('try-sample').click();
    await page.getByTestId('sample-badge').waitFor();
    await page.getByTestId('nav-network').click();
    await page.waitForFunction(() => performance.getEntriesByName('map-draw').length > 0);
    const scheme = (s: string) => page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), s);

    for (const size of [
      { width: 1200, height: 800 },
      { width: 880, height: 600 },
      { width: 1200, height: 800 },
    ]) {
      await page.setViewportSize(size);
      for (const mode of ['light', 'dark'] as const) {
        await scheme(mode);
        await settled(page);
        await app.shot(`${size.width}x${size.height}-${mode}`);
      }
      await scheme('light');
      await settled(page);
      // the legend follows the window, not only its first draw
      expect.soft(await legendOpen(page), `legend open at ${size.width}x${size.height}`).toBe(size.height >= 700 ? 'true' : 'false');
      if (size.height >= 700) continue;
      // in the small window: heading and filters on one row, and the map has the height
      const heading = await box(page, 'h1');
      const find = await box(page, '[data-testid="map-search"]');
      expect.soft(Math.abs(heading.y + heading.height / 2 - (find.y + find.height / 2)), 'heading and filters on one row').toBeLessThan(12);
      const map = await box(page, 'canvas');
      // what the top bar, the heading, the filters and the legend leave the map (267 pixels before)
      expect.soft(size.height - map.height, 'room taken around the map').toBeLessThanOrEqual(180);
    }
    // folded in a small window, it still opens by keyboard
    await page.setViewportSize({ width: 880, height: 600 });
    await expect.poll(() => legendOpen(page)).toBe('false');
    await page.getByTestId('map-legend-toggle').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('map-legend').getByText('split into slices, one per type', { exact: false }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
  });
});
