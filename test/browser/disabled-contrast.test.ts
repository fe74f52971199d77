import { describe, expect, test } from 'vitest';
import { openApp } from './harness';
import { browserSuite, settled } from './helpers';

const suite = browserSuite();

/** WCAG contrast of two `rgb(…)` colours as the browser computed them. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('a disabled button', () => {
  test('reads at 3:1 or more on its own face, light and dark (Settings, nothing changed yet)', async () => {
    const app = (suite.app = await openApp({ shotPrefix: 'disabled-contrast' }));
    const { page } = app;
    await page.getByTestId('try-sample').click();
    await page.getByTestId('sample-badge').waitFor();
    await page.getByTestId('nav-settings').click();
    const save = page.locator('[data-save-bar] button:disabled').first();
    await save.waitFor();
    for (const size of [
      { width: 1200, height: 800 },
      { width: 880, height: 600 },
    ]) {
      await page.setViewportSize(size);
      for (const mode of ['light', 'dark'] as const) {
        await page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), mode);
        await save.scrollIntoViewIfNeeded();
        await settled(page);
        const seen = await save.evaluate((el) => {
          const s = getComputedStyle(el);
          return { text: s.color, face: s.backgroundColor, body: getComputedStyle(document.body).backgroundColor };
        });
        expect(contrast(seen.text, seen.face), `${mode}: its words on its face`).toBeGreaterThanOrEqual(3);
        await app.shot(`settings-${size.width}x${size.height}-${mode}`);
      }
    }
  });
});
