/// <reference lib="dom" />
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { MessageChannel } from 'node:worker_threads';
import { dispatch } from '../../electron/service/dispatch';
import { createHandlers } from '../../electron/service/handlers';
import { AppSession } from '../../electron/service/session';
import { openApp, startBrowser, stopBrowser } from '../browser/harness';
import { patience } from '../helpers/patience.mts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;

/**
 * 50 queries of the kinds people type: whole words, prefixes, names, two words, and words
 * with one typo (a letter dropped, swapped or changed), over the heavy vault's vocabulary.
 */
export const QUERIES = [
  'promotion',
  'salary',
  'negotiation',
  'burnout',
  'mentoring',
  'conference',
  'relocation',
  'certification',
  'podcast',
  'referral',
  'promo',
  'negot',
  'mentor',
  'confer',
  'reloc',
  'certif',
  'analyt',
  'migra',
  'quart',
  'vest',
  'Ana',
  'Okafor',
  'Priya Gupta',
  'Lumen',
  'Northwind',
  'Hooli',
  'Nakamura',
  'Zoe',
  'Stark Analytics',
  'Globex',
  'salary band',
  'hiring freeze',
  'board meeting',
  'side project',
  'team offsite',
  'remote work',
  'budget cuts',
  'book recommendation',
  'product strategy',
  'weekly reports',
  'promotoin',
  'negotation',
  'burnuot',
  'mentorng',
  'confrence',
  'relocaton',
  'certfication',
  'podcst',
  'referal',
  'analitics',
] as const;

/**
 * Search on the heavy vault, in this process as the app's vault thread runs it: unlocked
 * behind the handler table, the index built in slices after unlock (its time, its longest
 * slice, the event loop's longest block meanwhile, and the longest a call waits for its
 * turn: peers:list asked again each time it is answered, as the thread's port delivers it),
 * then the 50 queries (median and 95th percentile).
 */
export async function benchSearch(path: string, pass: string) {
  const session = new AppSession({ vaultPath: path, vaultOptions: { readOnly: true }, emit: () => undefined });
  const handlers = createHandlers(session);
  const unlock = async () => {
    const unlocked = (await dispatch(handlers, 'vault:unlock', { passphrase: pass })) as { ok: boolean };
    if (!unlocked.ok) throw new Error(`bench search: ${JSON.stringify(unlocked)}`);
    return session.searchIndex();
  };
  try {
    const index = await unlock();
    const h = monitorEventLoopDelay({ resolution: 1 });
    h.enable();
    await index.whenReady();
    h.disable();
    const times: number[] = [];
    let results = 0;
    for (const q of QUERIES) {
      const t = performance.now();
      results += index.search(q, { limit: 40 }).length;
      times.push(performance.now() - t);
    }
    const documents = index.size;
    await session.lock('user', false);
    // again, with calls coming in meanwhile
    const again = await unlock();
    let longestWait = 0;
    const port = new MessageChannel();
    port.port2.on('message', (sentAt: number) => {
      longestWait = Math.max(longestWait, performance.now() - sentAt);
      void dispatch(handlers, 'peers:list', undefined).then(() => {
        // from the next turn, as the other thread's next call would come (a port drains what
        // is posted while it delivers before the loop turns)
        if (!again.ready) setImmediate(() => port.port1.postMessage(performance.now()));
      });
    });
    port.port1.postMessage(performance.now());
    await again.whenReady();
    port.port1.close();
    return {
      documents,
      searchIndexBuildMs: index.buildMs,
      searchIndexLongestSliceMs: index.longestSliceMs,
      searchIndexBuildBlockMs: Math.max(0, h.max / 1e6 - 1),
      ipcWaitDuringIndexMs: longestWait,
      searchMedianMs: median(times),
      searchP95Ms: pct(times, 0.95),
      searchMaxMs: Math.max(...times),
      searchResults: results,
    };
  } finally {
    await session.lock('user', false);
  }
}

/** The journal screen in Chromium over the heavy vault: click to the first entry rows, first visit and again. */
export async function benchJournalOpen(path: string, pass: string): Promise<{ journalOpenMs: number; journalReopenMs: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'compeer-bench-journal-'));
  try {
    await copyFile(path, join(dir, 'vault.compeer'));
    await startBrowser();
    const app = await openApp({ dir, shotPrefix: 'bench-journal' });
    const { page } = app;
    await page.getByTestId('passphrase').fill(pass);
    await page.getByTestId('unlock').click();
    await page.getByTestId('nav-journal').waitFor({ timeout: patience(20_000) });
    const time = () =>
      page.evaluate(async () => {
        const el = document.querySelector('[data-testid="nav-journal"]') as HTMLElement;
        const t0 = performance.now();
        el.click();
        while (document.querySelectorAll('[data-testid="entry-row"]').length === 0) await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - t0;
      });
    const journalOpenMs = await time();
    await app.shot('5000-entries');
    await page.getByTestId('nav-today').click();
    await page.getByTestId('journal-page').waitFor({ state: 'detached' });
    const journalReopenMs = await time();
    await app.close();
    return { journalOpenMs, journalReopenMs };
  } finally {
    await stopBrowser();
    await rm(dir, { recursive: true, force: true });
  }
}
