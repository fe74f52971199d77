import type { Day } from '../../../shared/domain/days';
import { zoneOrLocal } from '../../../shared/domain/time-zones';
import { CompeerError } from '../../../shared/errors';
import {
  IMPORT_MAX_BYTES,
  WarningLog,
  listWarnings,
  type ImportItemRow,
  type ImportPreview,
  type MeetingSkip,
} from '../../../shared/import-preview';
import type { VaultDocument } from '../../../shared/schema/document';
import type { VaultOp } from '../vault';
import { readCalendar, type CalendarRead } from './calendar';
import { planCalendarImport, skipsInWords } from './calendar-plan';
import { dayOneEntries, isDayOneJson, isZip, journalsInZip, planDayOneImport, type DayOneEntry } from './day-one';
import { decodeBytes, type TextEncodingName } from './decode';
import { binaryIn } from './text-check';

/**
 * Imports that bring dated things rather than people: a calendar (.ics) whose meetings become
 * interactions, and a Day One export whose entries become journal entries. Recognised from
 * the content (never the name), read whole (within caps), then planned against the vault.
 */

export type EntriesFormat = 'ics' | 'day-one';
export const ENTRIES_LABELS: Record<EntriesFormat, string> = { ics: 'Calendar (iCalendar .ics)', 'day-one': 'Day One (JSON)' };

export interface EntriesWindow {
  /** the first and last day of meetings taken; null: from the first (until: today) */
  since: Day | null;
  until: Day | null;
  /** the person's own zone (the vault's me.timeZone if it names one; else the machine's) */
  zone: string;
}

export type EntriesFile =
  | { format: 'ics'; label: string; encoding: TextEncodingName; calendar: CalendarRead; log: WarningLog }
  | { format: 'day-one'; label: string; encoding: TextEncodingName; entries: DayOneEntry[]; log: WarningLog };

/** The zone a vault's days are in: its person's own, if they named a real one. */
export const zoneOfVault = (doc: Pick<VaultDocument, 'me'>): string => zoneOrLocal(doc.me.timeZone);

const looksLikeDayOne = (head: string) => /"entries"\s*:/.test(head) && !/"compeer-export"/.test(head);

/**
 * A calendar or Day One file, read; null for any other file (a contacts export, a Compeer
 * export), which the contact import reads. Refused with a plain message, nothing imported,
 * when it is too large, damaged, or beyond the caps.
 */
export function openEntriesFile(bytes: Uint8Array, name: string, window: EntriesWindow): EntriesFile | null {
  if (bytes.byteLength > IMPORT_MAX_BYTES) return null;
  const log = new WarningLog();
  if (isZip(bytes)) {
    const entries: DayOneEntry[] = [];
    for (const j of journalsInZip(bytes, name)) {
      const json = parseJson(j.text, `${j.name} in ${name}`);
      if (!isDayOneJson(json))
        throw new CompeerError(
          'UNSUPPORTED_FILE',
          `${j.name} in ${name} is not a Day One journal (it has no "entries"). Nothing was imported.`,
        );
      entries.push(...dayOneEntries(json, j.name.replace(/\.json$/i, ''), window.zone, log));
    }
    return { format: 'day-one', label: ENTRIES_LABELS['day-one'], encoding: 'UTF-8', entries, log };
  }
  const { text, encoding } = decodeBytes(bytes);
  const s = text.replace(/^\uFEFF/, '').trimStart();
  const isCalendar = /^BEGIN:VCALENDAR/i.test(s);
  const isJournal = s.startsWith('{') && looksLikeDayOne(s.slice(0, 4096));
  if (!isCalendar && !isJournal) return null;
  const binary = binaryIn(text);
  if (binary)
    throw new CompeerError(
      'UNSUPPORTED_FILE',
      `This file holds binary data (a control character ${binary.code} on line ${binary.line.toLocaleString('en')}), not the text of a ${isCalendar ? 'calendar' : 'journal'}, so Compeer does not read it. Nothing was imported.`,
    );
  if (isCalendar) {
    const calendar = readCalendar(s, window);
    return { format: 'ics', label: ENTRIES_LABELS.ics, encoding, calendar, log: calendar.log };
  }
  const json = parseJson(s, name);
  if (!isDayOneJson(json))
    throw new CompeerError('UNSUPPORTED_FILE', `${name} is not a Day One journal (it has no "entries"). Nothing was imported.`);
  const entries = dayOneEntries(json, name.replace(/^.*[\\/]/, '').replace(/\.json$/i, ''), window.zone, log);
  return { format: 'day-one', label: ENTRIES_LABELS['day-one'], encoding, entries, log };
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CompeerError('UNSUPPORTED_FILE', `${name} is not valid JSON (${(e as Error).message}). Nothing was imported.`);
  }
}

export interface EntriesPlan {
  rows: ImportItemRow[];
  counts: { add: number; update: number; skip: number };
  skips: Partial<Record<MeetingSkip, number>>;
  /** what the file had: "412 events" or "1,203 entries" */
  read: string;
  opSteps: (leaveOut: ReadonlySet<number>, size?: number) => Generator<VaultOp[]>;
}

/** What a calendar or Day One file adds to a vault, and what it skips and why. */
export function planEntriesFile(
  file: EntriesFile,
  doc: Pick<VaultDocument, 'peers' | 'interactions' | 'journal' | 'settings'>,
  opts: { now: string; newId: () => string; zone: string; mine?: readonly string[] },
): EntriesPlan {
  if (file.format === 'ics') {
    // the person's addresses: Settings', the command line's, and the calendar's owner if the file names one
    const mine = [...(doc.settings.ownEmails ?? []), ...(opts.mine ?? []), ...(file.calendar.owner ? [file.calendar.owner] : [])];
    const plan = planCalendarImport(file.calendar.occurrences, doc.peers, doc.interactions, {
      mine,
      zone: opts.zone,
      now: opts.now,
      newId: opts.newId,
    });
    const n = file.calendar.events;
    return { ...plan, read: `${n.toLocaleString('en')} ${n === 1 ? 'event' : 'events'}` };
  }
  if (file.entries.length === 0 && file.log.count === 0)
    throw new CompeerError('UNSUPPORTED_FILE', 'The journal has no entries in it. Nothing was imported.');
  const plan = planDayOneImport(file.entries, doc.journal, opts);
  const n = file.entries.length;
  return {
    ...plan,
    skips: plan.counts.skip ? { imported: plan.counts.skip } : {},
    read: `${n.toLocaleString('en')} ${n === 1 ? 'entry' : 'entries'}`,
  };
}

/** The preview of a calendar or Day One import: its rows, what it adds, updates and skips and why. */
export function entriesPreview(token: string, fileName: string, file: EntriesFile, plan: EntriesPlan): ImportPreview {
  const outside = file.format === 'ics' ? file.calendar.outside : 0;
  const skipped = skipsInWords(plan.skips);
  return {
    token,
    fileName,
    format: file.label,
    encoding: file.encoding,
    rows: [],
    kind: file.format === 'ics' ? 'calendar' : 'journal',
    items: plan.rows,
    skips: plan.skips,
    counts: { add: plan.counts.add, merge: plan.counts.update, skip: plan.counts.skip, conflicts: 0 },
    warnings: listWarnings(file.log),
    warningCount: file.log.count,
    leftOut: file.log.leftOut,
    summary:
      `Read ${plan.read}. Adds ${plan.counts.add.toLocaleString('en')} ${file.format === 'ics' ? 'interactions' : 'journal entries'}` +
      (plan.counts.update ? `; moves ${plan.counts.update.toLocaleString('en')} (moved in the calendar)` : '') +
      (skipped.length ? `; skips ${skipped.join(', ')}` : '') +
      (outside ? `; ${outside.toLocaleString('en')} outside the dates` : '') +
      '.',
  };
}

/**
 * The changes of a step without what the vault got since the preview (the same file imported
 * from another preview meanwhile): an add whose key is already there is dropped.
 */
export function withoutImported(ops: VaultOp[], doc: Pick<VaultDocument, 'interactions' | 'journal'>): VaultOp[] {
  const keys = new Map<string, string>();
  for (const r of [...doc.interactions, ...doc.journal]) if (r.importKey) keys.set(r.importKey, r.id);
  return ops.filter((o) => {
    if (o.op !== 'put') return true;
    const key = o.record.importKey;
    const id = typeof key === 'string' ? keys.get(key) : undefined;
    return id === undefined || id === o.record.id;
  });
}
