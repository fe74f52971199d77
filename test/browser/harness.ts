import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHANNELS, EVENTS, buildBridge, type EventName } from '../../shared/ipc/channels';
import type { EventPayloads } from '../../shared/ipc/contract';
import { AppSession } from '../../electron/service/session';
import { dispatch } from '../../electron/service/dispatch';
import { createHandlers } from '../../electron/service/handlers';
import { CONTENT_SECURITY_POLICY, resolveAppPath } from '../../electron/main/security-policy';
import { locateChromium, thisMachine } from '../helpers/chromium';
import type { Machine } from '../helpers/chromium-search';
import { TEST_KDF } from '../helpers/kdf';
import { SLOWDOWN, WAIT_MS, patience } from '../helpers/patience.mts';
import { testHost } from '../helpers/vault-host';

/**
 * The browser test harness (DESIGN.md section 5): the built renderer, served under the
 * app's exact CSP, in a Chromium or Chrome found by test/helpers/chromium-search.ts (Debian's
 * on CI, COMPEER_CHROMIUM to choose); `window.compeer` is the preload's bridge built from
 * the same channel list, bound to the real main-process handler table over a real vault in
 * a temp folder. Only Electron's transport is replaced. Everything crossing the bridge goes
 * through structuredClone, as Electron's IPC would carry it.
 */
const RENDERER = resolve(__dirname, '../../out/renderer');
export const SCREENSHOTS = resolve(__dirname, '../../test-results/screenshots');
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

let browser: Browser | null = null;
let server: Server | null = null;
let origin = '';
/** which browser runs the tests (the benchmark prints it) */
export let browserDescription = '';

/** `machine`: the search's view of this machine, for a test of the search's own fallbacks. */
export async function startBrowser(machine: Machine = thisMachine()): Promise<void> {
  // first, so a machine without a browser fails with the one line that says how to get one
  const found = await locateChromium(machine);
  server = createServer((req, res) => {
    const file = resolveAppPath(`app://compeer${(req.url ?? '/').split('?')[0]}`, join, RENDERER);
    if (!file) return void res.writeHead(404).end();
    readFile(file).then(
      (body) =>
        res
          .writeHead(200, {
            'content-type': MIME[extname(file)] ?? 'application/octet-stream',
            'content-security-policy': CONTENT_SECURITY_POLICY,
          })
          .end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  const addr = server.address();
  origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  browser = await chromium.launch({
    executablePath: found.executablePath,
    env: found.env,
    args: FLAGS,
    headless: true,
    timeout: patience(60_000),
  });
  browserDescription = `${found.description}, version ${browser.version()}`;
}

export async function stopBrowser(): Promise<void> {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
}

export interface AppUnderTest {
  page: Page;
  session: AppSession;
  vaultPath: string;
  dir: string;
  /** console errors, page errors and CSP violations seen so far */
  problems: string[];
  shot: (name: string) => Promise<void>;
  close: () => Promise<void>;
}

export interface OpenOptions {
  /** reuse a folder (a vault from an earlier step) */
  dir?: string;
  /** 60 makes one idle minute last one second (times COMPEER_TEST_SLOWDOWN); the auto-lock logic itself is unchanged */
  idleScale?: number;
  shotPrefix: string;
  /** a script run in the page before the app's own (for a timing probe) */
  initScript?: string;
  /**
   * Run the handlers in the vault's worker thread, as the app does, instead of in the test
   * process (then `session` is never unlocked: read the vault through the page or a file).
   */
  worker?: boolean;
}

export async function openApp(opts: OpenOptions): Promise<AppUnderTest> {
  if (!browser) throw new Error('startBrowser() first');
  const dir = opts.dir ?? (await mkdtemp(join(tmpdir(), 'compeer-ui-')));
  const vaultPath = join(dir, 'vault.compeer');
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  // COMPEER_TEST_CPU_THROTTLE=4: the page runs as on a CPU four times slower (Chromium's own
  // throttling), to find a test that reads the screen before the app has drawn it
  const throttle = Number(process.env.COMPEER_TEST_CPU_THROTTLE ?? 1);
  if (throttle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
  // every locator, page.waitFor* and navigation waits as long as the machine's slowdown allows
  page.setDefaultTimeout(WAIT_MS);
  page.setDefaultNavigationTimeout(WAIT_MS);
  const problems: string[] = [];
  let lastActivity = Date.now();

  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => {
    void page
      .evaluate(([e, p]) => (globalThis as unknown as { __compeerEmit: (e: string, p: unknown) => void }).__compeerEmit(e, p), [
        event,
        structuredClone(payload),
      ] as const)
      .catch(() => undefined);
  };
  const session = new AppSession({ vaultPath, kdf: TEST_KDF, emit, dataDir: dir });
  const handlers = createHandlers(session);
  const host = opts.worker ? testHost(dir, [], emit) : null;
  const invoke = (channel: string, input: unknown) => (host ? host.invoke(channel, input) : dispatch(handlers, channel, input));

  // Results cross as JSON text: Playwright's own value serialisation is far slower than
  // Electron's IPC for large results, and would distort what the tests and the benchmark see.
  await page.exposeBinding('__compeerInvoke', async (_source, channel: string, input: unknown) => {
    lastActivity = Date.now();
    return JSON.stringify(structuredClone(await invoke(channel, structuredClone(input))));
  });
  await page.exposeBinding('__compeerReport', (_source, text: string) => void problems.push(text));
  // __name: the helper esbuild (tsx) adds around named functions, absent in the page
  await page.addInitScript(`(() => {
    const __name = (target) => target;
    globalThis.__name = __name;
    const buildBridge = ${buildBridge.toString()};
    const listeners = new Map();
    const api = buildBridge(${JSON.stringify(CHANNELS)}, ${JSON.stringify(EVENTS)},
      (channel, input) => window.__compeerInvoke(channel, input).then((text) => JSON.parse(text)),
      (event, cb) => {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event).add(cb);
        return () => listeners.get(event).delete(cb);
      });
    Object.defineProperty(window, 'compeer', { value: Object.freeze(api) });
    window.__compeerEmit = (event, payload) => (listeners.get(event) || []).forEach((cb) => cb(payload));
    document.addEventListener('securitypolicyviolation', (e) => window.__compeerReport('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber));
  })();`);
  if (opts.initScript) await page.addInitScript(opts.initScript);
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));

  // a busy machine stretches the idle minute too, so a step slowed down by the load is not
  // mistaken for the user walking away
  const scale = (opts.idleScale ?? 1) / SLOWDOWN;
  const idleSeconds = () => ((Date.now() - lastActivity) / 1000) * scale;
  const idleTimer = setInterval(
    () => void (host ? host.control({ action: 'checkIdle', idleSeconds: idleSeconds() }) : session.checkIdle(idleSeconds())),
    200,
  );

  await page.goto(`${origin}/index.html`);
  let n = 0;
  return {
    page,
    session,
    vaultPath,
    dir,
    problems,
    shot: async (name) => {
      await mkdir(SCREENSHOTS, { recursive: true });
      n += 1;
      await page.screenshot({ path: join(SCREENSHOTS, `${opts.shotPrefix}-${String(n).padStart(2, '0')}-${name}.png`), fullPage: false });
    },
    close: async () => {
      clearInterval(idleTimer);
      await session.lock('user').catch(() => undefined);
      await host?.shutdown();
      await context.close();
      if (!opts.dir) await rm(dir, { recursive: true, force: true });
    },
  };
}
