import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './harness';
import { browserSuite, settled } from './helpers';

const suite = browserSuite();

async function dark(page: Page, on: boolean) {
  const isDark = await page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme') === 'dark');
  if (isDark !== on) await page.getByTestId('toggle-theme').click();
  await page.waitForFunction((want) => (document.documentElement.getAttribute('data-mantine-color-scheme') === 'dark') === want, on);
}

describe('how the interaction screens look, light and dark', () => {
  test('Today, Reciprocity, a peer page, the dialog and the settings, with sample data', async () => {
    const app = (suite.app = await openApp({ shotPrefix: 'screens' }));
    const { page, shot } = app;
    await page.getByTestId('try-sample').click();
    await page.getByTestId('sample-badge').waitFor();
    for (const mode of ['light', 'dark'] as const) {
      await dark(page, mode === 'dark');
      await page.getByTestId('nav-today').click();
      await page.getByTestId('today-due').waitFor();
      await shot(`today-${mode}`);
      await page.getByTestId('nav-reciprocity').click();
      await page.getByTestId('heatmap').first().waitFor();
      await page.locator('[data-testid="heatmap"] rect[aria-label]').first().waitFor();
      await settled(page);
      // the sample year is drawn: labelled days in the calendar, not an empty state
      expect(await page.locator('[data-testid="heatmap"] rect[aria-label]').count()).toBeGreaterThan(0);
      await shot(`reciprocity-${mode}`);
      await page.getByTestId('chart-activity').scrollIntoViewIfNeeded();
      await shot(`reciprocity-bottom-${mode}`);
      await page.getByTestId('nav-peers').click();
      await page.getByTestId('peer-row').filter({ hasText: 'Ben Okafor' }).click();
      await page.getByTestId('peer-strip').waitFor();
      await settled(page);
      await shot(`peer-banner-${mode}`);
      await page.getByTestId('peer-tab-interactions').click();
      await page.getByTestId('chart-cumulative').waitFor();
      await settled(page);
      await shot(`peer-tab-${mode}`);
      await page.getByTestId('timeline').scrollIntoViewIfNeeded();
      expect(await page.getByTestId('timeline').innerText()).not.toBe('');
      await shot(`peer-timeline-${mode}`);
      await page.getByTestId('log-with-peer').click();
      await page.getByRole('dialog', { name: 'Log interaction' }).waitFor();
      await settled(page);
      await page.getByTestId('add-received').click();
      await shot(`dialog-${mode}`);
      // an exchange was added: leaving asks before it is thrown away
      await page.getByRole('dialog', { name: 'Log interaction' }).getByRole('button', { name: 'Cancel' }).click();
      await page.getByTestId('discard-changes').click();
      await page.getByRole('dialog', { name: 'Log interaction' }).waitFor({ state: 'hidden' });
      // and the peer's page under it
      await page.keyboard.press('Escape');
      await page.getByTestId('nav-settings').click();
      await page.locator('#settings-cadence').scrollIntoViewIfNeeded();
      await shot(`settings-${mode}`);
    }
  });
});
