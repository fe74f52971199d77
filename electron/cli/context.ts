import { isAbsolute, resolve } from 'node:path';
import type { Vault } from '../core/vault';
import type { CliIo } from './io';

export const EXIT = { ok: 0, failure: 1, usage: 2, wrongPassphrase: 3, damaged: 4, inUse: 5 } as const;

/** A mistake in how the command was called: the message and the usage text, exit 2. */
export class UsageError extends Error {}

/** Standard output closed before a line that must not be lost (a recovery code) was written. */
export class OutputLost extends Error {}

export interface CliOptions {
  out?: string;
  'include-confidential': boolean;
  kdf?: string;
  format: string;
  force: boolean;
  /** take over a lock held by another computer (the user says Compeer is not running there) */
  'take-over-lock': boolean;
  /** go on without saved changes missing from the vault (recorded in the vault) */
  'accept-loss': boolean;
  /** machine-readable output (search, reciprocity, due, devices) */
  json: boolean;
  /** devices: make the vault one several devices share through a synced folder */
  share: boolean;
  /** devices: the number of a change made on two devices to settle, with `keep` (the version kept) */
  resolve?: string;
  keep?: string;
  /** devices: show the values of confidential fields and long texts in the versions listed */
  reveal: boolean;
  /** devices: a sync tool's conflict copy of the vault file to merge into it */
  merge?: string;
  /** reciprocity's window, and due's and advise's day, YYYY-MM-DD */
  since?: string;
  until?: string;
  today?: string;
  /** advise: only suggestions of this kind */
  kind?: string;
  /** import of a calendar: the person's own addresses (beside those in Settings) */
  me: string[];
}

export interface CommandContext {
  io: CliIo;
  command: string;
  args: string[];
  options: CliOptions;
  /** exactly n positionals, as absolute paths; else a usage error naming them */
  paths: (n: number, names: string) => string[];
  /** a path the user typed, from where they stand */
  resolvePath: (p: string) => string;
  /** data on stdout; if the reader went away, the rest is dropped quietly */
  out: (text: string) => Promise<void>;
  /** a line on stdout that must arrive (a recovery code): throws OutputLost if it cannot */
  outOrFail: (text: string) => Promise<void>;
  /** a vault the command opened, closed by the runner whatever happens */
  keep: <V extends Vault>(vault: V) => V;
  secret: (envName: string, question: string, confirm?: boolean) => Promise<string>;
  /** the app's data folder, where one copy of each vault's high-water mark is kept (data-folder.ts) */
  dataDir: string | null;
}

/** One command: its lines in the usage text and what it does. */
export interface Command {
  name: string;
  help: string;
  run: (ctx: CommandContext) => Promise<number>;
}

export { plural } from '../../shared/plural';

/**
 * Where relative paths start. Under `npm run compeer` npm runs the script in the project
 * folder and keeps where the user stood in INIT_CWD; any other run starts where it is run
 * (an INIT_CWD inherited from some other npm script is not the user's).
 */
export const baseDir = (env: CliIo['env']): string =>
  env.npm_lifecycle_event === 'compeer' && env.INIT_CWD && isAbsolute(env.INIT_CWD) ? env.INIT_CWD : process.cwd();

export const resolveFrom = (env: CliIo['env'], p: string): string => resolve(baseDir(env), p);

/** The passphrase from its environment variable, else asked on the terminal. */
export async function secret(io: CliIo, envName: string, question: string, confirm = false): Promise<string> {
  const fromEnv = io.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!io.prompt) throw new UsageError(`No terminal to ask on: set ${envName}.`);
  const first = await io.prompt(question);
  if (confirm && (await io.prompt('Type it again: ')) !== first) throw new UsageError('The two passphrases differ; nothing was changed.');
  if (first === '') throw new UsageError('An empty passphrase is not allowed.');
  return first;
}
