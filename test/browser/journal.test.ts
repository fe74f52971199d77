import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppUnderTest } from './harness';
import { dayOf, plusDays } from '../../shared/domain/days';
import { browserSuite, confirmCode, createVault, STRONG, unlock } from './helpers';

const suite = browserSuite();
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

async function freshVault(prefix: string): Promise<AppUnderTest> {
  const app = (suite.app = await openApp({ shotPrefix: prefix }));
  await createVault(app);
  await confirmCode(app.page);
  return app;
}

async function sampleVault(prefix: string): Promise<AppUnderTest> {
  const app = (suite.app = await openApp({ shotPrefix: prefix }));
  await app.page.getByTestId('try-sample').click();
  await app.page.getByTestId('sample-badge').waitFor();
  return app;
}

/** Both themes for the screen as it is now. */
async function shots(app: AppUnderTest, name: string) {
  // the scheme as Mantine sets it (the header's toggle sits under an open dialog's overlay)
  const scheme = (s: string) => app.page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), s);
  await scheme('light');
  await app.shot(`${name}-light`);
  await scheme('dark');
  await app.shot(`${name}-dark`);
  await scheme('light');
}

const editorText = (page: Page) => page.getByTestId('md-editor').innerText();

async function openPeer(page: Page, name: string) {
  await page.getByTestId('nav-peers').click();
  await page.getByTestId('peer-row').filter({ hasText: name }).first().click();
  await page.getByTestId('prepare-conversation').waitFor();
}

describe('journal', () => {
  test('write an entry from a template with the keyboard: formatting shortcuts, autosave, preview, word count', async () => {
    const app = await freshVault('journal-write');
    const { page } = app;
    await page.getByTestId('nav-journal').click();
    await page.getByTestId('journal-empty').waitFor();
    await shots(app, 'empty');
    // from the palette, by keyboard
    await page.keyboard.press(`${MOD}+K`);
    await page.getByTestId('palette-input').fill('new journal');
    await page.keyboard.press('Enter');
    await page.getByTestId('entry-editor').waitFor();
    await expect.poll(() => editorText(page)).toContain('## What happened');
    // the cursor waits under the first heading: type there
    await page.keyboard.type('I finally asked Ana for feedback. ');
    await page.keyboard.press(`${MOD}+B`);
    await page.keyboard.type('It went well');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press(`${MOD}+Shift+9`);
    await page.keyboard.type('thank her');
    await page.getByTestId('save-status').getByText('Saved').waitFor();
    const saved = () => app.session.requireVault().data.journal;
    expect(saved()).toHaveLength(1);
    expect(saved()[0]!.body).toContain('## What happened\nI finally asked Ana for feedback. **It went well**\n- [ ] thank her');
    expect(saved()[0]).toMatchObject({ kind: 'reflection', confidential: true, title: 'What happened' });
    await expect.poll(async () => page.getByTestId('word-count').innerText()).toMatch(/\d+ words/);
    // undo takes back the last edit, and autosave follows
    await page.keyboard.press(`${MOD}+Z`);
    await expect.poll(() => saved()[0]!.body.includes('thank her')).toBe(false);
    await page.getByTestId('entry-title').fill('Asking for feedback');
    await page.getByTestId('toggle-preview').click();
    await page.getByTestId('entry-preview').getByRole('heading', { name: 'What happened' }).waitFor();
    await shots(app, 'editor-preview');
    await page.getByTestId('toggle-preview').click();
    await page.getByTestId('close-entry').click();
    // the list masks a confidential entry
    await page.getByTestId('entry-row').first().waitFor();
    expect(await page.getByTestId('entry-row').first().innerText()).toContain('Confidential');
    expect(await page.getByTestId('entry-row').first().innerText()).not.toContain('Asking for feedback');
    await page
      .getByTestId('streak')
      .getByText(/1 week in a row/)
      .waitFor();
    await shots(app, 'overview');
  });

  test('autosave survives a lock pressed while typing (Ctrl+L in the editor): nothing is lost', async () => {
    const app = await freshVault('journal-lock');
    const { page } = app;
    await page.getByTestId('nav-journal').click();
    await page.getByTestId('start-reflection').click();
    await page.getByTestId('entry-editor').waitFor();
    await expect.poll(() => editorText(page)).toContain('## What happened');
    await page.keyboard.type('the last words before the lock');
    await page.keyboard.press(`${MOD}+L`);
    await page.getByTestId('passphrase').waitFor();
    await unlock(page, STRONG);
    await page.getByTestId('nav-today').waitFor();
    expect(
      app.session
        .requireVault()
        .data.journal.map((e) => e.body)
        .join(''),
    ).toContain('the last words before the lock');
    // and the screen shows nothing of it until opened again
    await page.getByTestId('nav-journal').click();
    await page.getByTestId('entry-row').first().click();
    await expect.poll(() => editorText(page)).toContain('the last words before the lock');
  });

  test('not being vulnerable: on Today and the peer page, its button opens a conversation prep with that peer', async () => {
    const app = await freshVault('journal-open-up');
    const { page } = app;
    const today = dayOf(new Date());
    // a journal kept for 100 days with no prep or vulnerability entry; Ana is close and was seen last week
    await app.session.requireVault().apply([
      { op: 'put', collection: 'peers', record: { id: 'ana', name: 'Ana Silva', closeness: 5, cadenceDays: 30 } },
      { op: 'put', collection: 'interactions', record: { id: 'i1', date: plusDays(today, -7), peerIds: ['ana'], channel: 'coffee' } },
      { op: 'put', collection: 'journal', record: { id: 'j1', date: plusDays(today, -100), kind: 'reflection', body: 'a quiet quarter' } },
    ]);
    await openPeer(page, 'Ana Silva');
    // the suggestions and patterns strip opens on a click
    await page.getByTestId('peer-strip').getByRole('button', { name: 'Show' }).click();
    await page
      .getByTestId('peer-banner')
      .locator('[data-testid="pattern"][data-kind="not-vulnerable"]')
      .getByRole('button', { name: 'Prepare a talk' })
      .waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('peer-banner').waitFor({ state: 'detached' });
    await page.getByTestId('nav-today').click();
    const note = page.getByTestId('today-page').locator('[data-testid="pattern"][data-kind="not-vulnerable"]');
    await note.getByText('Your journal has no conversation prep or vulnerability practice yet.', { exact: false }).waitFor();
    await note.scrollIntoViewIfNeeded();
    await shots(app, 'today-pattern');
    await note.getByRole('button', { name: 'Prepare a talk' }).click();
    await page.getByTestId('prep-context').waitFor();
    await expect.poll(() => editorText(page)).toContain('## The challenge I want to share');
    await page.keyboard.type('Whether to take the team lead role.');
    await page.getByTestId('save-status').getByText('Saved').waitFor();
    await page.getByTestId('close-sheet').click();
    expect(app.session.requireVault().data.journal.find((e) => e.kind === 'dialogue-prep')).toMatchObject({ peerIds: ['ana'] });
    // written: the pattern is gone from the peer page
    await openPeer(page, 'Ana Silva');
    await page.getByTestId('peer-checkin').waitFor();
    expect(await page.locator('[data-testid="pattern"][data-kind="not-vulnerable"]').count()).toBe(0);
  });

  test('a template edited in Settings is where the next entry of its kind starts; "Use the built-in one" undoes it', async () => {
    const app = await freshVault('journal-template');
    const { page } = app;
    await page.getByTestId('nav-settings').click();
    const section = page.getByTestId('journal-templates');
    await section.scrollIntoViewIfNeeded();
    await section.getByTestId('template-kind').click();
    await page.getByRole('option', { name: 'Gratitude' }).click();
    await section.getByText('Built-in', { exact: true }).waitFor();
    await section.getByTestId('md-editor').click();
    await page.keyboard.press(`${MOD}+A`);
    await page.keyboard.type('## Thanks on {{date}}\n\nWho made this week better?\n');
    await section.getByTestId('save-template').click();
    await section.getByText('Saved. New entries of this kind start from it.').waitFor();
    await section.getByText('Your own', { exact: true }).waitFor();
    expect(app.session.requireVault().data.settings.journalTemplates.gratitude).toBe(
      '## Thanks on {{date}}\n\nWho made this week better?\n',
    );
    await shots(app, 'settings');
    await page.getByTestId('nav-journal').click();
    await page.getByTestId('new-entry').click();
    await page.getByTestId('new-gratitude').click();
    await expect.poll(() => editorText(page)).toMatch(/## Thanks on \d{4}-\d{2}-\d{2}\s+Who made this week better\?/);
    await page.getByTestId('close-entry').click();
    await page.getByTestId('nav-settings').click();
    await section.getByTestId('template-kind').click();
    await page.getByRole('option', { name: 'Gratitude' }).click();
    await section.getByTestId('reset-template').click();
    await section.getByText('Back to the built-in template.').waitFor();
    expect(app.session.requireVault().data.settings.journalTemplates.gratitude).toBeUndefined();
  });

  test('prepare a conversation from a peer page, then debrief it: the debrief logs the interaction', async () => {
    const app = await sampleVault('journal-prep');
    const { page } = app;
    await openPeer(page, 'Ana Silva');
    await page.getByTestId('prepare-conversation').click();
    await page.getByTestId('prep-context').waitFor();
    await page.getByTestId('prep-context').getByText('Topics from your notes').waitFor();
    await expect.poll(() => editorText(page)).toContain('## The challenge I want to share');
    await page.keyboard.type('Saying yes to everything.');
    await page.getByTestId('save-status').getByText('Saved').waitFor();
    await shots(app, 'prep-sheet');
    await page.getByTestId('close-sheet').click();
    const prep = app.session.requireVault().data.journal.find((e) => e.kind === 'dialogue-prep' && e.body.includes('Saying yes'));
    expect(prep).toMatchObject({ peerIds: ['sample-p1'], confidential: true });

    const before = app.session.requireVault().data.interactions.length;
    await page.getByTestId('debrief-conversation').click();
    await expect.poll(() => editorText(page)).toContain('## What I learned');
    await page.keyboard.type('How she built her promotion case.');
    await page.getByTestId('add-received').click();
    // the log dialog's own rows: the kind picker takes the focus, a kind is asked for
    await page.getByTestId('save-debrief').click();
    await page.getByText('Pick a kind for each exchange, or remove it.').waitFor();
    await page.getByTestId('exchange-kind').click();
    await page.keyboard.type('expertise');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('exchange-kind').inputValue()).toBe('Expertise or advice');
    await page.getByTestId('add-follow-up').click();
    await page.getByTestId('follow-up-text').fill('Send her my mentoring notes');
    await shots(app, 'debrief');
    await page.getByTestId('save-debrief').click();
    await page.getByText('Debrief saved, and the conversation logged.').waitFor();
    const v = app.session.requireVault().data;
    expect(v.interactions.length).toBe(before + 1);
    const logged = v.interactions.at(-1)!;
    expect(logged).toMatchObject({
      peerIds: ['sample-p1'],
      channel: 'coffee',
      exchanges: [{ direction: 'received', kind: 'expertise', weight: 1 }],
      followUps: [{ text: 'Send her my mentoring notes', done: false }],
    });
    expect(v.journal.find((e) => e.kind === 'debrief' && e.body.includes('promotion case'))).toMatchObject({ peerIds: ['sample-p1'] });
  });

  test('a confidential note is masked, revealed for that one note, and masked again after navigating', async () => {
    const app = await sampleVault('journal-notes');
    const { page } = app;
    await openPeer(page, 'Ana Silva');
    await page.getByRole('tab', { name: 'Journal and notes' }).click();
    await page.getByTestId('notes-panel').waitFor();
    await page.getByTestId('add-note').click();
    await page.getByTestId('note-topic').click();
    await page.getByRole('option', { name: 'Compensation benchmarks' }).click();
    await page.getByTestId('note-text').fill('Offered 130k by a competitor');
    await page.getByTestId('save-note').click();
    await page.getByTestId('note').nth(1).waitFor();
    expect(await page.getByTestId('notes-panel').innerText()).not.toContain('130k');
    expect(await page.getByTestId('notes-panel').innerText()).not.toContain('120k');
    await shots(app, 'notes-masked');
    await page.getByTestId('note').first().getByTestId('reveal').click();
    await page.getByTestId('note-body').getByText('Offered 130k by a competitor').waitFor();
    // only that one
    expect(await page.getByTestId('notes-panel').innerText()).not.toContain('120k');
    await shots(app, 'notes-revealed');
    // away and back: masked again
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-journal').click();
    await page.getByTestId('journal-page').waitFor();
    await openPeer(page, 'Ana Silva');
    await page.getByRole('tab', { name: 'Journal and notes' }).click();
    await page.getByTestId('note').first().waitFor();
    expect(await page.getByTestId('notes-panel').innerText()).not.toContain('130k');
  });

  test('search from the palette: grouped by kind, matched words marked, confidential matches masked until revealed', async () => {
    const app = await sampleVault('journal-search');
    const { page } = app;
    await expect.poll(() => app.session.searchIndex().ready).toBe(true);
    await page.getByTestId('open-spotlight').click();
    await page.getByTestId('palette-input').fill('platform');
    await page.getByTestId('search-result').first().waitFor();
    // group labels are drawn by CSS from --spotlight-label
    const groups = await page
      .getByRole('dialog')
      .locator('[style*="--spotlight-label"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).style.getPropertyValue('--spotlight-label')));
    const kinds = groups.filter((g) => g !== "'Commands'");
    expect(kinds[0]).toBe("'Peers'");
    expect(kinds.length).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole('dialog').locator('mark').count()).toBeGreaterThan(0);
    await shots(app, 'palette-results');
    // a confidential note: found, not shown
    await page.getByTestId('palette-input').fill('lumen equity');
    const masked = page.getByTestId('confidential-match').first();
    await masked.waitFor();
    expect(await page.getByRole('dialog').innerText()).not.toContain('120k');
    await shots(app, 'palette-masked');
    await page.getByTestId('search-result').filter({ has: masked }).first().click();
    await page.getByRole('dialog').getByText(/120k/).waitFor();
    // the second press opens it: the note is on the peer's page
    await page.getByTestId('search-result').filter({ hasText: '120k' }).first().click();
    await page.getByTestId('prepare-conversation').waitFor();
  });
});
