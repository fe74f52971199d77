import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { CompeerError } from '../../../shared/errors';
import { IMPORT_MAX_BYTES, importTooLarge } from '../../../shared/import-preview';
import { COLLECTION_NAMES } from '../../../shared/schema/document';
import { planJsonImport } from '../../core/exchange/json-import';
import { countWritten, planContactImport } from '../../core/import/plan';
import { readImportFile } from '../../core/import/read-file';
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
    // read the whole file before the vault is opened: a bad file never touches the vault
    const source = readImportFile(await readBytes(file!), file!);
    const vault = await openToWrite(ctx, path!, await ctx.secret('COMPEER_PASSPHRASE', 'Passphrase: '));
    if (source.format !== 'compeer-json') {
      const existing = new Set(vault.data.peers.map((p) => p.id));
      const plan = planContactImport(vault.data.peers, source.contacts, { now: io.now().toISOString(), newId: () => randomUUID(), lifeEvents: vault.data.lifeEvents });
      const ops = plan.ops(new Set());
      if (ops.length) await vault.apply(ops);
      // what was written, not what was planned: a row with only conflicts, or two rows for one
      // peer, write nothing more
      const written = countWritten(ops, existing);
      const writtenIds = new Set(ops.map((o) => (o.op === 'put' ? (o.record.id as string) : '')));
      const unchanged = plan.peerIds.filter((id) => !writtenIds.has(id)).length;
      const warnings = [...source.warnings, ...plan.warnings].sort((a, b) => a.line - b.line);
      const skipped = warnings.filter((w) => w.skipped).length;
      const how = source.encoding === 'UTF-8' ? source.label : `${source.label}, ${source.encoding}`;
      await ctx.out(
        `Read ${plural(source.contacts.length, 'contact')} (${how}).\nAdded: ${written.added} peers\nMerged: ${written.updated} peers\nUnchanged: ${unchanged}\n` +
          (skipped ? `Left out: ${skipped} (see the messages)\n` : ''),
      );
      for (const w of warnings) io.stderr(`${w.message}\n`);
      plan.rows.forEach((r) => {
        for (const c of r.conflicts) io.stderr(`Line ${r.line} (${r.name}): kept ${c.field} "${c.existing}", not "${c.incoming}" (change it in the app if the file is right)\n`);
      });
      return EXIT.ok;
    }
    const plan = planJsonImport(vault.data, source.json);
    if (plan.ops.length > 0) await vault.apply(plan.ops);
    const line = (label: string, counts: Record<string, number>) => {
      const parts = COLLECTION_NAMES.filter((c) => counts[c]! > 0).map((c) => `${counts[c]} ${c}`);
      return `${label}: ${parts.length ? parts.join(', ') : 'nothing'}\n`;
    };
    await ctx.out(line('Added', plan.added) + line('Updated', plan.updated) + `Unchanged: ${plural(plan.unchanged, 'record')}\n`);
    return EXIT.ok;
  },
};
