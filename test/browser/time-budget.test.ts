import { describe, expect, test } from 'vitest';
import { axeProblems } from './axe';
import { openApp } from './harness';
import { browserSuite, confirmCode, createVault, settled } from './helpers';

const suite = browserSuite();

describe('the time budget counts a week of logs without lengths', () => {
  test.each(['light', 'dark'] as const)(
    '%s: a usual length per channel in Settings; "Usual" in the log dialog needs no key; Today counts it',
    async (scheme) => {
      const app = (suite.app = await openApp({ shotPrefix: `time-budget-${scheme}` }));
      const { page, session, shot } = app;
      await page.emulateMedia({ colorScheme: scheme });
      await createVault(app);
      await confirmCode(page);
      const at = new Date().toISOString();
      await session
        .requireVault()
        .apply([{ op: 'put', collection: 'peers', record: { id: 'ana', name: 'Ana Silva', createdAt: at, updatedAt: at } }]);

      // a budget of 3 hours, and coffee usually takes 30 minutes for this person
      await page.getByTestId('nav-settings').click();
      await page.getByTestId('settings-budget-on').check();
      await page.getByTestId('settings-budget-hours').fill('3');
      await page.getByTestId('settings-budget-save').click();
      await page.getByTestId('usual-coffee').fill('30');
      await page.getByTestId('settings-channel-minutes-save').click();
      await page.getByTestId('settings-channel-minutes').getByText('Saved.').waitFor();
      expect(session.requireVault().data.settings.channelMinutes).toEqual({ coffee: 30 });
      for (const size of [
        { width: 1200, height: 800 },
        { width: 880, height: 600 },
      ]) {
        await page.setViewportSize(size);
        await page.getByTestId('settings-channel-minutes').scrollIntoViewIfNeeded();
        await settled(page);
        await shot(`settings-${size.width}x${size.height}`);
      }
      expect(await axeProblems(page)).toEqual([]);

      // a coffee logged by keyboard, its length left at "Usual" (the first choice, no key)
      await page.setViewportSize({ width: 1200, height: 800 });
      await page.getByTestId('nav-today').click();
      await page.keyboard.press('Control+Shift+L');
      await page.getByRole('dialog', { name: 'Log interaction' }).waitFor();
      await page.keyboard.type('ana');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.press('3'); // coffee
      await page
        .getByTestId('log-duration')
        .getByRole('radio', { name: /Usual, 30 min/, checked: true })
        .waitFor();
      await page.keyboard.press('Control+Enter');
      await page.getByText('Logged: coffee with Ana Silva.').waitFor();
      expect(session.requireVault().data.interactions[0]).toMatchObject({ channel: 'coffee', durationMinutes: null });

      // Today counts it at the usual length, and says so
      const week = page.getByTestId('today-groups-week');
      await week.getByText('30 min with peers this week (1 counted at the usual length), of the 3 h you set aside.').waitFor();
      await week.scrollIntoViewIfNeeded();
      await settled(page);
      await shot('today');
    },
  );
});
