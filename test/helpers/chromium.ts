import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { findChromium, type Machine } from './chromium-search';

const ROOT = resolve(__dirname, '../..');
const BUNDLED_PACKAGE = join(ROOT, 'node_modules', '@sparticuz', 'chromium');
const BUNDLED_CACHE = join(ROOT, 'node_modules', '.cache', 'compeer-chromium');

/** No browser: one line in the test report (a stack would only say where the search ran). */
export class NoChromium extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoChromium';
    this.stack = `${this.name}: ${message}`;
  }
}

/** This machine, as the pure search sees it. */
export function thisMachine(): Machine {
  let playwrightExpected: string | undefined;
  try {
    playwrightExpected = chromium.executablePath();
  } catch {
    // a platform Playwright has no build for: the other places are still searched
  }
  return {
    platform: process.platform,
    arch: process.arch,
    env: process.env,
    home: homedir(),
    exists: (path) => existsSync(path),
    list: (dir) => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
    playwrightExpected,
    bundledInstalled: existsSync(join(BUNDLED_PACKAGE, 'bin', 'chromium.br')),
  };
}

export interface ChromiumLaunch {
  executablePath: string;
  /** the browser's whole environment, when it needs more than ours */
  env?: NodeJS.ProcessEnv;
  description: string;
}

/** Find a Chromium (chromium-search.ts) and say how to launch it; NoChromium when there is none. */
export async function locateChromium(machine: Machine = thisMachine()): Promise<ChromiumLaunch> {
  const r = findChromium(machine);
  if (!r.ok) throw new NoChromium(r.message);
  if (r.found.kind === 'file') return { executablePath: r.found.path, description: `${r.found.path} (${r.found.from})` };
  return unpackBundled();
}

// Runs in a child process whose TMPDIR is a private folder: the package unpacks into
// os.tmpdir() and reuses whatever it finds there, and a file planted at /tmp/chromium by
// someone else must never be what the tests run.
const UNPACK = `
import chromium, { inflate } from '@sparticuz/chromium';
import { join } from 'node:path';
const bin = process.argv[1];
await chromium.executablePath(bin);
await inflate(join(bin, 'al2023.tar.br'));
`;

/**
 * The headless Chromium inside @sparticuz/chromium (Linux x64), unpacked once into
 * node_modules/.cache/compeer-chromium/<version>/ (about 4 s): the browser, its fonts and
 * SwiftShader, and the libnss3/libnspr4 it needs from its Amazon Linux 2023 bundle, which
 * LD_LIBRARY_PATH points at. A half-done unpack is never used: it is renamed into place whole.
 */
async function unpackBundled(): Promise<ChromiumLaunch> {
  const version = (JSON.parse(readFileSync(join(BUNDLED_PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;
  const dir = join(BUNDLED_CACHE, version);
  if (!existsSync(join(dir, 'complete'))) {
    await mkdir(BUNDLED_CACHE, { recursive: true });
    const staging = await mkdtemp(join(BUNDLED_CACHE, 'unpacking-'));
    try {
      await promisify(execFile)(process.execPath, ['--input-type=module', '-e', UNPACK, join(BUNDLED_PACKAGE, 'bin')], {
        cwd: ROOT,
        env: { ...process.env, TMPDIR: staging },
      });
      await writeFile(join(staging, 'complete'), '');
      await rename(staging, dir).catch((e: unknown) => {
        if (!existsSync(join(dir, 'complete'))) throw e; // another run finished first: use its copy
      });
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LD_LIBRARY_PATH: [join(dir, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
  };
  if (!existsSync('/etc/fonts/fonts.conf')) env.FONTCONFIG_PATH = join(dir, 'fonts');
  return { executablePath: join(dir, 'chromium'), env, description: `Chromium ${version} from the @sparticuz/chromium package` };
}
