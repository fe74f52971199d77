import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { makeLongLogVault } from '../helpers/long-log-vault';
import { openApp } from './harness';
import { STRONG, browserSuite, unlock } from './helpers';

const suite = browserSuite();
afterEach(() => vi.restoreAllMocks());

describe('the Peers screen right after unlock', () => {
  test('the rows come while the interaction log is still being read; their check-ins fill in where they are', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'compeer-ui-'));
    await makeLongLogVault(join(dir, 'vault.compeer'), STRONG, new Date());
    const app = (suite.app = await openApp({ dir, shotPrefix: 'peers-first-rows' }));
    const { page, shot, session } = app;
    // the log as if still being read (a large vault just unlocked) until the test lets it go:
    // the peers' calls that wait for it wait, and the vault says it is not read yet
    let release = () => undefined as void;
    const held = new Promise<void>((r) => (release = r));
    let reading = true;
    const parsed = session.parsed.bind(session);
    const pending = session.pending.bind(session);
    vi.spyOn(session, 'parsed').mockImplementation(async (names) => {
      if (names?.includes('interactions')) await held;
      return parsed(names);
    });
    vi.spyOn(session, 'pending').mockImplementation((name) => reading || pending(name));

    await unlock(page, STRONG);
    await page.getByTestId('nav-peers').click();
    const first = page.getByTestId('peer-row').first();
    await first.getByText('Peer 000').waitFor();
    await page.getByTestId('peer-count').getByText('300').waitFor();
    // no check-in said yet, rather than a wrong one
    expect(await first.locator('[data-testid="peer-row-checkin"][aria-busy]').count()).toBe(1);
    expect(await page.getByText('No contact logged').count()).toBe(0);
    await shot('pending');

    reading = false;
    release();
    // every peer has a cadence and a contact: once the log is read each row says so, in place
    await first.getByText(/^Last contact /).waitFor();
    await expect.poll(() => page.locator('[data-testid="peer-row-checkin"][aria-busy]').count()).toBe(0);
    expect(await first.getByText('Peer 000').count()).toBe(1);
    expect(
      await page
        .getByTestId('peer-row')
        .nth(1)
        .getByText(/^Last contact /)
        .count(),
    ).toBe(1);
    expect(await page.getByText('No contact logged').count()).toBe(0);
    await shot('filled');
  });
});
