import { describe, expect, test } from 'vitest';
import { axeProblems } from './axe';
import { openApp, type AppUnderTest } from './harness';
import { browserSuite, settled } from './helpers';

// Settings had about ten Save buttons, each worded and placed its own way ("Save", "Save profile",
// "Save template", two in one section): every form now ends in one save bar of the same shape.
const suite = browserSuite();

async function sample(prefix: string): Promise<AppUnderTest> {
  const app = (suite.app = await openApp({ shotPrefix: prefix }));
  await app.page.getByTestId('try-sample').click();
  await app.page.getByTestId('sample-badge').waitFor();
  await app.page.getByTestId('nav-settings').click();
  await app.page.locator('[data-settings-section]').first().waitFor();
  return app;
}

interface Seen {
  title: string;
  /** the section has fields to fill in (not only switches or choices that apply at once) */
  form: boolean;
  saves: string[];
  bars: number;
  inBar: boolean;
  last: boolean;
  right: boolean;
  disabled: boolean;
}

describe('Settings saves one way', () => {
  test('every section with a form ends in one save bar: one "Save", right-aligned, disabled until something changed', async () => {
    const app = await sample('settings-save');
    const { page } = app;
    // the budget on and saved, so its usual lengths show too; then Settings afresh, nothing changed
    const budget = page.getByTestId('settings-budget-on');
    if (!(await budget.isChecked())) {
      await budget.check();
      await page.getByTestId('settings-budget-save').click();
      await page.locator('#settings-time-budget [data-save-bar]').getByText('Saved.').waitFor();
      await page.getByTestId('nav-today').click();
      await page.getByTestId('nav-settings').click();
    }
    await page.getByTestId('settings-channel-minutes').waitFor();
    await settled(page);
    const seen: Seen[] = await page.locator('[data-settings-section]').evaluateAll((sections) =>
      sections.map((s) => {
        const fields = [...s.querySelectorAll('input, textarea, [contenteditable=true]')].filter(
          (el) => !(el instanceof HTMLInputElement && ['checkbox', 'radio', 'hidden'].includes(el.type)),
        );
        const saves = [...s.querySelectorAll('button')].filter((b) => /\bsave\b/i.test(b.textContent ?? ''));
        const bar = s.querySelector<HTMLElement>('[data-save-bar]');
        const box = s.getBoundingClientRect();
        const barBox = bar?.getBoundingClientRect();
        const button = bar?.querySelector('button[data-save]');
        // nothing of the section is drawn below its save bar
        const below = barBox
          ? [...s.querySelectorAll('input, textarea, button, [contenteditable=true]')].some(
              (el) => !bar!.contains(el) && el.getBoundingClientRect().top >= barBox.bottom - 1 && el.getBoundingClientRect().height > 0,
            )
          : true;
        const buttonBox = button?.getBoundingClientRect();
        return {
          title: (s as HTMLElement).dataset.settingsSection ?? '',
          form: fields.length > 0,
          saves: saves.map((b) => (b.textContent ?? '').trim()),
          bars: s.querySelectorAll('[data-save-bar]').length,
          inBar: saves.every((b) => bar?.contains(b) ?? false),
          last: !below,
          // the button ends where the section's content ends (the card's padding aside)
          right: buttonBox !== undefined && box.right - buttonBox.right < 40,
          disabled: saves.every((b) => b.disabled),
        };
      }),
    );
    const forms = seen.filter((s) => s.form);
    expect(forms.length).toBeGreaterThan(5);
    for (const s of forms) {
      expect({ title: s.title, saves: s.saves, bars: s.bars }).toEqual({ title: s.title, saves: ['Save'], bars: 1 });
      expect({ title: s.title, inBar: s.inBar, last: s.last, right: s.right, disabled: s.disabled }).toEqual({
        title: s.title,
        inBar: true,
        last: true,
        right: true,
        disabled: true,
      });
    }
    for (const s of seen.filter((x) => !x.form)) expect({ title: s.title, saves: s.saves }).toEqual({ title: s.title, saves: [] });

    // how the bars look, light and dark, wide and narrow
    for (const size of [
      { width: 1200, height: 800 },
      { width: 880, height: 600 },
    ]) {
      await page.setViewportSize(size);
      for (const [id, name] of [
        ['#settings-cadence', 'cadence'],
        ['#settings-groups', 'groups'],
      ] as const) {
        await page.locator(`${id} [data-save-bar]`).scrollIntoViewIfNeeded();
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await settled(page);
          await app.shot(`${name}-${size.width}-${scheme}`);
        }
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1200, height: 800 });

    // a change enables that section's Save; saving says so in its bar, politely
    const lock = page.locator('[data-settings-section="Auto-lock"]');
    await page.getByTestId('autolock-minutes').fill('25');
    await expect.poll(() => page.getByTestId('save-autolock').isEnabled()).toBe(true);
    await page.getByTestId('save-autolock').click();
    await lock.locator('[data-save-bar] [aria-live=polite]').getByText('Saved.').waitFor();
    expect(app.session.requireVault().data.settings.autoLockMinutes).toBe(25);
    await expect.poll(() => page.getByTestId('save-autolock').isDisabled()).toBe(true);

    // a switch that applies at once says so through the same bar
    expect(await page.locator('#settings-time-budget [data-save-bar]').getByText('Saved.').count()).toBe(0);
    await budget.uncheck();
    await page.locator('#settings-time-budget [data-save-bar] [aria-live=polite]').getByText('Saved.').waitFor();
    expect(app.session.requireVault().data.settings.weeklyBudgetMinutes).toBeNull();
    expect(await axeProblems(page)).toEqual([]);
  });
});
