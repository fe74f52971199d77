import { describe, expect, test } from 'vitest';
import { BUNDLED, candidates, findChromium, type Machine } from './chromium-search';

/** A made-up machine: these files exist, these folders hold these names, nothing else. */
function machine(over: Partial<Machine> & { files?: string[]; dirs?: Record<string, string[]> } = {}): Machine {
  const { files = [], dirs = {}, ...rest } = over;
  return {
    platform: 'linux',
    arch: 'x64',
    env: {},
    home: '/home/ana',
    exists: (p) => files.includes(p),
    list: (d) => dirs[d] ?? [],
    bundledInstalled: false,
    ...rest,
  };
}

const found = (m: Machine) => {
  const r = findChromium(m);
  return r.ok ? (r.found.kind === 'file' ? r.found.path : r.found.kind) : `error: ${r.message}`;
};

describe('COMPEER_CHROMIUM comes first', () => {
  test('a file it names is used even when others exist', () => {
    expect(found(machine({ env: { COMPEER_CHROMIUM: '/opt/mine/chrome' }, files: ['/opt/mine/chrome', '/usr/bin/chromium'] }))).toBe(
      '/opt/mine/chrome',
    );
  });
  test('a file that is not there is an error, not a silent fallback', () => {
    const r = findChromium(machine({ env: { COMPEER_CHROMIUM: '/nope/chrome' }, files: ['/usr/bin/chromium'] }));
    expect(r).toEqual({
      ok: false,
      message: 'COMPEER_CHROMIUM=/nope/chrome: no such file; point it at a Chromium or Chrome executable, or unset it to search.',
    });
  });
  test('empty counts as unset', () => {
    expect(found(machine({ env: { COMPEER_CHROMIUM: ' ' }, files: ['/usr/bin/chromium'] }))).toBe('/usr/bin/chromium');
  });
  test(`"${BUNDLED}" asks for the bundled Chromium, on Linux x64 only`, () => {
    expect(found(machine({ env: { COMPEER_CHROMIUM: BUNDLED }, files: ['/usr/bin/chromium'], bundledInstalled: true }))).toBe('bundled');
    expect(found(machine({ env: { COMPEER_CHROMIUM: BUNDLED }, bundledInstalled: false }))).toMatch(/^error: .*not installed/);
    expect(found(machine({ env: { COMPEER_CHROMIUM: BUNDLED }, arch: 'arm64', bundledInstalled: true }))).toMatch(
      /^error: .*Linux x64 only/,
    );
    expect(found(machine({ platform: 'darwin', env: { COMPEER_CHROMIUM: BUNDLED }, bundledInstalled: true }))).toMatch(
      /^error: .*Linux x64 only/,
    );
  });
});

describe('Linux', () => {
  test('Debian chromium, then Ubuntu chromium-browser, then Chrome, then Edge', () => {
    const all = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge-stable'];
    expect(found(machine({ files: all }))).toBe('/usr/bin/chromium');
    expect(found(machine({ files: all.slice(1) }))).toBe('/usr/bin/chromium-browser');
    expect(found(machine({ files: all.slice(2) }))).toBe('/usr/bin/google-chrome-stable');
    expect(found(machine({ files: all.slice(3) }))).toBe('/usr/bin/microsoft-edge-stable');
  });

  test("then Playwright's browser: the one this playwright-core expects, then the newest full browser in its folder", () => {
    const cache = '/home/ana/.cache/ms-playwright';
    const dirs = { [cache]: ['chromium-1200', 'chromium_headless_shell-1255', 'chromium-1255', 'ffmpeg-1011', 'firefox-1490'] };
    const newest = `${cache}/chromium-1255/chrome-linux64/chrome`;
    const shell = `${cache}/chromium_headless_shell-1255/chrome-headless-shell-linux64/chrome-headless-shell`;
    const older = `${cache}/chromium-1200/chrome-linux/chrome`;
    expect(found(machine({ dirs, files: [older, shell, newest] }))).toBe(newest);
    expect(found(machine({ dirs, files: [older, shell] }))).toBe(shell);
    expect(found(machine({ dirs, files: [older] }))).toBe(older);
    expect(
      found(
        machine({
          dirs,
          files: [older, '/opt/pw/chromium-1300/chrome-linux64/chrome'],
          playwrightExpected: '/opt/pw/chromium-1300/chrome-linux64/chrome',
        }),
      ),
    ).toBe('/opt/pw/chromium-1300/chrome-linux64/chrome');
    expect(found(machine({ dirs, files: [newest, '/usr/bin/google-chrome'] }))).toBe('/usr/bin/google-chrome');
  });

  test('PLAYWRIGHT_BROWSERS_PATH and XDG_CACHE_HOME move the folders looked in', () => {
    const m = machine({
      env: { PLAYWRIGHT_BROWSERS_PATH: '/srv/pw', XDG_CACHE_HOME: '/cache' },
      dirs: { '/srv/pw': ['chromium-1255'], '/cache/ms-playwright': ['chromium-1100'] },
    });
    const paths = candidates(m).map((c) => c.path);
    expect(paths).toContain('/srv/pw/chromium-1255/chrome-linux64/chrome');
    expect(paths).toContain('/cache/ms-playwright/chromium-1100/chrome-linux64/chrome');
    expect(paths.indexOf('/srv/pw/chromium-1255/chrome-linux64/chrome')).toBeLessThan(
      paths.indexOf('/cache/ms-playwright/chromium-1100/chrome-linux64/chrome'),
    );
  });

  test('the bundled Chromium is the last resort, and only on x64 with the package installed', () => {
    expect(found(machine({ bundledInstalled: true }))).toBe('bundled');
    expect(found(machine({ bundledInstalled: true, files: ['/usr/bin/chromium'] }))).toBe('/usr/bin/chromium');
    expect(found(machine({ bundledInstalled: true, arch: 'arm64' }))).toMatch(/^error: No Chromium/);
  });

  test('nothing at all: one line that says how to get one', () => {
    const r = findChromium(machine());
    expect(r.ok).toBe(false);
    const message = r.ok ? '' : r.message;
    expect(message).toBe(
      'No Chromium or Chrome found for the browser tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`, or `npx playwright-core install chromium`), or set COMPEER_CHROMIUM to its executable.',
    );
    expect(message).not.toContain('\n');
  });
});

describe('macOS', () => {
  test('Chromium, Chrome or Edge in /Applications or ~/Applications, then Playwright in ~/Library/Caches', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const userEdge = '/Users/ana/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    const cft =
      '/Users/ana/Library/Caches/ms-playwright/chromium-1255/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    const mac = (files: string[]) =>
      machine({
        platform: 'darwin',
        arch: 'arm64',
        home: '/Users/ana',
        files,
        dirs: { '/Users/ana/Library/Caches/ms-playwright': ['chromium-1255'] },
      });
    expect(found(mac([chrome, userEdge, cft]))).toBe(chrome);
    expect(found(mac([userEdge, cft]))).toBe(userEdge);
    expect(found(mac([cft]))).toBe(cft);
    expect(found(mac([]))).toMatch(
      /^error: No Chromium or Chrome found for the browser tests: install Google Chrome \(or `npx playwright-core install chromium`\)/,
    );
  });
});

describe('Windows', () => {
  test('Chrome or Edge under Program Files or LOCALAPPDATA (names in any case), then Playwright in LOCALAPPDATA', () => {
    const env = {
      PROGRAMFILES: 'C:\\Program Files',
      'ProgramFiles(X86)': 'C:\\Program Files (x86)',
      LocalAppData: 'C:\\Users\\ana\\AppData\\Local',
    };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const userChrome = 'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const pw = 'C:\\Users\\ana\\AppData\\Local\\ms-playwright\\chromium-1255\\chrome-win64\\chrome.exe';
    const win = (files: string[]) =>
      machine({
        platform: 'win32',
        home: 'C:\\Users\\ana',
        env,
        files,
        dirs: { 'C:\\Users\\ana\\AppData\\Local\\ms-playwright': ['chromium-1255'] },
      });
    expect(found(win([edge, userChrome, pw]))).toBe(userChrome);
    expect(found(win([edge, pw]))).toBe(edge);
    expect(found(win([pw]))).toBe(pw);
    expect(found(win([]))).toMatch(/^error: .*install Google Chrome or Microsoft Edge/);
  });
});
