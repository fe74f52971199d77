import type { CliIo } from '../../electron/cli/io';
import { runCli } from '../../electron/cli/run';
import { PASS } from './vaults';

/** The command line as a test runs it: the test vault's passphrase, a fixed clock, what it printed. */
export const cliAt =
  (now: string) =>
  async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
    let out = '';
    let err = '';
    const io: CliIo = {
      env: { COMPEER_PASSPHRASE: PASS },
      stdout: (t) => void (out += t),
      stderr: (t) => void (err += t),
      prompt: null,
      now: () => new Date(now),
    };
    return { code: await runCli(args, io), out, err };
  };
