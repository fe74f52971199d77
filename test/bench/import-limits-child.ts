// One import at the size caps, in a process of its own so its peak memory is the import's
// alone: `cli` runs `compeer import` into a new vault; `app` runs the app's handlers
// (import:preview, then import:commit, with the search index the app keeps). Prints one
// JSON line: { ms (the import alone), peakRssMb (the whole process), exit, out }. Used by
// import-limits.ts.
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { CliIo } from '../../electron/cli/io';
import { runCli } from '../../electron/cli/run';
import { Vault } from '../../electron/core/vault';
import { AppSession } from '../../electron/service/session';
import { dispatch } from '../../electron/service/dispatch';
import { createHandlers } from '../../electron/service/handlers';
import { TEST_KDF } from '../helpers/kdf';

const [mode, dir, file] = process.argv.slice(2) as ['cli' | 'app', string, string];
const PASS = 'bench pass words';

async function cli(): Promise<{ exit: number; out: string; ms: number }> {
  const path = join(dir, 'cli.compeer');
  const { vault } = await Vault.create(path, PASS, { kdf: TEST_KDF });
  await vault.close();
  let out = '';
  const io: CliIo = {
    env: { COMPEER_PASSPHRASE: PASS },
    stdout: (t) => void (out += t),
    stderr: (t) => void (out += t),
    prompt: null,
    now: () => new Date(),
  };
  const t0 = performance.now();
  const exit = await runCli(['import', path, file], io);
  return { exit, ms: performance.now() - t0, out: out.trim().split('\n').slice(0, 3).join(' / ') };
}

async function app(): Promise<{ exit: number; out: string; ms: number }> {
  const session = new AppSession({ vaultPath: join(dir, 'app.compeer'), kdf: TEST_KDF, emit: () => undefined });
  const handlers = createHandlers(session);
  await dispatch(handlers, 'vault:create', { passphrase: PASS });
  const bytes = new Uint8Array(await readFile(file));
  const t0 = performance.now();
  const preview = await dispatch(handlers, 'import:preview', { fileName: 'file', bytes });
  if (!preview.ok) return { exit: 1, ms: performance.now() - t0, out: preview.error.message };
  const previewMs = performance.now() - t0;
  const commit = await dispatch(handlers, 'import:commit', { token: (preview.value as { token: string }).token, useIncoming: [] });
  const ms = performance.now() - t0;
  await session.lock('user');
  return {
    exit: commit.ok ? 0 : 1,
    ms,
    out: commit.ok ? `preview ${Math.round(previewMs)} ms; ${JSON.stringify(commit.value)}` : commit.error.message,
  };
}

async function main(): Promise<void> {
  const { exit, out, ms } = mode === 'cli' ? await cli() : await app();
  process.stdout.write(`${JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024, exit, out })}\n`);
}
void main();
