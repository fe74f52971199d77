import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { CompeerError } from '../../../shared/errors';
import { IMPORT_MAX_BYTES, importTooLarge, listWarnings } from '../../../shared/import-preview';
import { COLLECTION_NAMES, type CollectionName } from '../../../shared/schema/document';
import { planJsonImport } from '../../core/exchange/json-import';
import { IMPORT_STEP, importContactsInSteps, livePeers, opsInSteps } from '../../core/import/plan';
import { checkImportFile } from '../../core/import/read-file';
import type { Vault, VaultOp } from '../../core/vault';
import type { CliIo } from '../io';
import { dayInZone, zoneOrLocal } from '../../../shared/domain/time-zones';
import { MEETING_SKIP_WORDS, type MeetingSkip } from '../../../shared/import-preview';
import { openEntriesFile, planEntriesFile, zoneOfVault, type EntriesFile } from '../../core/import/entries-file';
import { EXIT, UsageError, plural, type Command, type CommandContext } from '../context';
import { dayOption } from '../dates';
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
    '                                            missing from the vault file (recorded in it)\n' +
    '  import <vault> <file.ics> [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--me EMAIL]...\n' +
    '                                            a calendar: each meeting with a peer in it becomes an\n' +
    '                                            interaction (until today unless --until); --me names\n' +
    '                                            your own addresses (declined meetings are skipped)\n' +
    '  import <vault> <Day One .zip or Journal.json>\n' +
    '                                            Day One entries become confidential journal entries\n',
  run: async (ctx) => {
    const { io } = ctx;
    const [path, file] = ctx.paths(2, '<vault> <file>');
    const bytes = await readBytes(file!);
    // a calendar or a Day One journal: read and checked (in the machine's zone) before the vault is opened
    const machineZone = zoneOrLocal(null);
    const until = dayOption('until', ctx.options.until, dayInZone(io.now().getTime(), machineZone));
    const since = ctx.options.since === undefined ? null : dayOption('since', ctx.options.since, until);
    if (since && since > until) throw new UsageError(`--since (${since}) is after --until (${until}).`);
    const entries = openEntriesFile(bytes, file!, { since, until, zone: machineZone });
    if (entries) return importEntries(ctx, path!, file!, bytes, entries, { since, until, machineZone });
    if (ctx.options.since !== undefined || ctx.options.until !== undefined || ctx.options.me.length > 0)
      throw new UsageError('--since, --until and --me are for a calendar (.ics) import.');
    // read and check the whole file before the vault is opened: a bad file never touches the vault
    let source: ReturnType<typeof checkImportFile> | null = checkImportFile(bytes, file!);
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
        `Read ${plural(count, 'contact')} (${how}).\nAdded: ${plural(done.added, 'peer')}\nMerged: ${plural(done.updated, 'peer')}\nUnchanged: ${done.unchanged}\n` +
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
      const parts = COLLECTION_NAMES.filter((c) => counts[c]! > 0).map((c) => plural(counts[c]!, ONE[c], c));
      return `${label}: ${parts.length ? parts.join(', ') : 'nothing'}\n`;
    };
    await ctx.out(line('Added', plan.added) + line('Updated', plan.updated) + `Unchanged: ${plural(plan.unchanged, 'record')}\n`);
    return EXIT.ok;
  },
};

/** A collection's name for one record ("1 peer", "2 peers"); the journal reads the same either way. */
const ONE: Record<CollectionName, string> = {
  peers: 'peer',
  ties: 'tie',
  interactions: 'interaction',
  lifeEvents: 'lifeEvent',
  notes: 'note',
  journal: 'journal',
  groups: 'group',
  goals: 'goal',
  opportunities: 'opportunity',
};

/**
 * A calendar's meetings or a Day One journal's entries, saved a step at a time. Prints what
 * the file had, then "Added", "Updated" (meetings moved in the calendar), "Skipped" with why.
 * Titles are never printed: a private meeting's or an entry's words stay in the vault.
 */
async function importEntries(
  ctx: CommandContext,
  path: string,
  name: string,
  bytes: Uint8Array,
  checked: EntriesFile,
  window: { since: string | null; until: string; machineZone: string },
): Promise<number> {
  const { io } = ctx;
  const vault = await openToWrite(ctx, path, await ctx.secret('COMPEER_PASSPHRASE', 'Passphrase: '));
  const zone = zoneOfVault(vault.data);
  // the person's own zone, if the vault names one, decides the days: read again in it
  let file = checked;
  if (zone !== window.machineZone && file.format === 'ics') {
    const until = ctx.options.until ?? dayInZone(io.now().getTime(), zone);
    file = openEntriesFile(bytes, name, { since: window.since, until, zone }) ?? checked;
  }
  const plan = planEntriesFile(file, vault.data, { now: io.now().toISOString(), newId: () => randomUUID(), zone, mine: ctx.options.me });
  const shown = progress(io, vault, file.format === 'ics' ? 'meetings' : 'entries');
  const total = plan.counts.add + plan.counts.update;
  let saved = 0;
  for (const ops of plan.opSteps(new Set(), IMPORT_STEP)) {
    await shown.save(ops);
    shown.saved((saved += ops.length), total);
  }
  shown.end(saved);
  const n = (x: number) => x.toLocaleString('en');
  const how = file.encoding === 'UTF-8' ? file.label : `${file.label}, ${file.encoding}`;
  const what = file.format === 'ics' ? 'interactions' : 'journal entries';
  const one = file.format === 'ics' ? 'interaction' : 'journal entry';
  const lines = [`Read ${plan.read} (${how}).`, `Added: ${n(plan.counts.add)} ${plan.counts.add === 1 ? one : what}`];
  if (file.format === 'ics') {
    lines.push(`Updated: ${n(plan.counts.update)} (moved in the calendar)`);
    if (file.calendar.outside) lines.push(`Outside the dates: ${n(file.calendar.outside)}`);
  }
  lines.push(`Skipped: ${n(plan.counts.skip)}`);
  for (const [why, count] of Object.entries(plan.skips) as [MeetingSkip, number][]) lines.push(`  ${MEETING_SKIP_WORDS[why]}: ${n(count)}`);
  if (file.log.leftOut) lines.push(`Left out: ${n(file.log.leftOut)} (see the messages)`);
  await ctx.out(`${lines.join('\n')}\n`);
  for (const w of listWarnings(file.log)) io.stderr(`${w.message}\n`);
  if (file.format === 'day-one') {
    const kept = plan.rows.filter((r) => r.leftOut && r.action === 'add');
    if (kept.length)
      io.stderr(
        `${n(kept.length)} ${kept.length === 1 ? 'entry had' : 'entries had'} photos, audio or other files; only their text was imported.\n`,
      );
  }
  return EXIT.ok;
}
