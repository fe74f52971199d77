import { CompeerError } from '../../../shared/errors';
import type { ImportWarning, WarningSink } from '../../../shared/import-preview';
import type { ImportedContact } from './contact';
import { googleContacts, isGoogleHeader, isLinkedInHeader, linkedInContacts } from './contacts-csv';
import { CSV_DELIMITERS, csvRecords, type CsvDelimiter } from './csv';
import { isOutlookHeader, outlookContacts } from './outlook-csv';
import { vcardContacts } from './vcard';

export type ContactFormat = 'linkedin' | 'google-csv' | 'outlook-csv' | 'vcard';
export type ImportFormat = 'compeer-json' | ContactFormat;

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  'compeer-json': 'Compeer export (JSON)',
  linkedin: 'LinkedIn connections (CSV)',
  'google-csv': 'Google Contacts (CSV)',
  'outlook-csv': 'Outlook contacts (CSV)',
  vcard: 'vCard',
};

// LinkedIn puts a few lines of notes before its header; no export puts more than this
const HEAD_RECORDS = 12;

/** A CSV format recognised from its first records (not lines: a quoted note may span many). */
function csvFormatOf(text: string, delimiter: CsvDelimiter): ContactFormat | null {
  let n = 0;
  for (const row of csvRecords(text, delimiter)) {
    if (isLinkedInHeader(row.cells)) return 'linkedin';
    if (n === 0 && isGoogleHeader(row.cells)) return 'google-csv';
    if (n === 0 && isOutlookHeader(row.cells)) return 'outlook-csv';
    if (++n >= HEAD_RECORDS) break;
  }
  return null;
}

/** Which format a file is in, from its content (never its name); for CSV, its delimiter too. */
export function sniffFormat(text: string): { format: ImportFormat; delimiter: CsvDelimiter } {
  const s = text.replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('{')) return { format: 'compeer-json', delimiter: ',' };
  if (/^BEGIN:VCARD/i.test(s)) return { format: 'vcard', delimiter: ',' };
  if (s.length === 0) throw new CompeerError('UNSUPPORTED_FILE', 'The file is empty. Nothing was imported.');
  if (/[\0]/.test(s.slice(0, 4096)))
    throw new CompeerError('UNSUPPORTED_FILE', 'This looks like a binary file, not a contacts export. Nothing was imported.');
  // the delimiter is the one whose header Compeer knows: "," or ";" (Excel in much of Europe) or tab
  let firstError: Error | null = null;
  for (const delimiter of CSV_DELIMITERS) {
    try {
      const format = csvFormatOf(s, delimiter);
      if (format) return { format, delimiter };
    } catch (e) {
      firstError ??= e instanceof Error ? e : new Error(String(e));
    }
  }
  if (firstError) throw firstError;
  throw new CompeerError(
    'UNSUPPORTED_FILE',
    'Compeer cannot tell what this file is. It reads LinkedIn Connections.csv, Google Contacts CSV, Outlook CSV, vCard (.vcf) and Compeer JSON exports. Nothing was imported.',
  );
}

export const detectFormat = (text: string): ImportFormat => sniffFormat(text).format;

/**
 * The contacts of a file one at a time, as its records are read (so a caller can pause
 * between slices); what is left out goes into `warnings`.
 */
export function contactsIn(format: ContactFormat, text: string, delimiter: CsvDelimiter, warnings: WarningSink): Iterable<ImportedContact> {
  if (format === 'vcard') return vcardContacts(text, warnings);
  const records = csvRecords(text, delimiter);
  return format === 'linkedin' ? linkedInContacts(records) : format === 'google-csv' ? googleContacts(records) : outlookContacts(records);
}

/** Parse a contacts file (any format but Compeer JSON) into contacts, and what was left out. */
export function readContacts(
  format: ContactFormat,
  text: string,
  delimiter: CsvDelimiter = sniffFormat(text).delimiter,
): { contacts: ImportedContact[]; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  return { contacts: [...contactsIn(format, text, delimiter, warnings)], warnings };
}
