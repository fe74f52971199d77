import { cp, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliIo } from '../../electron/cli/io';
import { runCli } from '../../electron/cli/run';
import { PASS } from './vaults';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/**
 * The command line as a test runs it: what it printed and its exit code. `now` is the clock it
 * reads (null: the real one); `base` its environment, by default the test vault's passphrase.
 * Each call may add to the environment, and give the answers typed at a prompt (none: no
 * terminal, so no prompt).
 */
export const cliAt =
  (now: string | Date | null, base: Record<string, string> = { COMPEER_PASSPHRASE: PASS }) =>
  async (args: string[], env: Record<string, string> = {}, answers: string[] | null = null): Promise<CliResult> => {
    let out = '';
    let err = '';
    const io: CliIo = {
      env: { ...base, ...env },
      stdout: (t) => void (out += t),
      stderr: (t) => void (err += t),
      prompt: answers ? () => Promise.resolve(answers.shift() ?? '') : null,
      now: () => (now === null ? new Date() : new Date(now)),
    };
    return { code: await runCli(args, io), out, err };
  };

/** The command line on one device: its own data folder (COMPEER_HOME) and name. */
export const cliOn = (now: string | null, home: string, name: string, pass = PASS) =>
  cliAt(now, { COMPEER_PASSPHRASE: pass, COMPEER_HOME: home, COMPEER_DEVICE_NAME: name });

/** What a sync tool does once it has caught up: every file of one copy of the folder in the other. */
export async function syncFolder(from: string, to: string): Promise<void> {
  for (const sub of ['', 'devices', 'snapshots']) {
    const names = await readdir(join(from, sub)).catch(() => [] as string[]);
    for (const n of names) {
      const src = join(from, sub, n);
      if ((await stat(src)).isDirectory()) continue;
      await mkdir(join(to, sub), { recursive: true });
      await cp(src, join(to, sub, n));
    }
  }
}
