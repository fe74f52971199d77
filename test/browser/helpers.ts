import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, startBrowser, stopBrowser, type AppUnderTest } from './harness';

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

let settling = 0;

/**
 * The screen as it stays, for axe or a screenshot: no CSS transition or animation running (a
 * spinner's endless one aside) and the page unchanged for three frames (charts animate by
 * script). It waits for that state, never for a while, so a slow machine only takes longer.
 */
export async function settled(page: Page): Promise<void> {
  settling += 1;
  await page.waitForFunction((call) => {
    type Quiet = { call: number; frames: number; changed: boolean };
    const w = window as unknown as { __settled?: Quiet };
    if (!w.__settled) {
      const fresh: Quiet = (w.__settled = { call: 0, frames: 0, changed: false });
      new MutationObserver(() => (fresh.changed = true)).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    }
    const q = w.__settled;
    if (q.call !== call) Object.assign(q, { call, frames: 0, changed: false });
    const moving = document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
    q.frames = q.changed || moving ? 0 : q.frames + 1;
    q.changed = false;
    return q.frames >= 3;
  }, settling);
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

/** The two window sizes the first-week tour used. */
export const TOUR_SIZES = [
  { width: 1200, height: 800 },
  { width: 880, height: 600 },
] as const;

/** The screen as it is now, light and dark, at both tour sizes (`before` runs after each resize). */
export async function shotsEverySize(app: AppUnderTest, name: string, before?: (page: Page) => Promise<void>): Promise<void> {
  const scheme = (s: string) => app.page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), s);
  for (const size of TOUR_SIZES) {
    await app.page.setViewportSize(size);
    if (before) await before(app.page);
    for (const mode of ['light', 'dark'] as const) {
      await scheme(mode);
      await settled(app.page);
      await app.shot(`${name}-${size.width}-${mode}`);
    }
  }
  await scheme('light');
  await app.page.setViewportSize(TOUR_SIZES[0]);
}

/** A new app in `suite` on the sample vault ("Try it with sample data"). */
export async function openSample(suite: { app: AppUnderTest | null }, prefix: string): Promise<AppUnderTest> {
  const app = (suite.app = await openApp({ shotPrefix: prefix }));
  await app.page.getByTestId('try-sample').click();
  await app.page.getByTestId('sample-badge').waitFor();
  return app;
}
