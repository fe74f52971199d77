/// <reference lib="dom" />
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { Vault } from '../../electron/core/vault';
import { TEST_KDF } from '../helpers/kdf';
import { openApp } from './harness';
import { STRONG, browserSuite, settled } from './helpers';

const suite = browserSuite();

/**
 * The window's first question, vault:state, held in the page until the test lets it through:
 * what the window draws while the answer travels (a slow bridge, a busy main thread).
 */
const HOLD_FIRST_STATE = `(() => {
  let held = null;
  window.__releaseFirstState = () => { const r = held; held = null; if (r) r(); return !!r; };
  let first = true;
  const wrap = () => {
    const inner = window.__compeerInvoke;
    window.__compeerInvoke = (channel, input) => {
      if (channel !== 'vault:state' || !first) return inner(channel, input);
      first = false;
      return new Promise((r) => { held = r; }).then(() => inner(channel, input)).then((answer) => { window.__firstStateDone = true; return answer; });
    };
  };
  wrap();
})();`;

const release = (page: Page) =>
  expect.poll(() => page.evaluate(() => (window as unknown as { __releaseFirstState: () => boolean }).__releaseFirstState())).toBe(true);

async function lockedVault(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'compeer-first-paint-'));
  const { vault } = await Vault.create(join(dir, 'vault.compeer'), STRONG, { kdf: TEST_KDF });
  await vault.close();
  return dir;
}

describe('the unlock screen before the vault answers', () => {
  test('is drawn while vault:state is on its way, and keeps focus and what was typed when the answer comes', async () => {
    const dir = await lockedVault();
    const app = (suite.app = await openApp({ dir, shotPrefix: 'first-paint', initScript: HOLD_FIRST_STATE }));
    const { page } = app;
    const field = page.getByTestId('passphrase');
    await field.waitFor();
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('maple orbit');
    await release(page);
    // the answer (locked) arrived: the same field, still focused, still holding the words
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __releaseFirstState: () => boolean }).__releaseFirstState()))
      .toBe(false);
    await page.keyboard.type(' lantern quietly');
    expect(await field.inputValue()).toBe(STRONG);
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByTestId('unlock').click();
    await page.getByTestId('nav-today').waitFor();
  });

  test('unlocked before the answer comes: the late answer does not bring the unlock screen back', async () => {
    const dir = await lockedVault();
    const app = (suite.app = await openApp({ dir, shotPrefix: 'first-paint-early', initScript: HOLD_FIRST_STATE }));
    const { page } = app;
    await page.getByTestId('passphrase').fill(STRONG);
    await page.getByTestId('unlock').click();
    await page.getByTestId('nav-today').waitFor();
    await release(page);
    await page.waitForFunction(() => (window as unknown as { __firstStateDone?: boolean }).__firstStateDone === true);
    await settled(page);
    // the answer said "locked"; it is older than the unlock, so the app stays open
    await page.getByTestId('nav-today').waitFor();
    expect(await page.getByTestId('passphrase').count()).toBe(0);
    expect(app.session.unlocked).toBe(true);
  });

  test('no vault yet: the create screen once the answer comes', async () => {
    const app = (suite.app = await openApp({ shotPrefix: 'first-paint-none', initScript: HOLD_FIRST_STATE }));
    const { page } = app;
    await page.getByTestId('passphrase').waitFor();
    await release(page);
    await page.getByText('Create your vault').waitFor();
    expect(await page.getByTestId('passphrase').count()).toBe(0);
  });
});
