import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { dayFull } from '../../shared/date-words';
import { dayOf, plusDays } from '../../shared/domain/days';
import { axeProblems } from './axe';
import { browserSuite, openSample, shotsEverySize } from './helpers';

const suite = browserSuite();

const sampleVault = (prefix: string) => openSample(suite, prefix);

/**
 * A dialog with something typed in it: Escape asks first; "Keep editing" keeps what was typed,
 * "Discard" closes it. `typed` is the field that holds the text and `text` what it must still hold.
 */
async function escapeAsks(page: Page, dialog: Locator, typed: Locator, text: string) {
  await page.keyboard.press('Escape');
  const question = page.getByRole('dialog', { name: 'Discard your changes?' });
  await question.waitFor();
  await question.getByTestId('keep-editing').click();
  await question.waitFor({ state: 'detached' });
  await dialog.waitFor();
  await expect.poll(() => typed.innerText().then((t) => t || typed.inputValue())).toContain(text);
  await typed.focus();
  await page.keyboard.press('Escape');
  await question.waitFor();
  await question.getByTestId('discard-changes').click();
  await dialog.waitFor({ state: 'detached' });
}

/** The date in words beside a dialog's date picker, after choosing `day` in it. */
async function wordsFor(dialog: Locator, field: Locator, day: string): Promise<string> {
  await field.fill(day);
  const id = await field.getAttribute('aria-describedby');
  expect(id, 'the words describe the picker').toBeTruthy();
  return dialog.locator(`[id="${id!.split(' ').find((x) => x.endsWith('-description'))}"]`).innerText();
}

const today = () => dayOf(new Date());

describe('every form in a dialog asks before Escape discards what was typed; its date is said in words beside the picker', () => {
  test('the goal check-in', async () => {
    const app = await sampleVault('polish-checkin');
    const { page } = app;
    await page.getByTestId('nav-groups').click();
    await page.getByTestId('tab-goals').click();
    await page.getByTestId('goal-check-in').first().click();
    const dialog = page.getByRole('dialog', { name: /Check in/ });
    await dialog.waitFor();
    // nothing changed: Escape closes at once
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('goal-check-in').first().click();
    const yesterday = plusDays(today(), -1);
    expect(await wordsFor(dialog, page.getByTestId('checkin-date'), yesterday)).toBe(dayFull(yesterday, today()));
    const note = dialog.getByRole('textbox', { name: 'Note' });
    await note.fill('Abstract sent');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Discard your changes?' }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await shotsEverySize(app, 'checkin-question');
    await page.getByTestId('keep-editing').click();
    await escapeAsks(page, dialog, note, 'Abstract sent');
  });

  test('the introduction', async () => {
    const app = await sampleVault('polish-introduce');
    const { page } = app;
    await page.getByTestId('nav-peers').click();
    await page.getByRole('button', { name: 'Introduce…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Introduce two peers' });
    await dialog.waitFor();
    const day = plusDays(today(), -12);
    expect(await wordsFor(dialog, page.getByTestId('intro-date'), day)).toBe(dayFull(day, today()));
    const why = dialog.getByLabel('Why they should meet');
    await why.fill('Both into platform work');
    await escapeAsks(page, dialog, why, 'Both into platform work');
  });

  test('the debrief', async () => {
    const app = await sampleVault('polish-debrief');
    const { page } = app;
    await page.getByTestId('nav-peers').click();
    await page.getByTestId('peer-row').filter({ hasText: 'Ana Silva' }).first().click();
    await page.getByTestId('debrief-conversation').click();
    const dialog = page.getByRole('dialog', { name: /Debrief a conversation/ });
    const editor = page.getByTestId('md-editor');
    await expect.poll(() => editor.innerText()).toContain('## What I learned');
    // opened and left as it was: Escape closes at once
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // the peer's page stays under it
    await page.getByTestId('debrief-conversation').waitFor();
    await page.getByTestId('debrief-conversation').click();
    await expect.poll(() => editor.innerText()).toContain('## What I learned');
    const day = plusDays(today(), -2);
    const when = dialog.getByLabel('When', { exact: true });
    expect(await wordsFor(dialog, when, day)).toBe(dayFull(day, today()));
    await editor.click();
    await page.keyboard.type('She told me how she prices her work.');
    await escapeAsks(page, dialog, editor, 'prices her work');
    await page.getByTestId('debrief-conversation').waitFor();
  });
});
