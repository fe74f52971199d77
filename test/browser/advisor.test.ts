import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppUnderTest } from './harness';
import { browserSuite, confirmCode, createVault, expectNoProblems } from './helpers';

const suite = browserSuite();

async function dark(page: Page, on: boolean) {
  const isDark = await page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme') === 'dark');
  if (isDark !== on) await page.getByTestId('toggle-theme').click();
  await page.waitForFunction((want) => (document.documentElement.getAttribute('data-mantine-color-scheme') === 'dark') === want, on);
}

const high = { sharedValues: 5, growthMindset: 5, generousSpirit: 4 };

/**
 * A vault where the advisor has one of several kinds to say: Ana needs fundraising and Bo
 * knows it (an introduction); a speaking slot fits Ana (an opportunity); five peers rated
 * high and all different (a group).
 */
async function advisedApp(prefix: string): Promise<AppUnderTest> {
  const app = (suite.app = await openApp({ shotPrefix: prefix }));
  await createVault(app);
  await confirmCode(app.page);
  const at = new Date().toISOString();
  const peer = (id: string, name: string, extra: Record<string, unknown>) => ({ op: 'put' as const, collection: 'peers', record: { id, name, createdAt: at, updatedAt: at, ...extra } });
  await app.session.requireVault().apply([
    peer('ana', 'Ana Silva', { needs: ['fundraising', 'public speaking'], industry: 'health', function: 'design', country: 'BR', careerStage: 'early', qualities: high }),
    peer('bo', 'Bo Chen', { skills: ['raising money'], industry: 'finance', function: 'sales', country: 'CN', careerStage: 'senior', qualities: high }),
    peer('cy', 'Cy Park', { industry: 'retail', function: 'product', country: 'KR', careerStage: 'lead', qualities: high }),
    peer('dee', 'Dee Roth', { industry: 'energy', function: 'data', country: 'DE', careerStage: 'mid', qualities: high }),
    peer('eve', 'Eve Moreau', { industry: 'media', function: 'marketing', country: 'FR', careerStage: 'early', qualities: { ...high, generousSpirit: 5 } }),
    { op: 'put', collection: 'opportunities', record: { id: 'o1', title: 'Conference talk slot', skills: ['public speaking'], createdAt: at, updatedAt: at } },
  ]);
  return app;
}

const card = (page: Page, kind: string) => page.locator(`[data-testid="suggestion"][data-kind="${kind}"]`).first();

describe('the advisor', () => {
  test('acting on suggestions from the Advisor screen: an introduction recorded, an opportunity shared, a group formed; dismiss and restore', async () => {
    const app = await advisedApp('advisor');
    const { page, session, shot } = app;
    await page.getByTestId('nav-advisor').click();
    await page.getByTestId('advisor-page').waitFor();
    await card(page, 'introduction').waitFor();
    for (const mode of ['light', 'dark'] as const) {
      await dark(page, mode === 'dark');
      await page.waitForTimeout(300);
      await shot(`screen-${mode}`);
    }
    await dark(page, false);

    // the introduction: a tie and a logged introduction
    await card(page, 'introduction').getByRole('button', { name: 'Record the introduction' }).click();
    await expect.poll(() => session.requireVault().data.ties.some((t) => [t.a, t.b].sort().join() === 'ana,bo' && t.kind === 'introduced')).toBe(true);
    await expect.poll(() => page.locator('[data-testid="suggestion"][data-kind="introduction"]').count()).toBe(0);

    // the opportunity: shared with Ana and logged
    await card(page, 'opportunity').getByRole('button', { name: 'Share it' }).click();
    await expect.poll(() => session.requireVault().data.opportunities[0]!.sharedWith.map((s) => s.peerId)).toEqual(['ana']);

    // the group: five members, Eve (the most generous) leading first
    await card(page, 'group-formation').getByRole('button', { name: 'Form the group' }).click();
    // saved, then its rotation set: wait for both
    await expect.poll(() => session.requireVault().data.groups[0]?.facilitatorOrder[0]).toBe('eve');
    const g = session.requireVault().data.groups[0]!;
    expect([...g.memberIds].sort()).toEqual(['ana', 'bo', 'cy', 'dee', 'eve']);
    expect(g.facilitatorOrder[0]).toBe('eve');

    // dismiss one, find it among the dismissed, restore it
    const first = page.getByTestId('suggestion').first();
    const id = (await first.getAttribute('data-id'))!;
    await first.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => Object.keys(session.requireVault().data.advisor.dismissed)).toEqual([id]);
    await page.getByRole('switch', { name: /Dismissed and snoozed \(1\)/ }).click({ force: true });
    const hidden = page.locator(`[data-testid="suggestion"][data-id="${id}"]`);
    await hidden.getByRole('button', { name: 'Restore' }).waitFor();
    await shot('dismissed-light');
    await hidden.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => Object.keys(session.requireVault().data.advisor.dismissed)).toEqual([]);
    expectNoProblems(app);
  });

  test('Today shows the best few, one per peer; a new vault gets a screen that teaches', async () => {
    const app = await advisedApp('advisor-today');
    const { page, shot } = app;
    await page.getByTestId('nav-advisor').click();
    await page.getByTestId('nav-today').click();
    const today = page.getByTestId('today-advisor');
    await today.waitFor();
    await page.waitForTimeout(1000);
    await shot('today-first');
    await today.getByTestId('suggestion').first().waitFor();
    const peers = await today.getByTestId('suggestion').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(peers.length).toBeGreaterThan(0);
    expect(peers.length).toBeLessThanOrEqual(3);
    for (const mode of ['light', 'dark'] as const) {
      await dark(page, mode === 'dark');
      await today.scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      await shot(`today-${mode}`);
    }
    await dark(page, false);
    // a peer's page shows the suggestions about them
    await page.getByTestId('nav-peers').click();
    await page.getByTestId('peer-row').filter({ hasText: 'Ana Silva' }).click();
    await page.getByTestId('peer-advice').getByTestId('suggestion').first().waitFor();
    await shot('peer-light');
    expectNoProblems(app);
  });

  test('an empty vault: the Advisor says what would give it facts', async () => {
    const app = (suite.app = await openApp({ shotPrefix: 'advisor-empty' }));
    await createVault(app);
    await confirmCode(app.page);
    await app.page.getByTestId('nav-advisor').click();
    await app.page.getByTestId('advisor-empty').getByText('No suggestions yet').waitFor();
    await app.shot('light');
  });
});
