import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { dayOf, plusDays } from '../../shared/domain/days';
import { openApp } from './harness';
import { browserSuite, confirmCode, createVault, settled } from './helpers';

const suite = browserSuite();

async function dark(page: Page, on: boolean) {
  const isDark = await page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme') === 'dark');
  if (isDark !== on) await page.getByTestId('toggle-theme').dispatchEvent('click');
  await page.waitForFunction((want) => (document.documentElement.getAttribute('data-mantine-color-scheme') === 'dark') === want, on);
}

/** A calendar of the last week (the harness runs on the real clock): meetings with Ana and Bruno, one private, one with a stranger, one cancelled. */
function lastWeek(): string {
  const day = (n: number) => plusDays(dayOf(new Date()), -n).replace(/-/g, '');
  const ev = (uid: string, n: number, lines: string[]) => [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTART:${day(n)}T140000Z`,
    `DTEND:${day(n)}T144500Z`,
    'ORGANIZER:mailto:me@home.io',
    ...lines,
    'END:VEVENT',
  ];
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'X-WR-CALNAME:me@home.io',
    ...ev('a@x', 2, [
      'ATTENDEE;PARTSTAT=ACCEPTED:mailto:ana@work.io',
      'SUMMARY:Ana career chat',
      'LOCATION:https://meet.google.com/abc-defg-hij',
    ]),
    ...ev('b@x', 4, ['ATTENDEE;PARTSTAT=ACCEPTED:mailto:bruno@costa.org', 'CLASS:PRIVATE', 'SUMMARY:Bruno - burnout']),
    ...ev('c@x', 5, ['ATTENDEE;PARTSTAT=ACCEPTED:mailto:dana.stranger@x.io', 'SUMMARY:Intro with Dana']),
    ...ev('d@x', 6, ['ATTENDEE;PARTSTAT=ACCEPTED:mailto:ana@work.io', 'STATUS:CANCELLED', 'SUMMARY:Cancelled lunch']),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

describe('calendar import', () => {
  test('preview with skips and "add as a peer", import, then Today asks what passed, one meeting after another', async () => {
    const app = (suite.app = await openApp({ shotPrefix: 'calendar-import' }));
    const { page, shot } = app;
    await createVault(app);
    await confirmCode(page);
    const at = new Date().toISOString();
    const peer = (id: string, name: string, email: string) => ({
      op: 'put' as const,
      collection: 'peers' as const,
      record: { id, name, contacts: { emails: [email], phones: [], linkedin: '', website: '' }, createdAt: at, updatedAt: at },
    });
    await app.session.requireVault().apply([peer('ana', 'Ana Silva', 'ana@work.io'), peer('bruno', 'Bruno Costa', 'bruno@costa.org')]);
    await page.getByTestId('nav-peers').click();
    await page.getByTestId('open-import').click();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'calendar.ics', mimeType: 'text/calendar', buffer: Buffer.from(lastWeek()) });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-counts').innerText()).toMatch(/2\s*to add/);
    expect(await page.getByTestId('import-skips').innerText()).toMatch(/1 cancelled/i);
    // the private meeting is named as private, never by its title
    await page.getByTestId('import-preview').getByText('Private event').waitFor();
    expect(await page.getByText('burnout').count()).toBe(0);
    await settled(page);
    await shot('preview-light');
    await dark(page, true);
    await settled(page);
    await shot('preview-dark');
    await dark(page, false);
    // fewer days: only the last three
    await page.getByLabel('Meetings from').fill(plusDays(dayOf(new Date()), -3));
    await page.getByTestId('import-days-apply').click();
    await expect.poll(async () => page.getByTestId('import-counts').innerText()).toMatch(/1\s*to add/);
    await page.getByLabel('Meetings from').fill('');
    await page.getByTestId('import-days-apply').click();
    await expect.poll(async () => page.getByTestId('import-counts').innerText()).toMatch(/2\s*to add/);
    // the stranger becomes a peer, and the preview is made again with her meeting in it
    await page.getByTestId('import-add-peer').click();
    expect(await page.getByTestId('import-add-peer-name').inputValue()).toBe('Dana Stranger');
    await page.getByTestId('import-add-peer-save').click();
    await expect.poll(async () => page.getByTestId('import-counts').innerText()).toMatch(/3\s*to add/);
    await page.getByTestId('confirm-import').click();
    await page.getByText(/Imported: 3 meetings added/).waitFor();
    const saved = app.session.requireVault().data.interactions;
    expect(saved.map((i) => i.channel).sort()).toEqual(['other', 'other', 'video']);

    await page.getByTestId('nav-today').click();
    const card = page.getByTestId('today-meetings');
    await card.waitFor();
    expect(await card.getByTestId('meeting-item').count()).toBe(3);
    await card.getByText('A private meeting').waitFor();
    await settled(page);
    await shot('today-light');
    await dark(page, true);
    await settled(page);
    await shot('today-dark');
    await dark(page, false);
    // one after another: a save opens the next meeting
    await page.getByTestId('meetings-start').click();
    const dialog = page.getByTestId('log-dialog');
    await expect.poll(() => page.getByTestId('log-summary').inputValue()).toBe('Ana career chat');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByTestId('log-summary').inputValue()).toBe('Bruno - burnout');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await card.getByTestId('meetings-done').click();
    await card.waitFor({ state: 'detached' });
    expect(app.session.requireVault().data.settings.meetingsReviewedThrough).toBeDefined();
  });
});
