import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowser, stopBrowser, type AppUnderTest } from './harness';

export const STRONG = 'maple orbit lantern quietly';
export const STRONG_2 = 'copper heron violin tundra';
export const STRONG_3 = 'saffron glacier pocket anthem';

export async function createVault(app: AppUnderTest, passphrase = STRONG): Promise<string> {
  const { page } = app;
  await page.getByTestId('new-passphrase').fill(passphrase);
  await page.getByTestId('confirm-passphrase').fill(passphrase);
  await expect.poll(() => page.getByTestId('create-vault').isEnabled()).toBe(true);
  await page.getByTestId('create-vault').click();
  await page.getByTestId('recovery-code').waitFor();
  const code = (await page.getByTestId('recovery-code').innerText()).replace(/\s+/g, '-');
  return code;
}

export async function confirmCode(page: Page): Promise<void> {
  await page.getByTestId('saved-code').check();
  await page.getByTestId('continue').click();
  await page.getByTestId('nav-today').waitFor();
}

export async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByTestId('passphrase').fill(passphrase);
  await page.getByTestId('unlock').click();
}

/** Settings > Auto-lock: set the idle minutes and wait until saved. */
export async function setIdleMinutes(page: Page, minutes: string): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('autolock-minutes').fill(minutes);
  await page.getByTestId('save-autolock').click();
  await page.getByText('Saved.').waitFor();
}

export function expectNoProblems(app: AppUnderTest): void {
  expect(app.problems, 'console errors or CSP violations').toEqual([]);
}

/**
 * One Chromium for the file; each test opens its app in `suite.app`, which is checked for
 * console errors and CSP violations and closed after the test.
 */
export function browserSuite(): { app: AppUnderTest | null } {
  const suite: { app: AppUnderTest | null } = { app: null };
  beforeAll(() => startBrowser());
  afterAll(stopBrowser);
  afterEach(async () => {
    const app = suite.app;
    suite.app = null;
    if (app) expectNoProblems(app);
    await app?.close();
  });
  return suite;
}
