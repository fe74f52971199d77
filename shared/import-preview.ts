/** What an import will do, shown before anything changes (crosses the bridge). */
export interface ImportConflict {
  /** stable key to choose the incoming value: `${row}:${field}` */
  key: string;
  field: string;
  existing: string;
  incoming: string;
}

export interface ImportPreviewRow {
  row: number;
  line: number;
  name: string;
  company: string;
  /** when we connected (LinkedIn's "Connected On"), YYYY-MM-DD, if the file says */
  connectedOn: string | null;
  action: 'add' | 'merge' | 'skip';
  /** the peer it merges into (an existing one, or one added earlier in the same file) */
  matchedName: string | null;
  matchedBy: 'LinkedIn profile' | 'email' | 'name and company' | null;
  fills: string[];
  conflicts: ImportConflict[];
}

/**
 * Something in the file that was left out or cut to fit, or a contact that was skipped, by
 * its line (or the line its card begins on). The message is a whole sentence naming the line.
 */
export interface ImportWarning {
  line: number;
  message: string;
  /** true when the whole contact (or card) was left out */
  skipped: boolean;
}

/** Why a calendar's event is not imported (or not again): each is counted in the preview. */
export const MEETING_SKIPS = ['cancelled', 'declined', 'all-day', 'no-peer', 'imported', 'edited'] as const;
export type MeetingSkip = (typeof MEETING_SKIPS)[number];
export const MEETING_SKIP_WORDS: Record<MeetingSkip, string> = {
  cancelled: 'cancelled',
  declined: 'you declined it',
  'all-day': 'an all-day event',
  'no-peer': 'none of your peers is in it',
  imported: 'already imported',
  edited: 'moved in the calendar, but you changed its date: kept as you have it',
};

/**
 * One thing a calendar or journal import brings (a meeting, a journal entry): added, updated
 * (a meeting moved in the calendar) or skipped, and why.
 */
export interface ImportItemRow {
  row: number;
  line: number;
  /** YYYY-MM-DD: the day it becomes */
  date: string;
  /** its title ("Private event" for one marked private: the preview never shows what it hides) */
  title: string;
  /** the peers in a meeting, by name; for a meeting with none, its addresses */
  who: string;
  action: 'add' | 'update' | 'skip';
  /** why it is skipped (MEETING_SKIP_WORDS), or how it is updated; null for an add */
  reason: string | null;
  skip: MeetingSkip | null;
  /** a meeting with no peer: the addresses in it (not yours), to add one as a peer */
  addresses: string[];
  /** photos, audio and the like an entry had, left out ("2 photos, 1 audio recording") */
  leftOut: string;
}

export interface ImportPreview {
  token: string;
  fileName: string;
  format: string;
  /** how the file's text was read: "UTF-8", "UTF-16 LE", "UTF-16 BE", "Windows-1252" or "UTF-8, some lines Windows-1252" (those lines named in `warnings`) */
  encoding: string;
  rows: ImportPreviewRow[];
  counts: { add: number; merge: number; skip: number; conflicts: number };
  /** what was left out or cut, by line (the first 100, then one line for the rest); the rest imports */
  warnings: ImportWarning[];
  /** how many warnings there were in all, and how many of them left a contact out */
  warningCount: number;
  leftOut: number;
  /** for a Compeer JSON export: what it adds and updates per collection */
  summary: string | null;
  /** a calendar or Day One import: what it brings, one row each (`rows` is then empty) */
  kind?: 'calendar' | 'journal';
  items?: ImportItemRow[];
  /** a calendar import: events skipped, by why */
  skips?: Partial<Record<MeetingSkip, number>>;
}

/** How far a long import has come (sent as it goes, so the window can show it). */
export interface ImportProgress {
  phase: 'reading' | 'checking' | 'saving';
  /** contacts, files or changes done so far */
  done: number;
  total: number | null;
}

/** The largest file an import reads (the app and the command line alike). */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
/**
 * The most contacts one file brings: LinkedIn stops at 30,000 connections, Google Contacts at
 * 25,000 and iCloud at 50,000, so every real export fits; a file this size is read, planned
 * and saved within a minute (`npm run bench` prints the figures).
 */
export const IMPORT_MAX_CONTACTS = 100_000;
/** The most records one Compeer export brings: six times the heavy vault's 31,000. */
export const IMPORT_MAX_RECORDS = 200_000;

const SPLIT = "Split it into smaller files (a CSV file's parts each starting with its header row) and import them one after another.";
const mb = (bytes: number) => (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1);

/** Rounded up, so a file just over the cap never reads as "50.0 MB". */
export const importTooLarge = (name: string, bytes: number): string =>
  `${name} is ${mb(bytes)} MB; Compeer reads contacts files of up to ${IMPORT_MAX_BYTES / 1024 / 1024} MB. ${SPLIT} Nothing was imported.`;

export const tooManyContacts = (name: string): string =>
  `${name} has more than ${IMPORT_MAX_CONTACTS.toLocaleString('en')} contacts; Compeer imports up to ${IMPORT_MAX_CONTACTS.toLocaleString('en')} from one file. ${SPLIT} Nothing was imported.`;

/** Markdown files at once: their text in all, as for one contacts file. */
export const markdownTooLarge = (chars: number): string =>
  `These files hold ${mb(chars)} MB of text; Compeer imports up to ${IMPORT_MAX_BYTES / 1024 / 1024} MB of Markdown at a time. Choose fewer files (a folder's subfolders one by one) and import them one after another. Nothing was imported.`;

export const tooManyRecords = (name: string, records: number): string =>
  `${name} holds ${records.toLocaleString('en')} records; Compeer imports up to ${IMPORT_MAX_RECORDS.toLocaleString('en')} from one export. Split its lists over several files, each with the export's "format" and "version", and import them one after another. Nothing was imported.`;

/** Warnings an import keeps, in the order found (the rest are only counted): a file of junk never fills memory. */
export const WARNINGS_KEPT = 1_000;
/** Warnings shown, by line (in the preview and on stderr); one more line says how many were not. */
export const WARNINGS_LISTED = 100;

/** Where an import's warnings go: the first WARNINGS_KEPT are kept, every one is counted. */
export class WarningLog {
  readonly kept: ImportWarning[] = [];
  count = 0;
  /** warnings that left a whole contact out */
  leftOut = 0;
  push(w: ImportWarning): void {
    this.count++;
    if (w.skipped) this.leftOut++;
    if (this.kept.length < WARNINGS_KEPT) this.kept.push(w);
  }
}

/** Anything warnings can be pushed to: a WarningLog, or a plain list. */
export type WarningSink = Pick<WarningLog, 'push'>;

/** What is shown of some logs' warnings: the first WARNINGS_LISTED by line, and a line for the rest. */
export function listWarnings(...logs: readonly Pick<WarningLog, 'kept' | 'count'>[]): ImportWarning[] {
  const shown = logs
    .flatMap((l) => l.kept)
    .sort((a, b) => a.line - b.line)
    .slice(0, WARNINGS_LISTED);
  const more = logs.reduce((n, l) => n + l.count, 0) - shown.length;
  if (more > 0)
    shown.push({
      line: shown.at(-1)?.line ?? 0,
      skipped: false,
      message: `…and ${more.toLocaleString('en')} more like these (the first ${shown.length} are listed).`,
    });
  return shown;
}
