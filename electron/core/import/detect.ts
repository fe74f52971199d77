import { CompeerError } from '../../../shared/errors';
import type { ImportedContact } from './contact';
import { findLinkedInHeader, isGoogleHeader, parseGoogleCsv, parseLinkedIn } from './contacts-csv';
import { parseCsv } from './csv';
import { parseVcards } from './vcard';

export type ImportFormat = 'compeer-json' | 'linkedin' | 'google-csv' | 'vcard';

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  'compeer-json': 'Compeer export (JSON)',
  linkedin: 'LinkedIn connections (CSV)',
  'google-csv': 'Google Contacts (CSV)',
  vcard: 'vCard',
};

/** Which format a file is in, from its content (never its name). */
export function detectFormat(text: string): ImportFormat {
  const s = text.replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('{')) return 'compeer-json';
  if (/^BEGIN:VCARD/i.test(s)) return 'vcard';
  if (s.length === 0) throw new CompeerError('UNSUPPORTED_FILE', 'The file is empty. Nothing was imported.');
  if (/[\0]/.test(s.slice(0, 4096))) throw new CompeerError('UNSUPPORTED_FILE', 'This looks like a binary file, not a contacts export. Nothing was imported.');
  const head = parseCsv(s.slice(0, 64 * 1024).split(/\r?\n/).slice(0, 12).join('\n'));
  if (findLinkedInHeader(head) >= 0) return 'linkedin';
  if (head[0] && isGoogleHeader(head[0].cells)) return 'google-csv';
  throw new CompeerError(
    'UNSUPPORTED_FILE',
    'Compeer cannot tell what this file is. It reads LinkedIn Connections.csv, Google Contacts CSV, vCard (.vcf) and Compeer JSON exports. Nothing was imported.',
  );
}

/** Parse a contacts file (any format but Compeer JSON) into contacts. */
export function readContacts(format: Exclude<ImportFormat, 'compeer-json'>, text: string): ImportedContact[] {
  if (format === 'vcard') return parseVcards(text);
  const rows = parseCsv(text);
  return format === 'linkedin' ? parseLinkedIn(rows) : parseGoogleCsv(rows);
}
