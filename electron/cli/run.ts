import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { isCompeerError, schemaProblem, type ErrorCode } from '../../shared/errors';
import type { Vault } from '../core/vault';
import { advise } from './commands/advise';
import { backups } from './commands/backups';
import { devices } from './commands/devices';
import { due } from './commands/due';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { init } from './commands/init';
import { passwd } from './commands/passwd';
import { reciprocity } from './commands/reciprocity';
import { restore } from './commands/restore';
import { search } from './commands/search';
import { today } from './commands/today';
import { verify } from './commands/verify';
import { EXIT, OutputLost, UsageError, resolveFrom, secret, type Command, type CommandContext } from './context';
import { dataFolder } from './data-folder';
import type { CliIo } from './io';
import { runOnShared } from './shared-bridge';

export { EXIT } from './context';

/** Every command, in the order the usage text lists them. A new command is one file and one row. */
const COMMANDS: readonly Command[] = [
  init,
  verify,
  exportCommand,
  search,
  reciprocity,
  due,
  today,
  advise,
  importCommand,
  passwd,
  backups,
  restore,
  devices,
];

const USAGE = `Usage: compeer <command> [options]

Commands:
${COMMANDS.map((c) => c.help).join('')}
The passphrase comes from COMPEER_PASSPHRASE or a prompt; a new one from
COMPEER_NEW_PASSPHRASE or a prompt. Data goes to stdout or --out; messages to stderr.
--take-over-lock takes over a lock that another computer holds (only if Compeer is not running
there). --accept-loss (import, passwd) goes on without saved changes missing from the vault file
(cut short, or an older copy put back); the choice is recorded in the vault. COMPEER_HOME names
the app's data folder (where a record of each vault's newest save is kept).
Exit codes: 0 ok, 1 failure, 2 usage, 3 wrong passphrase, 4 damaged or unsupported file or
saved changes missing, 5 vault in use.
`;

const exitFor = (code: ErrorCode): number => {
  switch (code) {
    case 'WRONG_PASSPHRASE':
    case 'WRONG_RECOVERY_CODE':
      return EXIT.wrongPassphrase;
    case 'DAMAGED':
    case 'CHANGES_MISSING':
    case 'NEWER_VERSION':
    case 'UNSUPPORTED_FILE':
      return EXIT.damaged;
    case 'IN_USE':
      return EXIT.inUse;
    default:
      return EXIT.failure;
  }
};

/** Run one command. Returns the exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const opened: Vault[] = [];
  let readerGone = false;
  const write = async (text: string, mustArrive: boolean) => {
    if (readerGone && !mustArrive) return;
    try {
      await io.stdout(text);
    } catch (e) {
      readerGone = true;
      if (mustArrive) throw new OutputLost((e as NodeJS.ErrnoException).code ?? (e as Error).message);
    }
  };
  try {
    const { positionals, values } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        'include-confidential': { type: 'boolean', default: false },
        kdf: { type: 'string' },
        format: { type: 'string', default: 'json' },
        force: { type: 'boolean', default: false },
        'take-over-lock': { type: 'boolean', default: false },
        'accept-loss': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        json: { type: 'boolean', default: false },
        share: { type: 'boolean', default: false },
        resolve: { type: 'string' },
        keep: { type: 'string' },
        reveal: { type: 'boolean', default: false },
        merge: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        today: { type: 'string' },
        kind: { type: 'string' },
        me: { type: 'string', multiple: true },
      },
    });
    const [name, ...args] = positionals;
    if (values.help || !name) {
      if (values.help) await write(USAGE, false);
      else io.stderr(USAGE);
      return values.help ? EXIT.ok : EXIT.usage;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError(`Unknown command "${name}".`);
    const ctx: CommandContext = {
      io,
      command: name,
      args,
      options: {
        out: values.out,
        'include-confidential': values['include-confidential'] === true,
        kdf: values.kdf,
        format: values.format ?? 'json',
        force: values.force === true,
        'take-over-lock': values['take-over-lock'] === true,
        'accept-loss': values['accept-loss'] === true,
        json: values.json === true,
        share: values.share === true,
        resolve: values.resolve,
        keep: values.keep,
        reveal: values.reveal === true,
        merge: values.merge,
        since: values.since,
        until: values.until,
        today: values.today,
        kind: values.kind,
        me: values.me ?? [],
      },
      paths: (n, names) => {
        if (args.length !== n) throw new UsageError(`${name} takes ${names}.`);
        return args.map((a) => resolveFrom(io.env, a));
      },
      resolvePath: (p) => resolveFrom(io.env, p),
      out: (text) => write(text, false),
      outOrFail: (text) => write(text, true),
      keep: (vault) => {
        opened.push(vault);
        return vault;
      },
      secret: (envName, question, confirm) => secret(io, envName, question, confirm),
      dataDir: dataFolder(io.env),
    };
    // a vault shared between devices (devices --share): every command works on it as on a vault of its own
    return (await runOnShared(command, ctx)) ?? (await command.run(ctx));
  } catch (e) {
    if (e instanceof UsageError || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`${e.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    if (isCompeerError(e)) {
      io.stderr(`${e.message}\n`);
      return exitFor(e.code);
    }
    if (e instanceof ZodError) {
      // a value the schema refuses that no check caught first: an input error with its place
      io.stderr(`Not valid input (${schemaProblem(e, { whole: 'record' })}). Nothing was changed.\n`);
      return EXIT.failure;
    }
    io.stderr(`Unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.failure;
  } finally {
    for (const v of opened) {
      const report = await v.close().catch(() => null);
      // nothing is lost (the change records stay), but the user is told, and the next open tries again
      if (report?.compactionError)
        io.stderr(
          `Warning: the vault could not be written afresh (${report.compactionError}). Your changes are saved as change records; the next command or the app will try again.\n`,
        );
    }
  }
}
