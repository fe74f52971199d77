import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, test } from 'vitest';
import { Vault } from '../../../electron/core/vault';
import { patience } from '../../helpers/patience.mts';
import { useTempDirs } from '../../helpers/temp-dir';
import { PASS, makeVault } from '../../helpers/vaults';

const temp = useTempDirs();
const helpers = join(__dirname, '../../helpers');

/** A child process that answers one line on stdout per line it is sent. */
interface Child {
  proc: ChildProcessWithoutNullStreams;
  next: () => Promise<string>;
  stderr: () => string;
}

const started: Child[] = [];
afterEach(() => {
  for (const c of started.splice(0)) c.proc.kill('SIGKILL');
});

async function startChild(script: string, args: string[] = []): Promise<Child> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(helpers, script), ...args], {
    env: { ...process.env, COMPEER_PASSPHRASE: PASS },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let err = '';
  proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const lines: string[] = [];
  const waiting: ((l: string) => void)[] = [];
  createInterface({ input: proc.stdout }).on('line', (l) => (waiting.length ? waiting.shift()!(l) : lines.push(l)));
  const next = () =>
    new Promise<string>((resolve, reject) => {
      if (lines.length) return resolve(lines.shift()!);
      const timer = setTimeout(() => reject(new Error(`${script} did not answer: ${err}`)), patience(20_000));
      waiting.push((l) => {
        clearTimeout(timer);
        resolve(l);
      });
    });
  const child = { proc, next, stderr: () => err };
  started.push(child);
  const first = await next();
  if (first !== 'ready' && first !== 'held') throw new Error(`${script} said "${first}": ${err}`);
  return child;
}

/** The lock file a writer leaves when it is killed while holding the lock (its pid is then dead). */
async function staleLockBytes(dir: string): Promise<Buffer> {
  const scratch = join(dir, 'crashed.compeer');
  const child = await startChild('lock-child.ts', ['crash', scratch]);
  const exited = new Promise((r) => child.proc.once('exit', r));
  child.proc.kill('SIGKILL');
  await exited;
  const bytes = await readFile(`${scratch}.lock`);
  await rm(`${scratch}.lock`);
  return bytes;
}

describe('one writer across real processes', () => {
  test('CLI imports released together: every import that reports success is in the vault, with and without a stale lock', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const stale = await staleLockBytes(dir);
    const WRITERS = 4;
    const ROUNDS = 20; // every other one with a stale lock
    const writers = await Promise.all(Array.from({ length: WRITERS }, () => startChild('import-child.ts')));
    const figures = { rounds: 0, staleRounds: 0, successes: 0, missing: [] as string[], unexpected: [] as string[], noneSucceeded: 0 };
    const acknowledged: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const withStale = round % 2 === 1;
      const ids = writers.map((_, i) => `r${round}w${i}`);
      const files = await Promise.all(
        ids.map(async (id) => {
          const file = join(dir, `${id}.json`);
          await writeFile(file, JSON.stringify({ format: 'compeer-export', version: 1, peers: [{ id, name: `Peer ${id}` }] }));
          return file;
        }),
      );
      if (withStale) await writeFile(`${path}.lock`, stale);
      // released together: the lines go out back to back, the writers are already loaded
      writers.forEach((w, i) => w.proc.stdin.write(`${path}\t${files[i]}\n`));
      const codes = await Promise.all(writers.map((w) => w.next()));
      const ok = ids.filter((_, i) => codes[i] === 'exit 0');
      codes.forEach((c, i) => {
        if (c !== 'exit 0' && c !== 'exit 5') figures.unexpected.push(`${ids[i]}: ${c} ${writers[i]!.stderr()}`);
      });
      figures.rounds++;
      if (withStale) figures.staleRounds++;
      figures.successes += ok.length;
      if (ok.length === 0) figures.noneSucceeded++;
      acknowledged.push(...ok);
    }
    // imports only add: a peer lost to a second writer in one round stays lost
    const after = await Vault.open(path, PASS, { readOnly: true });
    const present = new Set(after.data.peers.map((p) => p.id));
    await after.close();
    figures.missing.push(...acknowledged.filter((id) => !present.has(id)));
    console.warn(`lock race (CLI import): ${JSON.stringify(figures)}`);
    expect(figures.unexpected).toEqual([]);
    // a stale lock never keeps every writer out
    expect(figures.noneSucceeded).toBe(0);
    // every import that said it succeeded is in the vault
    expect(figures.missing).toEqual([]);
  });

  test.each(['link', 'nolink'] as const)(
    'lock takers released together (%s file system): never two holders at once, and a stale lock never keeps them all out',
    async (fsKind) => {
      const dir = await temp();
      const vault = join(dir, 'v.compeer');
      const stale = await staleLockBytes(dir);
      const TAKERS = 4;
      const ROUNDS = 40;
      const takers = await Promise.all(Array.from({ length: TAKERS }, () => startChild('lock-child.ts', [fsKind])));
      const figures = { rounds: 0, held: 0, overlaps: 0, unexpected: [] as string[], noneHeld: 0 };
      for (let round = 0; round < ROUNDS; round++) {
        if (round % 2 === 1) await writeFile(`${vault}.lock`, stale);
        takers.forEach((t) => t.proc.stdin.write(`${vault}\t5\n`));
        const results = await Promise.all(takers.map((t) => t.next()));
        figures.rounds++;
        figures.held += results.filter((r) => r === 'held' || r === 'overlap').length;
        figures.overlaps += results.filter((r) => r === 'overlap').length;
        if (!results.some((r) => r === 'held' || r === 'overlap')) figures.noneHeld++;
        figures.unexpected.push(...results.filter((r) => !['held', 'overlap', 'refused'].includes(r)));
      }
      console.warn(`lock race (${fsKind}): ${JSON.stringify(figures)}`);
      expect(figures.unexpected).toEqual([]);
      expect(figures.noneHeld).toBe(0);
      expect(figures.overlaps).toBe(0);
    },
  );
});
