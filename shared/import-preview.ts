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

export interface ImportPreview {
  token: string;
  fileName: string;
  format: string;
  /** how the file's text was read: "UTF-8", "UTF-16 LE", "UTF-16 BE", "Windows-1252" or "UTF-8, some lines Windows-1252" (those lines named in `warnings`) */
  encoding: string;
  rows: ImportPreviewRow[];
  counts: { add: number; merge: number; skip: number; conflicts: number };
  /** what was left out or cut, by line; the rest imports */
  warnings: ImportWarning[];
  /** for a Compeer JSON export: what it adds and updates per collection */
  summary: string | null;
}

/** The largest file an import reads (the app and the command line alike). */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

/** Rounded up, so a file just over the cap never reads as "50.0 MB". */
export const importTooLarge = (name: string, bytes: number): string =>
  `${name} is ${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB; Compeer reads contacts files of up to ${IMPORT_MAX_BYTES / 1024 / 1024} MB. Nothing was imported.`;
