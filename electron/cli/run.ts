import { writeFile, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CompeerError, isCompeerError, type ErrorCode } from '../../shared/errors';
import { COLLECTION_NAMES } from '../../shared/schema/document';
import { randomUUID } from 'node:crypto';
import { exportDocument } from '../core/exchange/json-export';
import { peersToCsv, peersToVcard } from '../core/exchange/peers-export';
import { FORMAT_LABELS, detectFormat, readContacts } from '../core/import/detect';
import type { ImportedContact } from '../core/import/contact';
import { planContactImport } from '../core/import/plan';
import { parseExportText, planJsonImport } from '../core/exchange/json-import';
import { DEFAULT_KDF, Vault, type KdfParams } from '../core/vault';
import type { CliIo } from './io';

export const EXIT = { ok: 0, failure: 1, usage: 2, wrongPassphrase: 3, damaged: 4, inUse: 5 } as const;

const USAGE = `Usage: compeer <command> [options]

Commands:
  init <vault> [--kdf m=KiB,t=N,p=N]        create a vault; prints the recovery code
  verify <vault>                            decrypt, validate, print a count per collection
  export <vault> [--format json|csv|vcard] [--out FILE] [--include-confidential]
                                            the whole vault as JSON, or the peers as CSV or vCard 3.0
                                            (confidential text left out unless asked)
  import <vault> <file>                     import a Compeer JSON export (merged by id), LinkedIn
                                            Connections.csv, Google Contacts CSV or vCard; the
                                            format is read from the content
  passwd <vault>                            change the passphrase (issues a new recovery code)
  backups <vault>                           list the vault's backups
  restore <vault> <backup>                  restore a backup (the current vault is backed up first)

The passphrase comes from COMPEER_PASSPHRASE or a prompt; a new one from
COMPEER_NEW_PASSPHRASE or a prompt. Data goes to stdout or --out; messages to stderr.
Exit codes: 0 ok, 1 failure, 2 usage, 3 wrong passphrase, 4 damaged or unsupported file, 5 vault in use.
`;

class UsageError extends Error {}

const exitFor = (code: ErrorCode): number => {
  switch (code) {
    case 'WRONG_PASSPHRASE':
    case 'WRONG_RECOVERY_CODE':
      return EXIT.wrongPassphrase;
    case 'DAMAGED':
    case 'NEWER_VERSION':
    case 'UNSUPPORTED_FILE':
      return EXIT.damaged;
    case 'IN_USE':
      return EXIT.inUse;
    default:
      return EXIT.failure;
  }
};

function parseKdf(spec: string | undefined): KdfParams {
  if (!spec) return DEFAULT_KDF;
  const out = { ...DEFAULT_KDF };
  for (const part of spec.split(',')) {
    const [k, v] = part.split('=');
    const n = Number(v);
    if ((k !== 'm' && k !== 't' && k !== 'p') || !Number.isInteger(n)) throw new UsageError(`--kdf takes m=KiB,t=N,p=N, not "${spec}"`);
    out[k] = n;
  }
  return out;
}

async function secret(io: CliIo, envName: string, question: string, confirm = false): Promise<string> {
  const fromEnv = io.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!io.prompt) throw new UsageError(`No terminal to ask on: set ${envName}.`);
  const first = await io.prompt(question);
  if (confirm && (await io.prompt('Type it again: ')) !== first) throw new UsageError('The two passphrases differ; nothing was changed.');
  if (first === '') throw new UsageError('An empty passphrase is not allowed.');
  return first;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Run one command. Returns the exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let vault: Vault | null = null;
  try {
    const { positionals, values } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        'include-confidential': { type: 'boolean', default: false },
        kdf: { type: 'string' },
        format: { type: 'string', default: 'json' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, ...args] = positionals;
    if (values.help || !command) {
      (values.help ? io.stdout : io.stderr)(USAGE);
      return values.help ? EXIT.ok : EXIT.usage;
    }
    const need = (n: number, names: string) => {
      if (args.length !== n) throw new UsageError(`${command} takes ${names}.`);
      return args.map((a) => resolve(a));
    };

    switch (command) {
      case 'init': {
        const [path] = need(1, '<vault>');
        const kdf = parseKdf(values.kdf);
        const pass = await secret(io, 'COMPEER_PASSPHRASE', 'New passphrase: ', true);
        const created = await Vault.create(path!, pass, { kdf, now: io.now });
        vault = created.vault;
        io.stderr(`Created ${path}.\nYour recovery code (shown once; keep it somewhere safe, away from this computer):\n`);
        io.stdout(`${created.recoveryCode}\n`);
        return EXIT.ok;
      }
      case 'verify': {
        const [path] = need(1, '<vault>');
        vault = await Vault.open(path!, await secret(io, 'COMPEER_PASSPHRASE', 'Passphrase: '), { readOnly: true });
        await vault.validate();
        const counts = vault.counts();
        const st = vault.status();
        for (const c of COLLECTION_NAMES) {
          io.stdout(`${c}\t${counts[c]}\n`);
          // meetings live inside their groups; counted on their own line after them
          if (c === 'groups') io.stdout(`meetings\t${vault.data.groups.reduce((n, g) => n + g.meetings.length, 0)}\n`);
        }
        io.stderr(`OK: ${path} decrypts and is valid (${st.fileBytes} bytes, save ${st.saveCounter}, ${plural(st.pendingRecords, 'change record')}).\n`);
        if (st.droppedTornRecord) io.stderr('Note: an unfinished change from an interrupted save was ignored; it had not been saved.\n');
        if (st.possibleRollback) io.stderr('Warning: a backup is newer than this vault. If you did not restore an old copy yourself, someone may have replaced the vault with an older one.\n');
        return EXIT.ok;
      }
      case 'export': {
        const [path] = need(1, '<vault>');
        vault = await Vault.open(path!, await secret(io, 'COMPEER_PASSPHRASE', 'Passphrase: '), { readOnly: true });
        const include = values['include-confidential'] === true;
        const format = values.format ?? 'json';
        if (format !== 'json' && format !== 'csv' && format !== 'vcard') throw new UsageError(`--format is json, csv or vcard, not "${format}".`);
        const json =
          format === 'csv'
            ? peersToCsv(vault.data.peers, include)
            : format === 'vcard'
              ? peersToVcard(vault.data.peers, include)
              : `${JSON.stringify(exportDocument(vault.data, { includeConfidential: include, now: io.now() }), null, 2)}\n`;
        if (values.out) {
          await writeFile(resolve(values.out), json, { mode: 0o600, flag: 'w' });
          io.stderr(`Exported to ${values.out}.\n`);
        } else {
          io.stdout(json);
        }
        if (include) io.stderr('This export holds your confidential notes as plain text. Keep it safe and delete it when done.\n');
        return EXIT.ok;
      }
      case 'import': {
        const [path, file] = need(2, '<vault> <file>');
        let text: string;
        try {
          text = await readFile(file!, 'utf8');
        } catch (e) {
          throw new CompeerError('NOT_FOUND', `Cannot read ${file}: ${(e as Error).message}`);
        }
        // read the whole file before the vault is opened: a bad file never touches the vault
        const format = detectFormat(text);
        const source: { json: Record<string, unknown> } | { contacts: ImportedContact[] } =
          format === 'compeer-json' ? { json: parseExportText(text) } : { contacts: readContacts(format, text) };
        vault = await Vault.open(path!, await secret(io, 'COMPEER_PASSPHRASE', 'Passphrase: '));
        if ('contacts' in source) {
          const plan = planContactImport(vault.data.peers, source.contacts, { now: io.now().toISOString(), newId: () => randomUUID() });
          const ops = plan.ops(new Set());
          if (ops.length) await vault.apply(ops);
          const n = (a: string) => plan.rows.filter((r) => r.action === a).length;
          io.stdout(`Read ${plural(source.contacts.length, 'contact')} (${FORMAT_LABELS[format]}).\nAdded: ${n('add')} peers\nMerged: ${n('merge')} peers\nUnchanged: ${n('skip')}\n`);
          for (const r of plan.rows) {
            for (const c of r.conflicts) io.stderr(`Line ${r.line} (${r.name}): kept ${c.field} "${c.existing}", not "${c.incoming}" (change it in the app if the file is right)\n`);
          }
          return EXIT.ok;
        }
        const plan = planJsonImport(vault.data, source.json);
        if (plan.ops.length > 0) await vault.apply(plan.ops);
        const line = (label: string, counts: Record<string, number>) => {
          const parts = COLLECTION_NAMES.filter((c) => counts[c]! > 0).map((c) => `${counts[c]} ${c}`);
          return `${label}: ${parts.length ? parts.join(', ') : 'nothing'}\n`;
        };
        io.stdout(line('Added', plan.added) + line('Updated', plan.updated) + `Unchanged: ${plural(plan.unchanged, 'record')}\n`);
        return EXIT.ok;
      }
      case 'passwd': {
        const [path] = need(1, '<vault>');
        const current = await secret(io, 'COMPEER_PASSPHRASE', 'Current passphrase: ');
        vault = await Vault.open(path!, current);
        const next = await secret(io, 'COMPEER_NEW_PASSPHRASE', 'New passphrase: ', true);
        const code = await vault.changePassphrase(current, next);
        io.stderr('Passphrase changed. The old passphrase and recovery code no longer open this vault (older backups still open with the old passphrase).\nYour new recovery code (shown once):\n');
        io.stdout(`${code}\n`);
        return EXIT.ok;
      }
      case 'backups': {
        const [path] = need(1, '<vault>');
        const list = await Vault.listBackupsOf(path!);
        if (list.length === 0) io.stderr('No backups yet: one is made each time the vault is saved afresh (on lock and quit).\n');
        for (const b of list) io.stdout(`${b.name}\t${b.createdAt}\t${b.bytes}\n`);
        return EXIT.ok;
      }
      case 'restore': {
        const [path, backup] = need(2, '<vault> <backup>');
        const pass = await secret(io, 'COMPEER_PASSPHRASE', "The backup's passphrase: ");
        await Vault.restoreBackup(path!, backup!, pass, { now: io.now });
        io.stderr(`Restored ${backup!.split(/[\\/]/).pop()} into ${path}. The vault as it was before is in its backups.\n`);
        return EXIT.ok;
      }
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`${e.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    if (isCompeerError(e)) {
      io.stderr(`${e.message}\n`);
      return exitFor(e.code);
    }
    io.stderr(`Unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.failure;
  } finally {
    await vault?.close().catch(() => undefined);
  }
}
