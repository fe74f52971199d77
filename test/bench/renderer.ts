/// <reference lib="dom" />
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { Vault } from '../../electron/core/vault';
import { emptyFilter, filterPeers } from '../../shared/domain/peer-filter';
import { openApp, startBrowser, stopBrowser, type AppUnderTest } from '../browser/harness';
import { TEST_KDF } from '../helpers/kdf';
import { patience, WAIT_MS } from '../helpers/patience.mts';
import { benchMinimalPaint } from './minimal-paint';
import { clusteredMapOps, heavyOps } from './synthetic';

/**
 * The renderer's figures: the map panned by one camera step per animation frame
 * at 1,000/5,000 and 5,000/25,000, the 5,000-peer layout, the Peers screen with 10,000 peers,
 * first paint, and the size of what the window loads before it.
 */
const PASS = 'bench passphrase words';
const RENDERER = resolve(__dirname, '../../out/renderer');

/** The Peers search's debounce (renderer/src/peers/SearchBox.tsx): "settles" is measured from when it fires. */
export const SEARCH_DEBOUNCE_MS = 120;
/** The map's wheel zoom: one pixel of wheel is exp(-RATE) (renderer/src/network/camera.ts). */
const WHEEL_RATE = 0.0015;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * p) - 1)] ?? NaN;

async function vaultApp(ops: unknown[], shotPrefix: string): Promise<{ app: AppUnderTest; done: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'compeer-bench-renderer-'));
  const { vault } = await Vault.create(join(dir, 'vault.compeer'), PASS, { kdf: TEST_KDF });
  for (let i = 0; i < ops.length; i += 5000) await vault.apply(ops.slice(i, i + 5000));
  await vault.close();
  const app = await openApp({ dir, shotPrefix });
  await app.page.getByTestId('passphrase').fill(PASS);
  await app.page.getByTestId('unlock').click();
  await app.page.getByTestId('nav-network').waitFor({ timeout: patience(20_000) });
  return {
    app,
    done: async () => {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface PanFigures {
  layoutMs: number;
  /** frames drawn in the 3 s after a 0.5 s warm-up, one camera step per animation frame */
  frames: number;
  frameMedianMs: number;
  frameP95Ms: number;
  /** main-thread busy time (CDP TaskDuration) per frame */
  mainMsPerFrame: number;
}

/**
 * The peer benchmark's camera path (bench/map-peers/pages/_harness.js): a circle of 0.25
 * half-extent around the centre, one turn per 3 s, zoom 1x..1.5x of fit, one step per
 * animation frame. Here it goes through the app's own input path: after "Fit", a real mouse
 * button is held on the canvas and every frame sends one wheel event (the zoom step, at the
 * centre) and one pointer move (the pan step). Half-extents are taken as 0.45 of the canvas,
 * about what "Fit" fills.
 */
async function drivePan(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(
    ([ms, rate]) =>
      new Promise<number[]>((done) => {
        const w = window as unknown as { __pan?: { t0: number; u: number; v: number; s: number; x: number; y: number } };
        const c = document.querySelector('[data-testid="network-canvas"]')!;
        const box = c.getBoundingClientRect();
        const cx = box.left + box.width / 2;
        const cy = box.top + box.height / 2;
        const hw = 0.45 * box.width;
        const hh = 0.45 * box.height;
        const deltas: number[] = [];
        let start: number | undefined;
        let last: number | undefined;
        const frame = (ts: number) => {
          start ??= ts;
          const st = (w.__pan ??= { t0: ts, u: 0, v: 0, s: 1, x: cx, y: cy });
          if (last !== undefined) deltas.push(ts - last);
          last = ts;
          const a = (2 * Math.PI * (ts - st.t0)) / 3000;
          const u = 0.25 * Math.cos(a);
          const v = 0.25 * Math.sin(a);
          const s = 1.25 + 0.25 * Math.sin(2 * a);
          // zoom about the centre by s / s_prev, then drag so the centre shows the new point
          c.dispatchEvent(
            new WheelEvent('wheel', { clientX: cx, clientY: cy, deltaY: -Math.log(s / st.s) / rate, bubbles: true, cancelable: true }),
          );
          st.x -= s * (u - st.u) * hw;
          st.y -= s * (v - st.v) * hh;
          c.dispatchEvent(
            new PointerEvent('pointermove', {
              clientX: st.x,
              clientY: st.y,
              pointerId: 1,
              pointerType: 'mouse',
              isPrimary: true,
              buttons: 1,
              bubbles: true,
            }),
          );
          Object.assign(st, { u, v, s });
          if (ts - start < ms) requestAnimationFrame(frame);
          else done(deltas);
        };
        requestAnimationFrame(frame);
      }),
    [ms, WHEEL_RATE] as const,
  );
}

/** The map with n peers and m ties: layout time, then the per-frame pan. */
export async function benchPan(n: number, m: number, shots = false): Promise<PanFigures> {
  const { app, done } = await vaultApp(clusteredMapOps(n, m), `bench-pan-${n}`);
  try {
    const { page } = app;
    await page.getByTestId('nav-network').click();
    await page.getByTestId('layout-ms').waitFor({ state: 'attached', timeout: patience(40_000) });
    const layoutMs = Number(await page.getByTestId('layout-ms').getAttribute('data-ms'));
    await page.getByTestId('map-fit').click();
    await page.waitForTimeout(500);
    if (shots) await app.shot(`${n}-fit`);
    const box = (await page.getByTestId('network-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((x) => x.name === 'TaskDuration')!.value;
    await drivePan(page, 500);
    const busy0 = await busy();
    const deltas = await drivePan(page, 3000);
    const mainMs = ((await busy()) - busy0) * 1000;
    if (shots) await app.shot(`${n}-panning`);
    await page.mouse.up();
    await cdp.detach();
    return {
      layoutMs,
      frames: deltas.length,
      frameMedianMs: median(deltas),
      frameP95Ms: pct(deltas, 0.95),
      mainMsPerFrame: mainMs / (deltas.length + 1),
    };
  } finally {
    await done();
  }
}

/**
 * From a click on a navigation item to the frame that shows `selector`, timed in the page;
 * `bridgeMs` is how much of it was spent waiting on the harness bridge (Playwright's binding,
 * standing in for Electron's IPC), so `totalMs - bridgeMs` is the page's own time.
 */
function timeClickToPaint(page: Page, testId: string, selector: string): Promise<{ totalMs: number; bridgeMs: number }> {
  return page.evaluate(
    async ([id, sel]) => {
      const w = window as unknown as { __compeerInvoke: (...a: unknown[]) => Promise<unknown> };
      const invoke = w.__compeerInvoke;
      let bridgeMs = 0;
      w.__compeerInvoke = async (...a: unknown[]) => {
        const t = performance.now();
        try {
          return await invoke(...a);
        } finally {
          bridgeMs += performance.now() - t;
        }
      };
      const t0 = performance.now();
      (document.querySelector(`[data-testid="${id}"]`) as HTMLElement).click();
      while (!document.querySelector(sel)) await new Promise((r) => requestAnimationFrame(r));
      // the task after the next frame: that frame, with the rows, has been painted
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise<void>((r) => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => r();
        ch.port2.postMessage(0);
      });
      const totalMs = performance.now() - t0;
      w.__compeerInvoke = invoke;
      return { totalMs, bridgeMs };
    },
    [testId, selector] as const,
  );
}

/**
 * Type a search into the Peers screen and time, in the page, from the input event to the
 * frame that shows the filtered list (the count reads `expected`); the debounce is subtracted.
 */
async function timeSearch(page: Page, query: string, expected: string): Promise<number> {
  await page.evaluate(
    ([debounce, expected]) => {
      const w = window as unknown as { __search: Promise<number> };
      const input = document.querySelector('[data-testid="peer-search"]')!;
      const count = document.querySelector('[data-testid="peer-count"]')!;
      w.__search = new Promise<number>((done) => {
        let t0 = NaN;
        input.addEventListener('input', () => (t0 = performance.now()), { once: true, capture: true });
        const mo = new MutationObserver(() => {
          if (count.textContent !== expected) return;
          mo.disconnect();
          // the task after the next frame: the frame with the new list has been painted
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => done(performance.now() - t0 - debounce);
            ch.port2.postMessage(0);
          });
        });
        mo.observe(count, { subtree: true, childList: true, characterData: true });
      });
    },
    [SEARCH_DEBOUNCE_MS, expected] as const,
  );
  await page.getByTestId('peer-search').fill(query);
  return page.evaluate(() => (window as unknown as { __search: Promise<number> }).__search);
}

export interface PeersFigures {
  peers: number;
  /** click to rows painted: the page's own work (main-thread busy time), then the wall-clock time and the part of it waiting on the bridge */
  open: { busyMs: number; wallMs: number; bridgeMs: number };
  reopen: { busyMs: number; wallMs: number; bridgeMs: number };
  searchSettleMs: number[];
}

/** The Peers screen with `n` peers (the bench generator's peers): open, reopen, search. */
export async function benchPeersScreen(n = 10_000, shots = false): Promise<PeersFigures> {
  const ops = heavyOps({ peers: n, interactions: 0, journal: 0, notes: 0, ties: 0, groups: 0, goals: 0, opportunities: 0 });
  const { app, done } = await vaultApp(ops, `bench-peers-${n}`);
  try {
    const { page } = app;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((x) => x.name === 'TaskDuration')!.value * 1000;
    const timed = async () => {
      const b0 = await busy();
      const t = await timeClickToPaint(page, 'nav-peers', '[data-testid="peer-row"]');
      return { busyMs: (await busy()) - b0, wallMs: t.totalMs, bridgeMs: t.bridgeMs };
    };
    const open = await timed();
    if (shots) await app.shot('open');
    const peers = app.session.requireVault().data.peers;
    const searchSettleMs: number[] = [];
    // a first name, a company, a word in tags and skills, a two-word query
    for (const q of ['ana', 'globex', 'salary', 'priya sil']) {
      const found = filterPeers(peers, { ...emptyFilter(), query: q }).length;
      searchSettleMs.push(await timeSearch(page, q, `${found} of ${n}`));
      if (shots) await app.shot(`search-${q}`);
      await page.waitForTimeout(300);
    }
    await page.getByTestId('peer-search').fill('');
    await page.getByTestId('nav-today').click();
    await page.waitForTimeout(300);
    const reopen = await timed();
    await cdp.detach();
    return { peers: n, open, reopen, searchSettleMs };
  } finally {
    await done();
  }
}

/**
 * First paint: from navigation to the frame that shows the unlock screen, in a fresh browser
 * context (cold: nothing cached), then again on reload (warm). Median of three each.
 */
export async function benchFirstPaint(): Promise<{ coldMs: number; warmMs: number; fcpColdMs: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'compeer-bench-paint-'));
  try {
    const { vault } = await Vault.create(join(dir, 'vault.compeer'), PASS, { kdf: TEST_KDF });
    await vault.close();
    const cold: number[] = [];
    const warm: number[] = [];
    const fcp: number[] = [];
    const watch = `(() => {
      const seen = () => {
        if (!document.querySelector('[data-testid="passphrase"]')) return false;
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => { window.__shown = performance.now(); };
          ch.port2.postMessage(0);
        });
        return true;
      };
      const mo = new MutationObserver(() => { if (seen()) mo.disconnect(); });
      mo.observe(document, { subtree: true, childList: true });
    })();`;
    const read = async (page: Page) => {
      await page.waitForFunction(() => (window as unknown as { __shown?: number }).__shown !== undefined, undefined, { timeout: WAIT_MS });
      return page.evaluate(() => ({
        shown: (window as unknown as { __shown: number }).__shown,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      }));
    };
    for (let i = 0; i < 3; i++) {
      const app = await openApp({ dir, shotPrefix: 'bench-paint', initScript: watch });
      try {
        const c = await read(app.page);
        cold.push(c.shown);
        fcp.push(c.fcp);
        await app.page.reload();
        warm.push((await read(app.page)).shown);
      } finally {
        await app.close();
      }
    }
    return { coldMs: median(cold), warmMs: median(warm), fcpColdMs: median(fcp) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
  /** loaded before the first paint (the entry and what it imports statically) */
  start: boolean;
}

/** The built renderer's chunks; the start set is the entry script, its static imports and the stylesheet. */
export function chunkSizes(): ChunkSize[] {
  const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const start = new Set<string>();
  const visit = (file: string) => {
    if (start.has(file)) return;
    start.add(file);
    if (!file.endsWith('.js')) return;
    const text = readFileSync(join(RENDERER, file), 'utf8');
    // static imports only (import(...) is a lazy chunk)
    for (const m of text.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']\.\/([^"']+\.js)["']/g))
      visit(`assets/${m[1]}`);
  };
  refs.forEach(visit);
  const files = readdirAssets();
  return files
    .map((file) => {
      const body = readFileSync(join(RENDERER, file));
      return { file, raw: body.length, gzip: gzipSync(body).length, start: start.has(file) };
    })
    .sort((a, b) => Number(b.start) - Number(a.start) || b.raw - a.raw);
}

function readdirAssets(): string[] {
  return readdirSync(join(RENDERER, 'assets'))
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => `assets/${f}`);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/**
 * Everything above, as `npm run bench` prints it: keys for the JSON line and rows for the
 * table. `browser: false` (--no-browser) leaves out what needs Chromium.
 */
export async function benchRenderer({
  browser,
}: {
  browser: boolean;
}): Promise<{ figures: Record<string, number>; rows: [string, string, string][] }> {
  const chunks = chunkSizes();
  const startJs = chunks.filter((c) => c.start && c.file.endsWith('.js'));
  const startCss = chunks.filter((c) => c.start && c.file.endsWith('.css'));
  const sum = (cs: ChunkSize[], k: 'raw' | 'gzip') => cs.reduce((a, c) => a + c[k], 0);
  const figures: Record<string, number> = {
    startChunkKb: kb(sum(startJs, 'raw')),
    startChunkGzipKb: kb(sum(startJs, 'gzip')),
    startCssKb: kb(sum(startCss, 'raw')),
    startCssGzipKb: kb(sum(startCss, 'gzip')),
  };
  const rows: [string, string, string][] = [
    [
      'window: start script (raw)',
      `${figures.startChunkKb} KB`,
      `${figures.startChunkGzipKb} KB gzip; ${startJs.map((c) => c.file.replace('assets/', '')).join(', ')}`,
    ],
    ['window: start stylesheet (raw)', `${figures.startCssKb} KB`, `${figures.startCssGzipKb} KB gzip`],
  ];
  for (const c of chunks.filter((c) => !c.start && c.raw >= 10_000))
    rows.push([
      `  lazy chunk ${c.file.replace('assets/', '').replace(/-[\w-]{8}\.(js|css)$/, '.$1')}`,
      `${kb(c.raw)} KB`,
      `${kb(c.gzip)} KB gzip`,
    ]);
  if (!browser) return { figures, rows };

  await startBrowser();
  try {
    const paint = await benchFirstPaint();
    const minimalPaintMs = await benchMinimalPaint();
    const pan1k = await benchPan(1000, 5000);
    const pan5k = await benchPan(5000, 25_000);
    const peers = await benchPeersScreen(10_000);
    Object.assign(figures, {
      firstPaintMs: r1(paint.coldMs),
      firstPaintWarmMs: r1(paint.warmMs),
      minimalPaintMs: r1(minimalPaintMs),
      mapLayoutMs5k: r1(pan5k.layoutMs),
      panFramesPer3s1k: pan1k.frames,
      panFramesPer3s5k: pan5k.frames,
      panMainMsPerFrame1k: r1(pan1k.mainMsPerFrame),
      panMainMsPerFrame5k: r1(pan5k.mainMsPerFrame),
      peersOpenMs10k: r1(peers.open.busyMs),
      peersOpenWallMs10k: r1(peers.open.wallMs),
      harnessPeersListMs10k: r1(peers.open.bridgeMs),
      peersReopenMs10k: r1(peers.reopen.busyMs),
      peersReopenWallMs10k: r1(peers.reopen.wallMs),
      peersSearchMs10k: r1(median(peers.searchSettleMs)),
      peersSearchMaxMs10k: r1(Math.max(...peers.searchSettleMs)),
    });
    rows.push(
      [
        'first paint (unlock screen)',
        `${figures.firstPaintMs} ms`,
        `cold, fresh browser context; warm (reload) ${figures.firstPaintWarmMs} ms; first contentful paint ${r1(paint.fcpColdMs)} ms; target < 500 ms`,
      ],
      [
        '  a minimal page, same browser',
        `${figures.minimalPaintMs} ms`,
        `one field and a button, no script: the floor (target: the app under 2.5x this, ${r1(2.5 * minimalPaintMs)} ms)`,
      ],
      ['map: layout, 5,000 peers / 25,000 ties', `${figures.mapLayoutMs5k} ms`, 'in a web worker; target < 1 s'],
      [
        'map: frames in 3 s, 1,000 / 5,000',
        `${pan1k.frames}`,
        `one camera step per animation frame (180 = 60 fps); main thread ${figures.panMainMsPerFrame1k} ms a frame, p95 ${r1(pan1k.frameP95Ms)} ms`,
      ],
      [
        'map: frames in 3 s, 5,000 / 25,000',
        `${pan5k.frames}`,
        `target >= 150 (50 fps); main thread ${figures.panMainMsPerFrame5k} ms a frame, p95 ${r1(pan5k.frameP95Ms)} ms`,
      ],
      [
        'peers list: open, 10,000 peers',
        `${figures.peersOpenMs10k} ms`,
        `page's main-thread work from the click to the rows painted, first visit; ${figures.peersOpenWallMs10k} ms on the clock, ${figures.harnessPeersListMs10k} ms of it waiting on the harness bridge; target < 100 ms`,
      ],
      [
        'peers list: open again',
        `${figures.peersReopenMs10k} ms`,
        `the same, second visit; ${figures.peersReopenWallMs10k} ms on the clock`,
      ],
      [
        'peers search, 10,000 peers',
        `${figures.peersSearchMs10k} ms`,
        `after the ${SEARCH_DEBOUNCE_MS} ms debounce, to the list painted (median of 4 queries; slowest ${figures.peersSearchMaxMs10k} ms)`,
      ],
    );
    return { figures, rows };
  } finally {
    await stopBrowser();
  }
}
