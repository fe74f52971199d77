import { CompeerError } from '../../../shared/errors';
import { IMPORT_MAX_BYTES, importTooLarge, type ImportWarning } from '../../../shared/import-preview';
import { parseExportText } from '../exchange/json-import';
import type { ImportedContact } from './contact';
import { decodeBytes, type TextEncodingName } from './decode';
import { FORMAT_LABELS, contactsIn, sniffFormat, type ContactFormat } from './detect';

interface Read {
  /** e.g. "Google Contacts (CSV)" */
  label: string;
  encoding: TextEncodingName;
}
export type ImportFile =
  | (Read & { format: 'compeer-json'; json: Record<string, unknown> })
  | (Read & { format: ContactFormat; contacts: ImportedContact[]; warnings: ImportWarning[] });

type Opened = (Read & { format: 'compeer-json'; json: Record<string, unknown> }) | (Read & { format: ContactFormat; contacts: Iterable<ImportedContact>; warnings: ImportWarning[] });

function open(bytes: Uint8Array, name: string): Opened {
  if (bytes.byteLength > IMPORT_MAX_BYTES) throw new CompeerError('INVALID_INPUT', importTooLarge(name, bytes.byteLength));
  const { text, encoding, windows1252Lines } = decodeBytes(bytes);
  const { format, delimiter } = sniffFormat(text);
  const label = FORMAT_LABELS[format];
  if (format === 'compeer-json') return { format, label, encoding, json: parseExportText(text) };
  const warnings: ImportWarning[] = windows1252Lines ? [mixedEncodingWarning(windows1252Lines)] : [];
  return { format, label, encoding, contacts: contactsIn(format, text, delimiter, warnings), warnings };
}

/** The lines of a UTF-8 file that were read as Windows-1252, named (the first ten) so the user can check them. */
function mixedEncodingWarning(lines: readonly number[]): ImportWarning {
  const n = (x: number) => x.toLocaleString('en');
  const shown = lines.slice(0, 10).map(n);
  const one = lines.length === 1;
  const list = one ? `Line ${shown[0]} is` : lines.length <= 10 ? `Lines ${shown.slice(0, -1).join(', ')} and ${shown.at(-1)} are` : `Lines ${shown.join(', ')} and ${n(lines.length - 10)} more are`;
  return { line: lines[0]!, skipped: false, message: `${list} not UTF-8 like the rest of the file, so ${one ? 'it was' : 'they were'} read as Windows-1252 (check the names on ${one ? 'it' : 'them'}).` };
}

/** A contacts file where not one contact could be read is refused with what went wrong. */
function checked(file: ImportFile): ImportFile {
  if (file.format === 'compeer-json' || file.contacts.length > 0 || file.warnings.length === 0) return file;
  const shown = file.warnings.slice(0, 3).map((w) => w.message);
  if (file.warnings.length > 3) shown.push(`(${file.warnings.length - 3} more.)`);
  throw new CompeerError('UNSUPPORTED_FILE', `${shown.join(' ')} Nothing was imported.`);
}

/**
 * A file to import, from its bytes (the app and the command line read files the same way):
 * size cap, text encoding, format from the content, then its contacts or the Compeer export.
 */
export function readImportFile(bytes: Uint8Array, name: string): ImportFile {
  const file = open(bytes, name);
  if (file.format === 'compeer-json') return file;
  return checked({ ...file, contacts: [...file.contacts] });
}

/** The same, with `pause()` after each slice of contacts, so a large file never holds the main process for long. */
export async function readImportFileInSlices(bytes: Uint8Array, name: string, pause: () => Promise<void>, slice = 2_000): Promise<ImportFile> {
  const file = open(bytes, name);
  if (file.format === 'compeer-json') return file;
  const contacts: ImportedContact[] = [];
  for (const c of file.contacts) {
    if (contacts.push(c) % slice === 0) await pause();
  }
  return checked({ ...file, contacts });
}
