/// <reference lib="dom" />
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { openApp } from '../browser/harness';
import { WAIT_MS } from '../helpers/patience.mts';

/**
 * The floor for the app's first paint: a minimal page (one passphrase field and a button,
 * no script, no stylesheet) from a local HTTP server, in a fresh context of the same browser
 * the app's figure runs in, timed the same way (navigation to the frame after the field
 * appears). Median of three cold loads.
 */
const MINIMAL_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Compeer</title></head>
<body><form><label>Passphrase <input type="password" data-testid="passphrase"></label><button data-testid="unlock">Unlock</button></form></body></html>`;

/** Sets window.__shown at the first frame after the passphrase field is in the page (as renderer.ts's first paint). */
export const PAINT_WATCH = `(() => {
  const seen = () => {
    if (!document.querySelector('[data-testid="passphrase"]')) return false;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { window.__shown = performance.now(); };
      ch.port2.postMessage(0);
    });
    return true;
  };
  if (seen()) return;
  const mo = new MutationObserver(() => { if (seen()) mo.disconnect(); });
  mo.observe(document, { subtree: true, childList: true });
})();`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function shownAt(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __shown?: number }).__shown !== undefined, undefined, { timeout: WAIT_MS });
  return page.evaluate(() => (window as unknown as { __shown: number }).__shown);
}

/** The minimal page's first paint, in ms (the browser must be started: startBrowser()). */
export async function benchMinimalPaint(): Promise<number> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(MINIMAL_PAGE);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  // the harness's browser, reached through a page of its own
  const app = await openApp({ shotPrefix: 'bench-minimal' });
  try {
    const browser = app.page.context().browser();
    if (!browser) throw new Error('bench minimal paint: no browser');
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1 });
      try {
        const page = await context.newPage();
        await page.addInitScript(PAINT_WATCH);
        await page.goto(url);
        times.push(await shownAt(page));
      } finally {
        await context.close();
      }
    }
    return median(times);
  } finally {
    await app.close();
    await new Promise<void>((r) => server.close(() => r()));
  }
}
