import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { Vault } from '../../electron/core/vault';
import { boundsOf, fitView, toScreen } from '../../renderer/src/network/camera';
import { PEER_TYPE_COLOR } from '../../renderer/src/peers/labels';
import { TEST_KDF } from '../helpers/kdf';
import { openApp } from './harness';
import { browserSuite, STRONG, unlock } from './helpers';

const suite = browserSuite();

type Box = { id: string; x: number; y: number; w: number; h: number };

/** The names the map's picture carries (its scene model), once the picture of the current view is shown. */
async function placedLabels(page: Page): Promise<Box[]> {
  const handle = await page.waitForFunction(() => {
    const c: (Element & { mapLabels?: () => Box[] | null }) | null = document.querySelector('[data-testid="network-canvas"]');
    return c?.mapLabels?.() ?? null;
  });
  return (await handle.jsonValue()) ?? [];
}

const overlapping = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

async function drawnAfter(page: Page, action: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => performance.clearMeasures('map-draw'));
  await action();
  await page.waitForFunction(() => performance.getEntriesByName('map-draw').length > 0);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * 240 peers crowded round "me" (a few map units apart, long names) and tied to one hub: drawn
 * all, their names would pile up. Plus three peers of several types, far apart.
 */
const CROWD = Array.from({ length: 240 }, (_, i) => ({
  id: `c${i}`,
  name: `Crowded Person Number ${String(i).padStart(3, '0')}`,
  at: [Math.cos(i * 2.4) * (40 + (i % 30) * 3), Math.sin(i * 2.4) * (40 + (i % 30) * 3)] as [number, number],
}));
const MULTI = [
  { id: 'm1', name: 'Two Types', types: ['industry', 'cohort'] as const, at: [-300, -260] as [number, number] },
  { id: 'm2', name: 'Three Types', types: ['functional', 'interest', 'geographic'] as const, at: [300, -260] as [number, number] },
];

async function crowdVault(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'compeer-ui-map-detail-'));
  const { vault } = await Vault.create(join(dir, 'vault.compeer'), STRONG, { kdf: TEST_KDF });
  await vault.apply([
    { op: 'put', collection: 'peers', record: { id: 'hub', name: 'The Hub', peerTypes: ['industry'], closeness: 5 } },
    ...CROWD.map((p) => ({ op: 'put', collection: 'peers', record: { id: p.id, name: p.name, peerTypes: ['cohort'], closeness: 2 } })),
    ...MULTI.map((p) => ({ op: 'put', collection: 'peers', record: { id: p.id, name: p.name, peerTypes: [...p.types], closeness: 5 } })),
    ...CROWD.map((p, i) => ({ op: 'put', collection: 'ties', record: { id: `t${i}`, a: 'hub', b: p.id, strength: 1 + (i % 3) } })),
    {
      op: 'set',
      key: 'map',
      value: { positions: { hub: [0, 60], ...Object.fromEntries([...CROWD, ...MULTI].map((p) => [p.id, p.at])) } },
    },
  ]);
  await vault.close();
  return dir;
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

function pixels(page: Page, points: [number, number][]): Promise<number[][]> {
  return page.evaluate((pts) => {
    const c = document.querySelector('[data-testid="network-canvas"]') as HTMLCanvasElement;
    const ctx = c.getContext('2d')!;
    return pts.map(([x, y]) => [...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data].slice(0, 3));
  }, points);
}

describe('the map names peers without overlap, shows every type, and marks the found peer in the list', () => {
  test('names never overlap, the best-connected is named first, and zooming in names more of the crowd', async () => {
    const app = (suite.app = await openApp({ dir: await crowdVault(), shotPrefix: 'map-detail' }));
    const { page } = app;
    await unlock(page, STRONG);
    await page.getByTestId('nav-network').click();
    await page.getByTestId('network-canvas').waitFor();
    const fitted = await placedLabels(page);
    await app.shot('labels-fitted');
    expect(fitted.length).toBeGreaterThan(3);
    // far fewer names than peers: the rest are hidden, not piled up
    expect(fitted.length).toBeLessThan(CROWD.length / 2);
    for (const [i, a] of fitted.entries())
      for (const b of fitted.slice(i + 1)) expect(overlapping(a, b), `${a.id} and ${b.id}`).toBe(false);
    expect(fitted.map((b) => b.id)).toContain('hub');

    const canvas = page.getByTestId('network-canvas');
    await canvas.focus();
    for (let i = 0; i < 3; i++) await drawnAfter(page, () => page.keyboard.press('+'));
    const zoomed = await placedLabels(page);
    await app.shot('labels-zoomed');
    for (const [i, a] of zoomed.entries())
      for (const b of zoomed.slice(i + 1)) expect(overlapping(a, b), `${a.id} and ${b.id}`).toBe(false);
    // closer in, the crowd spreads: names the fitted view had to leave out appear
    const crowdNamed = (boxes: Box[]) => boxes.filter((b) => b.id.startsWith('c')).length;
    expect(crowdNamed(zoomed)).toBeGreaterThan(crowdNamed(fitted));
  });

  test('a peer of several types is split into one slice per type, and the legend says so', async () => {
    const app = (suite.app = await openApp({ dir: await crowdVault(), shotPrefix: 'map-types' }));
    const { page } = app;
    await unlock(page, STRONG);
    await page.getByTestId('nav-network').click();
    await page.getByTestId('network-canvas').waitFor();
    await placedLabels(page);
    const box = (await page.getByTestId('network-canvas').boundingBox())!;
    const all = [[0, 60] as [number, number], ...[...CROWD, ...MULTI].map((p) => p.at)];
    const view = fitView(
      boundsOf(
        all.map((p) => p[0]),
        all.map((p) => p[1]),
      ),
      box.width,
      box.height,
    );
    // closeness 5: radius 3 + 5 * 1.6 = 11 map units; sample halfway out along each slice's middle
    const r = 11 * view.k * 0.55;
    const along = (at: [number, number], degrees: number): [number, number] => {
      const [x, y] = toScreen(view, ...at);
      const a = (degrees * Math.PI) / 180;
      return [x + Math.cos(a) * r, y + Math.sin(a) * r];
    };
    // slices run clockwise from the top: two types, the right half then the left
    const [two, three] = MULTI;
    expect(await pixels(page, [along(two!.at, 0), along(two!.at, 180)])).toEqual([
      rgb(PEER_TYPE_COLOR[two!.types[0]]),
      rgb(PEER_TYPE_COLOR[two!.types[1]]),
    ]);
    // three: upper right, bottom, upper left
    expect(await pixels(page, [along(three!.at, -30), along(three!.at, 90), along(three!.at, 210)])).toEqual(
      three!.types.map((t) => rgb(PEER_TYPE_COLOR[t])),
    );
    await page.getByTestId('map-legend').getByText('split into slices, one per type', { exact: false }).waitFor();
  });

  test('the peer found on the map is marked in the list view and scrolled to', async () => {
    const app = (suite.app = await openApp({ dir: await crowdVault(), shotPrefix: 'map-list-found' }));
    const { page } = app;
    await unlock(page, STRONG);
    await page.getByTestId('nav-network').click();
    await page.getByTestId('network-canvas').waitFor();
    const name = CROWD[CROWD.length - 1]!.name;
    await page.getByTestId('map-search').fill(name);
    await page.getByRole('option', { name }).click();
    await page.getByTestId('map-view-switch').getByText('List').click();
    const row = page.locator('[data-testid="map-list"] tr[aria-current="true"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId('map-list-peer').innerText()).toBe(name);
    await row.getByTestId('map-list-found').waitFor();
    // scrolled into the list's view
    await expect
      .poll(() =>
        row.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await app.shot('list-found');
    // only that row
    expect(await page.locator('[data-testid="map-list"] tr[data-found]').count()).toBe(1);
  });
});
