import { unzipSync } from 'fflate';
import { titleFrom } from '../../../shared/domain/journal/templates';
import { dayInZone, isTimeZone } from '../../../shared/domain/time-zones';
import { CompeerError } from '../../../shared/errors';
import { IMPORT_MAX_BYTES, type ImportItemRow, type WarningLog } from '../../../shared/import-preview';
import { journalEntrySchema, type JournalEntry } from '../../../shared/schema/document';
import type { VaultOp } from '../vault';
import { IMPORT_STEP } from './plan';
import { printable } from './text-check';

/**
 * Day One's JSON export (the .zip it makes, or the Journal.json inside): each entry becomes a
 * journal entry dated in the entry's own time zone, its text as Markdown, its tags (and
 * "starred"), confidential like every entry. Photos, audio, video and PDFs stay behind, named
 * in the preview. Keyed by Day One's uuid, so a second import adds nothing twice.
 */

export const DAY_ONE_MAX_ENTRIES = 100_000;
const BODY_MAX = journalEntrySchema.shape.body.unwrap().maxLength ?? 200_000;
const TAG_MAX = 200;

export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The journals (top-level .json files) of a Day One zip, as text; its photos and the like are not even inflated. */
export function journalsInZip(bytes: Uint8Array, name: string): { name: string; text: string }[] {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!/^[^/]+\.json$/i.test(f.name)) return false;
        total += f.originalSize;
        if (f.originalSize > IMPORT_MAX_BYTES || total > IMPORT_MAX_BYTES)
          throw new CompeerError(
            'INVALID_INPUT',
            `${name} holds more than ${IMPORT_MAX_BYTES / 1024 / 1024} MB of journal text; Compeer reads up to that at a time. Export the journal in parts (Day One exports a range of dates). Nothing was imported.`,
          );
        return true;
      },
    });
  } catch (e) {
    if (e instanceof CompeerError) throw e;
    throw new CompeerError(
      'UNSUPPORTED_FILE',
      `${name} is not a zip file Compeer can open (${(e as Error).message}). Nothing was imported.`,
    );
  }
  const journals = Object.entries(files).map(([n, b]) => {
    try {
      return { name: n, text: new TextDecoder('utf-8', { fatal: true }).decode(b) };
    } catch {
      throw new CompeerError('UNSUPPORTED_FILE', `${n} in ${name} is not UTF-8 text. Nothing was imported.`);
    }
  });
  if (journals.length === 0)
    throw new CompeerError(
      'UNSUPPORTED_FILE',
      `${name} has no journal in it (no .json file at its top). Export from Day One as JSON. Nothing was imported.`,
    );
  return journals;
}

/** Whether parsed JSON is a Day One export: an object with a list of entries and Day One's metadata (or entries with a uuid). */
export function isDayOneJson(json: unknown): json is { entries: unknown[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const j = json as Record<string, unknown>;
  if (!Array.isArray(j.entries) || 'format' in j) return false;
  if (typeof j.metadata === 'object' && j.metadata !== null) return true;
  const first = j.entries[0] as Record<string, unknown> | undefined;
  return typeof first === 'object' && first !== null && 'uuid' in first;
}

export interface DayOneEntry {
  uuid: string;
  line: number;
  /** YYYY-MM-DD in the entry's own zone */
  date: string;
  text: string;
  tags: string[];
  /** "2 photos, 1 audio recording": what stays behind */
  leftOut: string;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const ATTACHMENTS: [string, string, string][] = [
  ['photos', 'photo', 'photos'],
  ['audios', 'audio recording', 'audio recordings'],
  ['videos', 'video', 'videos'],
  ['pdfAttachments', 'PDF', 'PDFs'],
];
// Day One writes where a photo or recording sat as an image of its own scheme; they stay behind
const MOMENT = /!\[[^\]\n]*\]\(dayone-moment:[^)\n]*\)\n?/g;
const clean = (s: string) => printable(s).replace(/\uFFFD/g, ' ');

/**
 * The entries of a Day One journal, checked one by one: one without a uuid or a date is left
 * out with a warning by its place in the list; text too long is cut, with a warning.
 */
export function dayOneEntries(json: { entries: unknown[] }, journal: string, zone: string, log: WarningLog): DayOneEntry[] {
  if (json.entries.length > DAY_ONE_MAX_ENTRIES)
    throw new CompeerError(
      'INVALID_INPUT',
      `${journal} has ${json.entries.length.toLocaleString('en')} entries; Compeer imports up to ${DAY_ONE_MAX_ENTRIES.toLocaleString('en')} at a time. Export the journal in parts (Day One exports a range of dates). Nothing was imported.`,
    );
  const out: DayOneEntry[] = [];
  json.entries.forEach((raw, i) => {
    const n = i + 1;
    const where = `Entry ${n.toLocaleString('en')} of ${journal}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      log.push({ line: n, skipped: true, message: `${where}: not an entry; left out.` });
      return;
    }
    const e = raw as Record<string, unknown>;
    const uuid = typeof e.uuid === 'string' ? e.uuid.trim() : '';
    const created = typeof e.creationDate === 'string' ? Date.parse(e.creationDate) : NaN;
    if (!uuid || uuid.length > 200 || Number.isNaN(created)) {
      log.push({ line: n, skipped: true, message: `${where}: ${uuid ? 'no creation date Compeer can read' : 'no uuid'}; left out.` });
      return;
    }
    const entryZone = typeof e.timeZone === 'string' && isTimeZone(e.timeZone) ? e.timeZone : zone;
    let text = typeof e.text === 'string' ? clean(e.text).replace(MOMENT, '') : '';
    if (text.length > BODY_MAX) {
      log.push({
        line: n,
        skipped: false,
        message: `${where}: its text is longer than ${BODY_MAX.toLocaleString('en')} characters; the rest was cut.`,
      });
      text = text.slice(0, BODY_MAX);
    }
    const tags = Array.isArray(e.tags)
      ? e.tags.filter((t): t is string => typeof t === 'string').map((t) => clean(t).trim().slice(0, TAG_MAX))
      : [];
    if (e.starred === true) tags.push('starred');
    const folded = new Set<string>();
    const unique = tags.filter((t) => t && !folded.has(t.toLowerCase()) && folded.add(t.toLowerCase())).slice(0, 200);
    const left = ATTACHMENTS.flatMap(([k, one, many]) => (Array.isArray(e[k]) && e[k].length > 0 ? [count(e[k].length, one, many)] : []));
    if (!text.trim()) {
      log.push({ line: n, skipped: true, message: `${where}: no text${left.length ? ` (only ${left.join(', ')})` : ''}; left out.` });
      return;
    }
    out.push({ uuid, line: n, date: dayInZone(created, entryZone), text, tags: unique, leftOut: left.join(', ') });
  });
  return out;
}

export interface DayOnePlan {
  rows: ImportItemRow[];
  counts: { add: number; update: number; skip: number };
  opSteps: (leaveOut: ReadonlySet<number>, size?: number) => Generator<VaultOp[]>;
}

export const dayOneKey = (uuid: string): string => `dayone:${uuid}`;

/** Which entries are new (by uuid): each a journal entry, confidential. */
export function planDayOneImport(
  entries: readonly DayOneEntry[],
  journal: readonly Pick<JournalEntry, 'importKey'>[],
  opts: { now: string; newId: () => string },
): DayOnePlan {
  const have = new Set<string>();
  for (const j of journal) if (j.importKey) have.add(j.importKey);
  const rows: ImportItemRow[] = [];
  const records = new Map<number, JournalEntry>();
  const counts = { add: 0, update: 0, skip: 0 };
  for (const e of entries) {
    const key = dayOneKey(e.uuid);
    const title = titleFrom(e.text).slice(0, 300);
    const row: ImportItemRow = {
      row: rows.length,
      line: e.line,
      date: e.date,
      title,
      who: e.tags.join(', '),
      action: 'add',
      reason: null,
      skip: null,
      addresses: [],
      leftOut: e.leftOut,
    };
    if (have.has(key)) {
      row.action = 'skip';
      row.skip = 'imported';
      row.reason = 'already imported';
      counts.skip++;
    } else {
      have.add(key);
      counts.add++;
      records.set(
        row.row,
        journalEntrySchema.parse({
          id: opts.newId(),
          date: e.date,
          kind: 'free',
          title,
          body: e.text,
          tags: e.tags,
          confidential: true,
          importKey: key,
          createdAt: opts.now,
          updatedAt: opts.now,
        }),
      );
    }
    rows.push(row);
  }
  function* opSteps(leaveOut: ReadonlySet<number>, size = IMPORT_STEP): Generator<VaultOp[]> {
    let step: VaultOp[] = [];
    for (const [row, record] of records) {
      if (leaveOut.has(row)) continue;
      step.push({ op: 'put', collection: 'journal', record: record as unknown as Record<string, unknown> });
      if (step.length >= size) {
        yield step;
        step = [];
      }
    }
    if (step.length) yield step;
  }
  return { rows, counts, opSteps };
}
