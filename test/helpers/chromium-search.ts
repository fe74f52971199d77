import { posix, win32 } from 'node:path';

/**
 * Where the browser tests and the benchmark find a Chromium or Chrome, as a pure function of
 * the machine (platform, environment, home folder, which files exist), so it is tested for
 * every OS on any OS. Order: COMPEER_CHROMIUM; the usual install paths of the OS; Playwright's
 * own browser folder; on Linux x64, last, the Chromium inside the @sparticuz/chromium package.
 */

/** COMPEER_CHROMIUM may name this package instead of a file: use the bundled Chromium. */
export const BUNDLED = '@sparticuz/chromium';

export interface Machine {
  platform: NodeJS.Platform;
  arch: string;
  env: Record<string, string | undefined>;
  home: string;
  exists: (path: string) => boolean;
  /** entries of a folder, [] when it does not exist */
  list: (dir: string) => string[];
  /** where this playwright-core expects its own Chromium (`chromium.executablePath()`), if it says */
  playwrightExpected?: string;
  /** is the @sparticuz/chromium package installed (its files present)? */
  bundledInstalled: boolean;
}

export type Found = { kind: 'file'; path: string; from: string } | { kind: 'bundled' };
export type Search = { ok: true; found: Found } | { ok: false; message: string };

const pathFor = (platform: NodeJS.Platform) => (platform === 'win32' ? win32 : posix);

/** Windows environment names are case-insensitive. */
function envGet(env: Machine['env'], name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
  const v = key === undefined ? undefined : env[key];
  return v && v.trim() !== '' ? v : undefined;
}

/** Chromium, Chrome and Edge where their installers put them. */
export function systemPaths(m: Pick<Machine, 'platform' | 'env' | 'home'>): string[] {
  const p = pathFor(m.platform);
  if (m.platform === 'darwin') {
    const apps = [
      ['Chromium.app', 'Chromium'],
      ['Google Chrome.app', 'Google Chrome'],
      ['Microsoft Edge.app', 'Microsoft Edge'],
    ];
    return ['/Applications', p.join(m.home, 'Applications')].flatMap((root) =>
      apps.map(([app, exe]) => p.join(root, app!, 'Contents', 'MacOS', exe!)),
    );
  }
  if (m.platform === 'win32') {
    const roots = [
      envGet(m.env, 'ProgramFiles') ?? 'C:\\Program Files',
      envGet(m.env, 'ProgramFiles(x86)') ?? 'C:\\Program Files (x86)',
      envGet(m.env, 'LOCALAPPDATA') ?? p.join(m.home, 'AppData', 'Local'),
    ];
    const exes = [
      ['Chromium', 'Application', 'chrome.exe'],
      ['Google', 'Chrome', 'Application', 'chrome.exe'],
      ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
    ];
    return exes.flatMap((parts) => roots.map((root) => p.join(root, ...parts)));
  }
  // Linux and the BSDs: Debian's chromium, Ubuntu's chromium-browser, Chrome, Edge
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge-stable',
    '/usr/bin/microsoft-edge',
    '/opt/microsoft/msedge/msedge',
  ];
}

/** Playwright's browser folders: PLAYWRIGHT_BROWSERS_PATH, then the per-user cache. */
export function playwrightFolders(m: Pick<Machine, 'platform' | 'env' | 'home'>): string[] {
  const p = pathFor(m.platform);
  const custom = envGet(m.env, 'PLAYWRIGHT_BROWSERS_PATH');
  const folders = custom && custom !== '0' ? [custom] : [];
  if (m.platform === 'darwin') folders.push(p.join(m.home, 'Library', 'Caches', 'ms-playwright'));
  else if (m.platform === 'win32')
    folders.push(p.join(envGet(m.env, 'LOCALAPPDATA') ?? p.join(m.home, 'AppData', 'Local'), 'ms-playwright'));
  else folders.push(p.join(envGet(m.env, 'XDG_CACHE_HOME') ?? p.join(m.home, '.cache'), 'ms-playwright'));
  return folders;
}

/** The executable inside one of Playwright's browser folders, for each layout it has used. */
function layouts(platform: NodeJS.Platform): string[][] {
  if (platform === 'darwin') {
    const cft = ['Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'];
    return [
      ['chrome-mac-arm64', ...cft],
      ['chrome-mac-x64', ...cft],
      ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
      ['chrome-headless-shell-mac-arm64', 'chrome-headless-shell'],
      ['chrome-headless-shell-mac-x64', 'chrome-headless-shell'],
      ['chrome-mac', 'headless_shell'],
    ];
  }
  if (platform === 'win32')
    return [
      ['chrome-win64', 'chrome.exe'],
      ['chrome-win', 'chrome.exe'],
      ['chrome-headless-shell-win64', 'chrome-headless-shell.exe'],
      ['chrome-win', 'headless_shell.exe'],
    ];
  return [
    ['chrome-linux64', 'chrome'],
    ['chrome-linux-arm64', 'chrome'],
    ['chrome-linux', 'chrome'],
    ['chrome-headless-shell-linux64', 'chrome-headless-shell'],
    ['chrome-headless-shell-linux-arm64', 'chrome-headless-shell'],
    ['chrome-linux', 'headless_shell'],
  ];
}

/** Every Chromium Playwright has installed there: newest revision first, full browser before headless shell. */
export function playwrightExecutables(m: Pick<Machine, 'platform' | 'list'>, folder: string): string[] {
  const p = pathFor(m.platform);
  const dirs = m
    .list(folder)
    .map((name) => ({ name, match: /^chromium(_headless_shell)?-(\d+)$/.exec(name) }))
    .filter((d) => d.match !== null)
    .sort((a, b) => Number(b.match![2]) - Number(a.match![2]) || Number(a.match![1] !== undefined) - Number(b.match![1] !== undefined));
  return dirs.flatMap((d) => layouts(m.platform).map((parts) => p.join(folder, d.name, ...parts)));
}

/** Every place looked at, in order (what the search tries, and what the tests check). */
export function candidates(m: Machine): { path: string; from: string }[] {
  const seen = new Set<string>();
  const out: { path: string; from: string }[] = [];
  const add = (path: string, from: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    out.push({ path, from });
  };
  for (const path of systemPaths(m)) add(path, 'installed browser');
  if (m.playwrightExpected) add(m.playwrightExpected, "Playwright's browser");
  for (const folder of playwrightFolders(m)) for (const path of playwrightExecutables(m, folder)) add(path, "Playwright's browser");
  return out;
}

const bundledUsable = (m: Pick<Machine, 'platform' | 'arch'>) => m.platform === 'linux' && m.arch === 'x64';

export function howToGetOne(platform: NodeJS.Platform): string {
  const playwright = '`npx playwright-core install chromium`';
  if (platform === 'linux')
    return `install one (Debian/Ubuntu: \`sudo apt-get install chromium\`, or ${playwright}), or set COMPEER_CHROMIUM to its executable`;
  if (platform === 'darwin') return `install Google Chrome (or ${playwright}), or set COMPEER_CHROMIUM to its executable`;
  if (platform === 'win32') return `install Google Chrome or Microsoft Edge (or ${playwright}), or set COMPEER_CHROMIUM to its executable`;
  return `install Chromium (or ${playwright}), or set COMPEER_CHROMIUM to its executable`;
}

export function findChromium(m: Machine): Search {
  const chosen = envGet(m.env, 'COMPEER_CHROMIUM');
  if (chosen === BUNDLED) {
    if (!bundledUsable(m))
      return {
        ok: false,
        message: `COMPEER_CHROMIUM=${BUNDLED}: that package's Chromium runs on Linux x64 only; ${howToGetOne(m.platform)}.`,
      };
    if (!m.bundledInstalled)
      return { ok: false, message: `COMPEER_CHROMIUM=${BUNDLED}: the package is not installed (run \`npm install\`).` };
    return { ok: true, found: { kind: 'bundled' } };
  }
  if (chosen !== undefined) {
    if (m.exists(chosen)) return { ok: true, found: { kind: 'file', path: chosen, from: 'COMPEER_CHROMIUM' } };
    return {
      ok: false,
      message: `COMPEER_CHROMIUM=${chosen}: no such file; point it at a Chromium or Chrome executable, or unset it to search.`,
    };
  }
  const hit = candidates(m).find((c) => m.exists(c.path));
  if (hit) return { ok: true, found: { kind: 'file', ...hit } };
  if (bundledUsable(m) && m.bundledInstalled) return { ok: true, found: { kind: 'bundled' } };
  return { ok: false, message: `No Chromium or Chrome found for the browser tests: ${howToGetOne(m.platform)}.` };
}
