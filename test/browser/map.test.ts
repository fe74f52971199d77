import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { Vault } from '../../electron/core/vault';
import { boundsOf, fitView, panBy, toScreen, wheelZoom, type View } from '../../renderer/src/network/camera';
import { PEER_TYPE_COLOR } from '../../renderer/src/peers/labels';
import { PEER_TYPES } from '../../shared/schema/vocabulary';
import { TEST_KDF } from '../helpers/kdf';
import { openApp } from './harness';
import { browserSuite, STRONG, unlock } from './helpers';

const suite = browserSuite();

/**
 * 24 peers with a saved layout on a grid (far enough apart to tell apart), each coloured by
 * its first peer type, and a few ties: the map must draw every one of them where the vault
 * says, and the camera must move them as camera.ts computes.
 */
const PEERS = Array.from({ length: 24 }, (_, i) => ({
  id: `peer-${i}`,
  name: `Grid Peer ${i}`,
  type: PEER_TYPES[i % PEER_TYPES.length]!,
  closeness: 1 + (i % 5),
  at: [-250 + (i % 6) * 100, 60 + Math.floor(i / 6) * 70] as [number, number],
}));

async function gridVault(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'compeer-ui-map-'));
  const { vault } = await Vault.create(join(dir, 'vault.compeer'), STRONG, { kdf: TEST_KDF });
  await vault.apply([
    ...PEERS.map((p) => ({
      op: 'put',
      collection: 'peers',
      record: { id: p.id, name: p.name, peerTypes: [p.type], closeness: p.closeness },
    })),
    ...PEERS.slice(1).map((p, i) => ({
      op: 'put',
      collection: 'ties',
      record: { id: `tie-${i}`, a: PEERS[i]!.id, b: p.id, strength: 1 + (i % 3) },
    })),
    { op: 'set', key: 'map', value: { positions: Object.fromEntries(PEERS.map((p) => [p.id, p.at])) } },
  ]);
  await vault.close();
  return dir;
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** The colour drawn at each screen point of the canvas. */
function pixels(page: Page, points: [number, number][]): Promise<number[][]> {
  return page.evaluate((pts) => {
    const c = document.querySelector('[data-testid="network-canvas"]') as HTMLCanvasElement;
    const ctx = c.getContext('2d')!;
    return pts.map(([x, y]) => [...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data].slice(0, 3));
  }, points);
}

/** Do something, then wait until the map has rested and been drawn afresh (as after a camera move). */
async function drawnAfter(page: Page, action: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => performance.clearMeasures('map-draw'));
  await action();
  await page.waitForFunction(() => performance.getEntriesByName('map-draw').length > 0);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

describe('the network map draws what the vault holds', () => {
  test('every peer of a saved layout at its saved place, in its colour, named on hover; pan, wheel and keys move them as the camera maths says', async () => {
    const dir = await gridVault();
    const app = (suite.app = await openApp({ dir, shotPrefix: 'map-render' }));
    const { page } = app;
    await unlock(page, STRONG);
    await page.getByTestId('nav-network').click();
    await page.getByTestId('network-canvas').waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('map-draw').length > 0);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.getByText('24 of 24 peers, 23 ties').waitFor();
    // a saved layout is used as it is: no layout ran, nothing was saved again
    expect(await page.getByTestId('layout-ms').count()).toBe(0);
    expect(app.session.requireVault().data.map.positions).toEqual(Object.fromEntries(PEERS.map((p) => [p.id, p.at])));
    await app.shot('grid');

    const box = (await page.getByTestId('network-canvas').boundingBox())!;
    const fit = fitView(
      boundsOf(
        PEERS.map((p) => p.at[0]),
        PEERS.map((p) => p.at[1]),
      ),
      box.width,
      box.height,
    );
    // each peer in view: its colour at the centre of where the camera puts it
    const expectDrawn = async (view: View) => {
      const at = PEERS.map((p) => toScreen(view, ...p.at));
      const inView = PEERS.flatMap((p, i) =>
        at[i]![0] > 12 && at[i]![0] < box.width - 12 && at[i]![1] > 12 && at[i]![1] < box.height - 12 ? [i] : [],
      );
      expect(inView.length).toBeGreaterThanOrEqual(12);
      const seen = await pixels(
        page,
        inView.map((i) => at[i]!),
      );
      expect(seen).toEqual(inView.map((i) => rgb(PEER_TYPE_COLOR[PEERS[i]!.type])));
      return at;
    };
    const at = await expectDrawn(fit);
    expect(at.every(([x, y]) => x > 0 && x < box.width && y > 0 && y < box.height)).toBe(true);
    // between two peers: the background, no node
    expect((await pixels(page, [toScreen(fit, -200, 95)]))[0]).not.toEqual(rgb(PEER_TYPE_COLOR[PEERS[0]!.type]));

    // the same ids: the peer under the pointer is the one the vault places there
    for (const i of [0, 5, 13, 23]) {
      await page.mouse.move(box.x + at[i]![0], box.y + at[i]![1]);
      await expect.poll(() => page.getByTestId('map-hover').innerText()).toContain(PEERS[i]!.name);
    }
    await app.shot('hover');

    // drag: everything moves by the drag, then is drawn afresh at rest
    await page.mouse.move(box.x + 20, box.y + 20);
    await drawnAfter(page, async () => {
      await page.mouse.down();
      await page.mouse.move(box.x + 50, box.y + 10, { steps: 5 });
      await page.mouse.move(box.x + 80, box.y + 0, { steps: 5 });
      await page.mouse.up();
    });
    const panned = panBy(fit, 60, -20);
    await expectDrawn(panned);

    // wheel: zoom about the pointer by exp(-deltaY * rate)
    const pointer: [number, number] = [box.width / 3, box.height / 2];
    await page.mouse.move(box.x + pointer[0], box.y + pointer[1]);
    await drawnAfter(page, () => page.mouse.wheel(0, -200));
    await expectDrawn(wheelZoom(panned, -200, ...pointer));
    await app.shot('zoomed');

    // keys: 0 fits, an arrow pans by 60 pixels
    await page.getByTestId('network-canvas').focus();
    await drawnAfter(page, () => page.keyboard.press('0'));
    await expectDrawn(fit);
    await drawnAfter(page, () => page.keyboard.press('ArrowLeft'));
    await expectDrawn(panBy(fit, 60, 0));

    // a click opens the peer
    await drawnAfter(page, () => page.keyboard.press('0'));
    await page.mouse.click(box.x + at[7]![0], box.y + at[7]![1]);
    await page.getByTestId('peer-drawer').getByText(PEERS[7]!.name).waitFor();
  });

  test('the sample network, light and dark, in a large and a small window', async () => {
    const app = (suite.app = await openApp({ shotPrefix: 'map-look' }));
    const { page } = app;
    await page.getByTestId('try-sample').click();
    await page.getByTestId('sample-badge').waitFor();
    await page.getByTestId('nav-network').click();
    await page.waitForFunction(() => performance.getEntriesByName('map-draw').length > 0);
    await page.getByTestId('map-report').waitFor();
    for (const size of [
      { width: 1200, height: 800 },
      { width: 880, height: 600 },
    ]) {
      await page.setViewportSize(size);
      // fitting a view already fitted draws nothing new: wait for the frame, not for a draw
      await page.getByTestId('map-fit').click();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await app.shot(`${size.width}x${size.height}-light`);
      await drawnAfter(page, () => page.getByTestId('toggle-theme').click());
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'))).toBe('dark');
      await app.shot(`${size.width}x${size.height}-dark`);
      await drawnAfter(page, () => page.getByTestId('toggle-theme').click());
    }
  });
});
