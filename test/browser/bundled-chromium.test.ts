import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { thisMachine } from '../helpers/chromium';
import { findChromium, type Machine } from '../helpers/chromium-search';
import { browserDescription, openApp, startBrowser, stopBrowser, type AppUnderTest } from './harness';
import { confirmCode, createVault, expectNoProblems } from './helpers';

/**
 * The last fallback of the browser search on Linux x64: with COMPEER_CHROMIUM unset and every
 * installed browser hidden from the search (its inputs, not by uninstalling anything), the
 * Chromium inside the @sparticuz/chromium package is chosen, unpacked, and runs the app.
 */
const real = thisMachine();
const { COMPEER_CHROMIUM: _chosen, ...env } = real.env;
const nothingInstalled: Machine = { ...real, env, exists: () => false, list: () => [], playwrightExpected: undefined };

describe.runIf(real.platform === 'linux' && real.arch === 'x64' && real.bundledInstalled)('with no browser installed', () => {
  let app: AppUnderTest | null = null;
  beforeAll(() => startBrowser(nothingInstalled), 120_000);
  afterAll(stopBrowser);
  afterEach(async () => {
    if (app) expectNoProblems(app);
    await app?.close();
  });

  test('the bundled Chromium is chosen and runs the app', async () => {
    expect(findChromium(nothingInstalled)).toEqual({ ok: true, found: { kind: 'bundled' } });
    expect(browserDescription).toMatch(/from the @sparticuz\/chromium package, version \d+\./);
    app = await openApp({ shotPrefix: 'bundled-chromium' });
    await app.page.getByText('Create your vault').waitFor();
    await createVault(app);
    await confirmCode(app.page);
    await app.shot('today');
    expect(await app.session.state()).toMatchObject({ status: 'unlocked' });
  });
});
