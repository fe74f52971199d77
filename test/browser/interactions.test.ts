import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { dayOfYearWords, dayRelative } from '../../shared/date-words';
import { dayOf } from '../../shared/domain/days';
import { openApp, type AppUnderTest } from './harness';
import { browserSuite, confirmCode, createVault } from './helpers';

const suite = browserSuite();
const require = createRequire(import.meta.url);

/** A fresh vault with two peers, on Today. */
async function vaultWithPeers(prefix: string): Promise<AppUnderTest> {
  const app = (suite.app = await openApp({ shotPrefix: prefix }));
  await createVault(app);
  await confirmCode(app.page);
  const added = new Date().toISOString();
  await app.session.requireVault().apply([
    {
      op: 'put',
      collection: 'peers',
      record: { id: 'ana', name: 'Ana Silva', company: 'Lumen Health', cadenceDays: 30, createdAt: added, updatedAt: added },
    },
    {
      op: 'put',
      collection: 'peers',
      record: { id: 'ben', name: 'Ben Okafor', company: 'Northwind Bank', createdAt: added, updatedAt: added },
    },
  ]);
  return app;
}

async function sampleApp(prefix: string): Promise<AppUnderTest> {
  const app = (suite.app = await openApp({ shotPrefix: prefix }));
  await app.page.getByTestId('try-sample').click();
  await app.page.getByTestId('sample-badge').waitFor();
  return app;
}

/** What has the keyboard focus: its role, name or test id. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      role: el?.getAttribute('role') ?? el?.tagName.toLowerCase(),
      text: el?.textContent?.trim() ?? '',
      testId: el?.closest('[data-testid]')?.getAttribute('data-testid') ?? '',
    };
  });

/** axe-core's serious and critical findings inside `selector` (run through the driver, so the page's CSP is untouched). */
async function accessibilityProblems(page: Page, selector: string): Promise<string[]> {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const found = await page.evaluate(
    async ([src, sel]) => {
      (0, eval)(src);
      const axe = (
        window as unknown as {
          axe: {
            run: (ctx: string, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      // colour contrast is the theme's (Mantine's dimmed grey and teal buttons), not these screens': reported apart
      const r = await axe.run(sel, { runOnly: ['wcag2a', 'wcag2aa'], rules: { 'color-contrast': { enabled: false } } });
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    [source, selector] as const,
  );
  return found;
}

describe('the interaction log', () => {
  test('"coffee with Ana, she gave me feedback", by keyboard only, from anywhere; the palette shows the shortcut', async () => {
    const { page, session, shot } = await vaultWithPeers('log-keyboard');
    await page.getByTestId('today-page').waitFor();
    // nothing chosen: Ctrl+Enter says what is missing, nothing is saved
    await page.keyboard.press('Control+Shift+L');
    await page.getByRole('dialog', { name: 'Log interaction' }).waitFor();
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('log-error').getByText('Pick at least one peer.').waitFor();
    // the peer list opens on typing, not on focus: one Escape closes the dialog
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Log interaction' }).waitFor({ state: 'hidden' });

    const started = Date.now();
    await page.keyboard.press('Control+Shift+L');
    await page.getByRole('dialog', { name: 'Log interaction' }).waitFor();
    expect((await focused(page)).testId).toBe('log-peers');
    await page.keyboard.type('ana');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ role: 'radio', testId: 'log-channel' });
    await page.keyboard.press('3');
    expect((await focused(page)).text).toMatch(/Coffee$/);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ role: 'radio', testId: 'log-purpose' });
    await page.keyboard.press('6');
    expect((await focused(page)).text).toMatch(/Catch-up$/);
    // how long, with one key (the usual length of a coffee is the first choice)
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ role: 'radio', testId: 'log-duration' });
    expect((await focused(page)).text).toMatch(/^1Usual/);
    await page.keyboard.press('4');
    expect((await focused(page)).text).toMatch(/45 min$/);
    // what happened comes before what passed between you
    await page.keyboard.press('Tab');
    expect((await focused(page)).testId).toBe('log-summary');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused(page)).testId).toBe('add-received');
    await page.keyboard.press('Enter');
    expect((await focused(page)).testId).toBe('exchange-kind');
    await page.keyboard.type('feedb');
    await page.keyboard.press('Enter');
    await shot('filled');
    expect(await page.getByTestId('exchange-kind').inputValue()).toBe('Honest feedback');
    await page.keyboard.press('Control+Enter');
    await page.getByText('Logged: coffee with Ana Silva.').waitFor();
    const seconds = (Date.now() - started) / 1000;
    expect(seconds, 'the whole log by keyboard, driven by the test').toBeLessThan(10);
    const [i] = session.requireVault().data.interactions;
    expect(i).toMatchObject({
      peerIds: ['ana'],
      channel: 'coffee',
      purpose: 'catch-up',
      initiatedBy: 'me',
      durationMinutes: 45,
      exchanges: [{ direction: 'received', kind: 'feedback', weight: 1 }],
    });
    // Today's "this week" shows it at once
    await page.getByTestId('today-week').getByText('Coffee with').waitFor();

    await page.keyboard.press('Control+K');
    const search = page.getByTestId('palette-input');
    await search.waitFor();
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('log interaction');
    const option = page.getByRole('button', { name: /Log interaction/ }).filter({ hasText: 'Ctrl+Shift+L' });
    await option.waitFor();
    await shot('palette');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Log interaction' }).waitFor();
    await page.keyboard.press('Escape');
  });

  test('from a peer page: the dialog starts with them; the timeline edits, reveals, deletes and undoes', async () => {
    const { page, session, shot } = await vaultWithPeers('log-peer-page');
    await page.getByTestId('nav-peers').click();
    await page.getByTestId('peer-row').filter({ hasText: 'Ana Silva' }).click();
    await page.getByTestId('log-with-peer').click();
    const dialog = page.getByRole('dialog', { name: 'Log interaction' });
    await dialog.waitFor();
    await dialog.getByText('Ana Silva (Lumen Health)').waitFor();
    // the peer is chosen, so the focus starts on the channel
    expect(await focused(page)).toMatchObject({ role: 'radio', testId: 'log-channel' });
    await dialog.getByRole('radio', { name: /Message/ }).click();
    await page.getByTestId('log-summary').fill('She told me the salary band for the staff role.');
    await page.getByTestId('log-confidential').check();
    await page.getByTestId('add-given').click();
    await page.keyboard.type('intro');
    await page.keyboard.press('Enter');
    await page.getByTestId('add-follow-up').click();
    await page.keyboard.type('Send Ana the deck');
    await shot('dialog');
    await page.getByTestId('log-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('peer-tab-interactions').click();
    const row = page.getByTestId('timeline-row');
    await row.getByText('Confidential: what was said, noted and promised is hidden.').waitFor();
    expect(await page.getByText('salary band').count()).toBe(0);
    // its follow-ups are confidential too: the row says one is there, not what it is
    await row.getByText('A confidential follow-up').waitFor();
    expect(await page.getByText('Send Ana the deck').count()).toBe(0);
    await row.getByRole('button', { name: 'Reveal' }).click();
    await row.getByText('She told me the salary band for the staff role.').waitFor();
    await row.getByText('gave introduction').waitFor();
    await row.getByText('Send Ana the deck').waitFor();
    await shot('timeline');
    // edit: the full text comes back into the dialog; change the purpose
    await page.getByTestId('timeline-edit').click();
    await page.getByRole('dialog', { name: 'Edit interaction' }).waitFor();
    expect(await page.getByTestId('log-summary').inputValue()).toBe('She told me the salary band for the staff role.');
    await page.getByTestId('log-purpose').getByRole('radio', { name: /Offer/ }).click();
    await page.getByTestId('log-save').click();
    await row.getByText(/Offer · I reached out/).waitFor();
    expect(session.requireVault().data.interactions).toHaveLength(1);
    expect(session.requireVault().data.interactions[0]).toMatchObject({
      purpose: 'offer',
      channel: 'message',
      summary: 'She told me the salary band for the staff role.',
      confidential: true,
    });
    // delete, then undo
    await page.getByTestId('timeline-delete').click();
    await page.getByTestId('timeline-empty').waitFor();
    expect(session.requireVault().data.interactions).toHaveLength(0);
    await page.getByTestId('undo-interaction').click();
    await page.getByTestId('timeline-row').waitFor();
    expect(session.requireVault().data.interactions).toHaveLength(1);
    // a life event, with a birthday without its year (below the story, once the undo toast is gone)
    // by keyboard: a toast in the corner may still cover the button
    await page.getByTestId('add-life-event').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('life-kind').click();
    await page.getByRole('option', { name: 'Birthday' }).click();
    await page.getByTestId('life-date').fill('1990-07-04');
    await page.getByLabel('Year unknown').check();
    await page.getByTestId('save-life-event').click();
    const locale = await page.evaluate(() => navigator.language);
    await page
      .getByTestId('life-event-row')
      .getByText(`${dayOfYearWords('--07-04', locale)}, every year`)
      .waitFor();
    expect(session.requireVault().data.lifeEvents[0]).toMatchObject({ kind: 'birthday', date: '--07-04' });
    // on Today the confidential interaction's follow-up says only that there is one, until revealed
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-today').click();
    const fu = page.getByTestId('follow-up-item');
    await fu.getByText(/A follow-up from a confidential conversation on/).waitFor();
    expect(await page.getByText('Send Ana the deck').count()).toBe(0);
    await page.getByTestId('today-week').getByText('confidential').waitFor();
    expect(await page.getByText('salary band').count()).toBe(0);
    await shot('today-masked');
    await fu.getByTestId('reveal').click();
    await fu.getByText('Send Ana the deck').waitFor();
    await shot('today-revealed');
  });
});

describe('Today', () => {
  test('a new vault: first steps, and each list says what would fill it', async () => {
    const app = (suite.app = await openApp({ shotPrefix: 'today-empty' }));
    await createVault(app);
    await confirmCode(app.page);
    const { page, shot } = app;
    await page.getByTestId('today-first-steps').waitFor();
    // due, follow-ups, life events, patterns, this week, and the advisor's card
    expect(await page.getByTestId('today-empty').count()).toBe(6);
    await page
      .getByTestId('today-advisor')
      .getByText(/No suggestions about a peer today/)
      .waitFor();
    await page
      .getByTestId('today-due')
      .getByText(/Nobody has a check-in cadence yet/)
      .waitFor();
    await shot('light');
    expect(await accessibilityProblems(page, '[data-testid="today-page"]')).toEqual([]);
  });

  test('due check-ins snooze (and undo), follow-ups get done, life events are celebrated, patterns act in place', async () => {
    const { page, session, shot } = await sampleApp('today');
    await page.getByTestId('today-due').getByTestId('due-item').first().waitFor();
    await shot('sample');
    expect(await accessibilityProblems(page, '[data-testid="today-page"]')).toEqual([]);
    // snooze the first one for a week: off the list; undo brings it back
    const first = page.getByTestId('due-item').first();
    const name = (await first.getByRole('button').first().innerText()).trim();
    await first.getByTestId('snooze').click();
    await page.getByRole('menuitem', { name: 'For a week' }).click();
    await page.getByText(`${name} snoozed until`).waitFor();
    await expect.poll(() => page.getByTestId('due-item').filter({ hasText: name }).count()).toBe(0);
    expect(session.requireVault().data.peers.find((p) => p.name === name)!.snoozedUntil).not.toBeNull();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByTestId('due-item').filter({ hasText: name }).waitFor();
    // a follow-up done
    const fu = page.getByTestId('follow-up-item').first();
    const text = (await fu.locator('p').first().innerText()).trim();
    await fu.getByRole('checkbox').click();
    await expect.poll(() => page.getByTestId('follow-up-item').filter({ hasText: text }).count()).toBe(0);
    expect(
      session
        .requireVault()
        .data.interactions.flatMap((i) => i.followUps)
        .find((f) => f.text === text)!.done,
    ).toBe(true);
    // celebrate a life event: the dialog comes with the purpose and a given celebration; once logged it leaves Today
    const events = page.getByTestId('today-life-events').getByTestId('life-event');
    const before = await events.count();
    await events.filter({ hasText: 'Birthday' }).first().getByRole('button', { name: 'Celebrate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log interaction' });
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: /Celebrate/, checked: true }).count()).toBe(1);
    expect(await page.getByTestId('exchange-kind').inputValue()).toBe('Celebration');
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => events.count()).toBe(before - 1);
    // a pattern's action opens the dialog with that peer and purpose
    const pattern = page
      .getByTestId('pattern')
      .filter({ has: page.getByRole('button', { name: 'Log a check-in' }) })
      .first();
    await pattern.getByRole('button', { name: 'Log a check-in' }).click();
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: /Check-in/, checked: true }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await shot('after-actions');
  });
});

describe('reciprocity', () => {
  test('charts with data, their tables and labels, the window picker, a bar opens its peer', async () => {
    const { page, shot } = await sampleApp('reciprocity');
    await page.getByTestId('nav-reciprocity').click();
    await page.getByTestId('heatmap').first().waitFor();
    for (const id of ['chart-balance', 'chart-monthly', 'chart-mix', 'chart-activity']) {
      expect((await page.getByTestId(id).getByTestId('chart-summary').innerText()).length, id).toBeGreaterThan(20);
      expect(await page.getByTestId(id).getByTestId('chart-empty').count()).toBe(0);
    }
    // every day of the calendar has a label
    const labelled = await page.locator('[data-testid="heatmap"] rect[aria-label]').count();
    expect(labelled).toBeGreaterThanOrEqual(365);
    expect(await page.locator('[data-testid="heatmap"] rect[aria-label*="interaction"]').first().getAttribute('aria-label')).toMatch(
      // the day said the app's one way (a weekday, the day, the month and year, in the window's locale), never ISO
      /^\w+day\b.*\b\d{4}: \d+ interactions?$/,
    );
    // the table behind the balance chart, sortable, opens peers by keyboard
    await page.getByTestId('chart-balance').getByRole('button', { name: 'Table' }).click();
    const rows = page.getByTestId('balance-table').locator('tbody tr');
    expect(await rows.count()).toBe(39);
    await shot('with-table');
    expect(await accessibilityProblems(page, '[data-testid="reciprocity-page"]')).toEqual([]);
    // window picker: 3 months
    const headline = page.getByTestId('reciprocity-headline');
    await page.getByTestId('window-picker').getByText('3 months').click();
    await headline.getByText(/Over the last 3 months/).waitFor();
    await page.getByTestId('window-picker').getByText('All').click();
    await headline.getByText(/^Since /).waitFor();
    await page.getByTestId('window-picker').getByText('12 months').click();
    await headline.getByText(/Over the last 12 months/).waitFor();
    // a click on a bar opens the peer
    await page.getByTestId('chart-balance').locator('.recharts-bar-rectangle').first().click();
    await page.getByTestId('peer-drawer').getByTestId('peer-story').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-reciprocity').click();
    await page.getByTestId('heatmap').first().waitFor();
  });

  test('charts with nothing to show teach what fills them', async () => {
    const { page, shot } = await vaultWithPeers('reciprocity-empty');
    await page.getByTestId('nav-reciprocity').click();
    await page.getByTestId('reciprocity-headline').getByText('Nothing logged in this window.').waitFor();
    expect(await page.getByTestId('chart-empty').count()).toBe(4);
    await shot('empty');
    await page.getByTestId('nav-peers').click();
    await page.getByTestId('peer-row').filter({ hasText: 'Ana Silva' }).click();
    await page.getByTestId('peer-tab-interactions').click();
    await page
      .getByTestId('peer-totals')
      .getByText(/Nothing given or received logged in this window/)
      .waitFor();
    expect(await page.getByTestId('chart-cumulative').count()).toBe(0);
    await page.getByTestId('timeline-empty').waitFor();
    await shot('peer-empty');
  });
});

describe('keeping in touch', () => {
  test('cadence defaults in Settings make peers due; the peers list shows and sorts by last contact and next check-in', async () => {
    const { page, session, shot } = await vaultWithPeers('cadence');
    await session
      .requireVault()
      .apply([{ op: 'put', collection: 'interactions', record: { id: 'i1', date: '2020-01-01', peerIds: ['ben'] } }]);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('cadence-fallback').fill('60');
    await page.getByTestId('save-cadence').click();
    await page.locator('#settings-cadence').getByText('Saved.').waitFor();
    expect(session.requireVault().data.settings.cadence.fallbackDays).toBe(60);
    await shot('settings');
    await page.getByTestId('nav-peers').click();
    const ben = page.getByTestId('peer-row').filter({ hasText: 'Ben Okafor' });
    // dates in the app's one style, in the window's locale
    const locale = await page.evaluate(() => navigator.language);
    const today = dayOf(new Date());
    await ben.getByText(`Last contact ${dayRelative('2020-01-01', today, locale)}`).waitFor();
    await ben.getByText(`Overdue since ${dayRelative('2020-03-01', today, locale)}`).waitFor();
    await page.getByRole('textbox', { name: /Sort/ }).or(page.locator('input[value="Sort: name"]')).first().click();
    await page.getByRole('option', { name: 'Sort: next check-in' }).click();
    expect(await page.getByTestId('peer-row').first().innerText()).toMatch(/Ben Okafor/);
    await shot('list');
    await page.getByTestId('nav-today').click();
    await page.getByTestId('due-item').filter({ hasText: 'Ben Okafor' }).waitFor();
  });
});
