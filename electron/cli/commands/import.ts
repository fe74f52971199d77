import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { CompeerError } from '../../../shared/errors';
import { IMPORT_MAX_BYTES, importTooLarge, listWarnings } from '../../../shared/import-preview';
import { COLLECTION_NAMES } from '../../../shared/schema/document';
import { planJsonImport } from '../../core/exchange/json-import';
import { IMPORT_STEP, importContactsInSteps, livePeers, opsInSteps } from '../../core/import/plan';
import { checkImportFile } from '../../core/import/read-file';
import type { Vault, VaultOp } from '../../core/vault';
import type { CliIo } from '../io';
import { EXIT, plural, type Command } from '../context';
import { openToWrite } from '../writable';

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    const { size } = await stat(file);
    // refused before it is read: a huge file never fills memory
    if (size > IMPORT_MAX_BYTES) throw new CompeerError('INVALID_INPUT', importTooLarge(file, size));
    return await readFile(file);
  } catch (e) {
    if (e instanceof CompeerError) throw e;
    throw new CompeerError('NOT_FOUND', `Cannot read ${file}: ${(e as Error).message}`);
  }
}

/** Progress on stderr: one line rewritten in place on a terminal; elsewhere only the count at the end. */
function progress(io: CliIo, vault: Vault, what: string) {
  let steps = 0;
  let shown = false;
  const n = (x: number) => x.toLocaleString('en');
  return {
    save: (ops: VaultOp[]) => {
      steps++;
      return vault.apply(ops);
    },
    saved: (done: number, of: number) => {
      if (!io.stderrIsTTY || of <= IMPORT_STEP) return;
      shown = true;
      io.stderr(`\rSaving: ${n(done)} of ${n(of)} ${what}…`);
    },
    end: (changes: number) => {
      if (shown) io.stderr('\n');
      if (steps > 1) io.stderr(`Saved ${n(changes)} ${changes === 1 ? 'change' : 'changes'} in ${steps} steps.\n`);
    },
  };
}

export const importCommand: Command = {
  name: 'import',
  help:
    '  import <vault> <file>                     import a Compeer JSON export (merged by id), LinkedIn\n' +
    '                                            Connections.csv, Google Contacts CSV, Outlook CSV or\n' +
    '                                            vCard; the format and text encoding are read from the\n' +
    '                                            content; --accept-loss goes on without saved changes\n' +
    '                                            missing from the vault file (recorded in it)\n',
  run: async (ctx) => {
    const { io } = ctx;
    const [path, file] = ctx.paths(2, '<vault> <file>');
    // read and check the whole file before the vault is opened: a bad file never touches the vault
    let source: ReturnType<typeof checkImportFile> | null = checkImportFile(await readBytes(file!), file!);
    const vault = await openToWrite(ctx, path!, await ctx.secret('COMPEER_PASSPHRASE', 'Passphrase: '));
    if (source.format !== 'compeer-json') {
      const { contacts, count, label, encoding, log } = source;
      source = null;
      const shown = progress(io, vault, 'contacts');
      // saved a step at a time: a large file never becomes one huge change, nor sits in memory twice
      const done = await importContactsInSteps(
        livePeers(() => vault.data.peers),
        contacts(),
        count,
        { now: io.now().toISOString(), newId: () => randomUUID(), lifeEvents: vault.data.lifeEvents },
        shown.save,
        IMPORT_STEP,
        shown.saved,
      );
      shown.end(done.added + done.updated);
      // what was written, not what was planned: a row with only conflicts, or two rows for one
      // peer, write nothing more
      const leftOut = log.leftOut + done.log.leftOut;
      const how = encoding === 'UTF-8' ? label : `${label}, ${encoding}`;
      await ctx.out(
        `Read ${plural(count, 'contact')} (${how}).\nAdded: ${done.added} peers\nMerged: ${done.updated} peers\nUnchanged: ${done.unchanged}\n` +
          (leftOut ? `Left out: ${leftOut} (see the messages)\n` : ''),
      );
      for (const w of listWarnings(log, done.log)) io.stderr(`${w.message}\n`);
      for (const line of done.conflicts) io.stderr(`${line}\n`);
      if (done.conflictCount > done.conflicts.length)
        io.stderr(
          `…and ${(done.conflictCount - done.conflicts.length).toLocaleString('en')} more conflicts like these (the first ${done.conflicts.length} are listed).\n`,
        );
      return EXIT.ok;
    }
    const plan = planJsonImport(vault.data, source.json);
    source = null;
    const shown = progress(io, vault, 'records');
    const total = plan.ops.length;
    let saved = 0;
    for (const ops of opsInSteps(plan.ops, IMPORT_STEP)) {
      await shown.save(ops);
      shown.saved((saved += ops.length), total);
    }
    shown.end(total);
    const line = (label: string, counts: Record<string, number>) => {
      const parts = COLLECTION_NAMES.filter((c) => counts[c]! > 0).map((c) => `${counts[c]} ${c}`);
      return `${label}: ${parts.length ? parts.join(', ') : 'nothing'}\n`;
    };
    await ctx.out(line('Added', plan.added) + line('Updated', plan.updated) + `Unchanged: ${plural(plan.unchanged, 'record')}\n`);
    return EXIT.ok;
  },
};
