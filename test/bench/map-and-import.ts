/// <reference lib="dom" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planContactImport } from '../../electron/core/import/plan';
import { readImportFile } from '../../electron/core/import/read-file';
import { Vault } from '../../electron/core/vault';
import { TEST_KDF } from '../helpers/kdf';
import { patience } from '../helpers/patience.mts';
import type { Page } from 'playwright-core';
import { openApp, startBrowser, stopBrowser } from '../browser/harness';
import { clusteredMapOps } from './synthetic';

const PASS = 'bench passphrase words';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;

/**
 * Click a navigation item and time, inside the page, until `ready()` holds (checked every
 * animation frame): what the user waits for, without the test driver's polling in it.
 */
async function timeClick(page: Page, testId: string, ready: 'rows' | 'map-drawn'): Promise<number> {
  return page.evaluate(
    async ([id, what]) => {
      const isReady = () =>
        what === 'rows'
          ? document.querySelectorAll('[data-testid="peer-row"]').length > 0
          : performance.getEntriesByName('map-draw').length > 0;
      const el = document.querySelector(`[data-testid="${id}"]`) as HTMLElement;
      const t0 = performance.now();
      el.click();
      while (!isReady()) await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t0;
    },
    [testId, ready] as const,
  );
}

/** Network map in Chromium (the browser tests' own, test/helpers/chromium.ts): 1,000 peers and 5,000 ties, layout and panning. */
export async function benchMap(): Promise<{
  bridgeListsMs: number;
  bridgeMapMs: number;
  mapLayoutMs: number;
  mapOpenMs: number;
  mapReopenMs: number;
  peersOpenMs: number;
  peersReopenMs: number;
  panFrameMedianMs: number;
  panFrameP95Ms: number;
  drawMedianMs: number;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'compeer-bench-map-'));
  try {
    const path = join(dir, 'vault.compeer');
    const { vault } = await Vault.create(path, PASS, { kdf: TEST_KDF });
    await vault.apply(clusteredMapOps(1000, 5000));
    await vault.close();

    await startBrowser();
    const app = await openApp({ dir, shotPrefix: 'bench-map' });
    const { page } = app;
    await page.getByTestId('passphrase').fill(PASS);
    await page.getByTestId('unlock').click();
    await page.getByTestId('nav-network').waitFor();
    const peersOpenMs = await timeClick(page, 'nav-peers', 'rows');
    await page.getByTestId('nav-today').click();
    const mapOpenMs = await timeClick(page, 'nav-network', 'map-drawn');
    await page.getByTestId('layout-ms').waitFor({ state: 'attached', timeout: patience(40_000) });
    const mapLayoutMs = Number(await page.getByTestId('layout-ms').getAttribute('data-ms'));
    await app.shot('1000-peers');

    // pan: drag across the canvas, recording the interval between animation frames
    const box = (await page.getByTestId('network-canvas').boundingBox())!;
    await page.evaluate(() => {
      performance.clearMeasures('map-draw');
      const w = window as unknown as { __frames: number[]; __stop: boolean };
      w.__frames = [];
      w.__stop = false;
      let last = performance.now();
      const tick = (now: number) => {
        w.__frames.push(now - last);
        last = now;
        if (!w.__stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
    await page.mouse.down();
    for (let i = 0; i < 120; i++) {
      await page.mouse.move(box.x + box.width * (0.3 + 0.4 * Math.sin(i / 20)), box.y + box.height * (0.5 + 0.3 * Math.cos(i / 15)));
    }
    await page.mouse.up();
    const { frames, draws } = await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __stop: boolean };
      w.__stop = true;
      return { frames: w.__frames.slice(2), draws: performance.getEntriesByName('map-draw').map((e) => e.duration) };
    });

    // a second visit: positions are kept, no layout
    await page.getByTestId('nav-today').click();
    await page.evaluate(() => performance.clearMeasures('map-draw'));
    const mapReopenMs = await timeClick(page, 'nav-network', 'map-drawn');
    let bridge = { listsMs: 0, mapMs: 0 };
    const ipc = await page.evaluate(async () => {
      const api = (
        window as unknown as {
          compeer: {
            peers: { list: () => Promise<unknown> };
            ties: { list: () => Promise<unknown> };
            map: { data: () => Promise<unknown> };
          };
        }
      ).compeer;
      const t0 = performance.now();
      await api.peers.list();
      const t1 = performance.now();
      await api.map.data();
      return { lists: t1 - t0, map: performance.now() - t1 };
    });
    bridge = { listsMs: ipc.lists, mapMs: ipc.map };
    const peersReopenMs = await timeClick(page, 'nav-peers', 'rows');
    await app.close();
    return {
      bridgeListsMs: bridge.listsMs,
      bridgeMapMs: bridge.mapMs,
      mapLayoutMs,
      mapOpenMs,
      mapReopenMs,
      peersOpenMs,
      peersReopenMs,
      panFrameMedianMs: median(frames),
      panFrameP95Ms: pct(frames, 0.95),
      drawMedianMs: median(draws),
    };
  } finally {
    await stopBrowser();
    await rm(dir, { recursive: true, force: true });
  }
}

/** A 5,000-row LinkedIn export, read, matched and saved into a real vault. */
export async function benchImport(): Promise<{ importRows: number; importMs: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'compeer-bench-import-'));
  try {
    const lines = [
      'Notes:',
      '"When exporting your connection data, you may notice that some of the email addresses are missing."',
      '',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    ];
    for (let i = 0; i < 5000; i++)
      lines.push(
        `Name${i},Surname${i},https://www.linkedin.com/in/person-${i},${i % 3 === 0 ? `p${i}@example.org` : ''},"Company ${i % 300}, Inc.",Engineer ${i % 7},0${1 + (i % 9)} Feb 20${10 + (i % 15)}`,
      );
    const text = `\uFEFF${lines.join('\r\n')}\r\n`;
    const { vault } = await Vault.create(join(dir, 'v.compeer'), PASS, { kdf: TEST_KDF });
    const t0 = performance.now();
    const file = readImportFile(new TextEncoder().encode(text), 'Connections.csv');
    if (file.format === 'compeer-json') throw new Error('unexpected');
    const contacts = file.contacts;
    let n = 0;
    const plan = planContactImport(vault.data.peers, contacts, { now: new Date().toISOString(), newId: () => `imp${++n}` });
    await vault.apply(plan.ops(new Set()));
    const importMs = performance.now() - t0;
    await vault.close();
    return { importRows: contacts.length, importMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
