import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { dayOf, plusDays } from '../../shared/domain/days';
import { openApp, type AppUnderTest } from './harness';
import { axeProblems } from './axe';
import { browserSuite, confirmCode, createVault, openSample, settled, shotsEverySize } from './helpers';

const suite = browserSuite();

const sampleVault = (prefix: string) => openSample(suite, prefix);

async function freshVault(prefix: string): Promise<AppUnderTest> {
  const app = (suite.app = await openApp({ shotPrefix: prefix }));
  await createVault(app);
  await confirmCode(app.page);
  return app;
}

async function openPeer(page: Page, name: string) {
  await page.getByTestId('nav-peers').click();
  await page.getByTestId('peer-row').filter({ hasText: name }).first().click();
  await page.getByTestId('prepare-conversation').waitFor();
}

const top = async (l: Locator) => (await l.boundingBox())?.y ?? Number.POSITIVE_INFINITY;

/** The labels on a chart's axis, as drawn. */
const ticks = (chart: Locator, axis: 'x' | 'y') =>
  chart.locator(`.recharts-${axis}Axis-tick-labels .recharts-cartesian-axis-tick-value`).allTextContents();

describe('the peer page is about the person', () => {
  test('their story comes first: tabs near the top, the timeline before the numbers, suggestions in one strip', async () => {
    const app = await sampleVault('person-peer');
    const { page } = app;
    await openPeer(page, 'Ben Okafor');
    const drawer = page.locator('[data-testid=peer-drawer] [role=dialog]');
    const story = drawer.getByTestId('peer-story');
    await story.getByTestId('timeline').waitFor();
    await settled(page);
    // the tabs start in the top half of an 800 px window, whatever the advisor and the patterns have to say
    expect(await top(drawer.getByRole('tablist'))).toBeLessThan(400);
    // suggestions and patterns: one strip, folded to a line
    const strip = drawer.getByTestId('peer-strip');
    await strip.waitFor();
    expect((await strip.boundingBox())!.height).toBeLessThan(80);
    // the story: what is open and the timeline come before the window picker and the charts
    expect(await top(story.getByTestId('timeline'))).toBeLessThan(await top(story.getByTestId('window-picker')));
    expect(await axeProblems(page)).toEqual([]);
    await shotsEverySize(app, 'story');
    await strip.getByRole('button', { name: /Show/ }).click();
    await strip.getByTestId('pattern').first().waitFor();
    await shotsEverySize(app, 'strip-open');
    // the charts, with whole numbers on their axes
    const cumulative = story.getByTestId('chart-cumulative');
    await cumulative.scrollIntoViewIfNeeded();
    await cumulative.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').first().waitFor();
    for (const t of await ticks(cumulative, 'y')) expect(t).toMatch(/^[−-]?\d+$/);
    await shotsEverySize(app, 'charts', async (p) => {
      await p.getByTestId('chart-cumulative').scrollIntoViewIfNeeded();
    });
    // the profile is one tab away, and who they are is said under their name
    await drawer.getByText('at', { exact: false }).first().waitFor();
    await drawer.getByRole('tab', { name: 'Profile' }).click();
    await drawer.getByText('Career stage').first().waitFor();
  });

  test('with one interaction, no chart: the page says how much it takes', async () => {
    const app = await freshVault('person-one');
    const { page } = app;
    const today = dayOf(new Date());
    await app.session.requireVault().apply([
      { op: 'put', collection: 'peers', record: { id: 'ana', name: 'Ana Silva', role: 'Staff Engineer', company: 'Acme' } },
      {
        op: 'put',
        collection: 'interactions',
        record: {
          id: 'i1',
          date: plusDays(today, -3),
          peerIds: ['ana'],
          channel: 'coffee',
          summary: 'Talked about her move to platform work',
          exchanges: [{ direction: 'given', kind: 'feedback', weight: 1 }],
          followUps: [{ id: 'f1', text: 'Send the talk outline', done: false }],
        },
      },
    ]);
    await openPeer(page, 'Ana Silva');
    const story = page.getByTestId('peer-story');
    await story.getByTestId('timeline').waitFor();
    await story.getByTestId('peer-open').getByText('Send the talk outline').waitFor();
    await story
      .getByTestId('charts-later')
      .getByText(/3 interactions/)
      .waitFor();
    expect(await story.getByTestId('chart-cumulative').count()).toBe(0);
    expect(await axeProblems(page)).toEqual([]);
    await shotsEverySize(app, 'one');
  });
});

describe('reciprocity says what it shows', () => {
  test('the monthly chart labels every month of the window, the mix has a unit, the explainer follows the window', async () => {
    const app = await sampleVault('person-reciprocity');
    const { page } = app;
    await page.getByTestId('nav-reciprocity').click();
    const monthly = page.getByTestId('chart-monthly');
    await monthly.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value').first().waitFor();
    await settled(page);
    // a 12-month window touches 13 calendar months (the first and last in part): each one is named
    expect((await ticks(monthly, 'x')).filter((t) => t.trim())).toHaveLength(13);
    expect(await monthly.getByTestId('chart-summary').innerText()).toMatch(/^Over 12 months/);
    await page
      .getByTestId('chart-mix')
      .getByText(/\d+ by weight/)
      .waitFor();
    await shotsEverySize(app, 'reciprocity', async (p) => {
      await p.getByTestId('chart-monthly').scrollIntoViewIfNeeded();
    });
    await page.getByTestId('window-picker').getByText('3 months').click();
    await page
      .getByTestId('reciprocity-headline')
      .getByText(/Over the last 3 months/)
      .waitFor();
    const rule = await page.getByTestId('balance-rule').innerText();
    expect(rule).toContain('You are looking at 3 months');
    expect(rule).not.toContain('unless you choose otherwise');
    expect(await monthly.getByTestId('chart-summary').innerText()).toMatch(/^Over 3 months/);
    expect((await ticks(monthly, 'x')).filter((t) => t.trim())).toHaveLength(4);
    expect(await axeProblems(page)).toEqual([]);
  });

  test('an even balance with many exchanges still shows what passed', async () => {
    const app = await freshVault('person-even');
    const { page } = app;
    const today = dayOf(new Date());
    const x = (direction: 'given' | 'received') => ({ direction, kind: 'feedback', weight: 2 });
    await app.session.requireVault().apply([
      { op: 'put', collection: 'peers', record: { id: 'ana', name: 'Ana Silva' } },
      { op: 'put', collection: 'peers', record: { id: 'ben', name: 'Ben Okafor' } },
      ...[1, 2, 3, 4, 5, 6].map((n) => ({
        op: 'put' as const,
        collection: 'interactions' as const,
        record: { id: `a${n}`, date: plusDays(today, -n * 9), peerIds: ['ana'], exchanges: [x(n % 2 ? 'given' : 'received')] },
      })),
      { op: 'put', collection: 'interactions', record: { id: 'b1', date: plusDays(today, -4), peerIds: ['ben'], exchanges: [x('given')] } },
    ]);
    await page.getByTestId('nav-reciprocity').click();
    const chart = page.getByTestId('chart-balance');
    await chart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').first().waitFor();
    await settled(page);
    // each peer with anything exchanged has a bar drawn, Ana's (6 given, 6 received) too
    const drawnFor = await chart.evaluate((el) => {
      const names = new Set<string>();
      const ys = [...el.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')].map((t) => ({
        name: t.textContent ?? '',
        y: t.getBoundingClientRect().y + t.getBoundingClientRect().height / 2,
      }));
      for (const r of el.querySelectorAll('.recharts-bar-rectangle path')) {
        const b = r.getBoundingClientRect();
        if (b.width < 1) continue;
        const mid = b.y + b.height / 2;
        const near = ys.reduce((best, t) => (Math.abs(t.y - mid) < Math.abs(best.y - mid) ? t : best));
        names.add(near.name);
      }
      return [...names].sort();
    });
    expect(drawnFor).toEqual(['Ana Silva', 'Ben Okafor']);
    expect(await axeProblems(page)).toEqual([]);
    await shotsEverySize(app, 'even');
  });
});

describe('the journal', () => {
  test('the debrief shows the prep written before it; the mood line has axes; why entries start confidential', async () => {
    const app = await sampleVault('person-journal');
    const { page } = app;
    await openPeer(page, 'Ana Silva');
    await page.getByTestId('prepare-conversation').click();
    await page.getByTestId('prep-context').waitFor();
    await expect.poll(() => page.getByTestId('md-editor').innerText()).toContain('## The challenge I want to share');
    await page.keyboard.type('Saying yes to everything.');
    await page.getByTestId('save-status').getByText('Saved').waitFor();
    // why it is confidential, where the switch is
    await page.getByTestId('confidential-why').waitFor();
    await page.getByTestId('close-sheet').click();
    await page.getByTestId('debrief-conversation').click();
    await expect.poll(() => page.getByTestId('md-editor').innerText()).toContain('## What I learned');
    // the prep is confidential, like every entry: one click shows it here
    const prep = page.getByTestId('debrief-prep');
    await prep.getByRole('button', { name: 'Reveal' }).click();
    await prep.getByText('Saying yes to everything.', { exact: false }).waitFor();
    await shotsEverySize(app, 'debrief');
    await page.keyboard.press('Escape');
    await page.getByTestId('journal-sheet').getByTestId('debrief-prep').waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-journal').click();
    const mood = page.getByTestId('mood-line');
    await mood.waitFor();
    await mood.scrollIntoViewIfNeeded();
    // the scale's ends and the first and last weeks are written on it
    expect(await mood.locator('text').count()).toBeGreaterThanOrEqual(4);
    expect(await axeProblems(page)).toEqual([]);
    await shotsEverySize(app, 'mood', async (p) => {
      await p.getByTestId('mood-line').scrollIntoViewIfNeeded();
    });
  });
});
