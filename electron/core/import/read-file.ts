import { CompeerError } from '../../../shared/errors';
import { IMPORT_MAX_BYTES, importTooLarge, type ImportWarning } from '../../../shared/import-preview';
import { parseExportText } from '../exchange/json-import';
import type { ImportedContact } from './contact';
import { decodeBytes, type TextEncodingName } from './decode';
import { FORMAT_LABELS, readContacts, sniffFormat, type ContactFormat } from './detect';

interface Read {
  /** e.g. "Google Contacts (CSV)" */
  label: string;
  encoding: TextEncodingName;
}
export type ImportFile =
  | (Read & { format: 'compeer-json'; json: Record<string, unknown> })
  | (Read & { format: ContactFormat; contacts: ImportedContact[]; warnings: ImportWarning[] });

/**
 * A file to import, from its bytes (the app and the command line read files the same way):
 * size cap, text encoding, format from the content, then its contacts or the Compeer export.
 * A contacts file where not one contact could be read is refused with what went wrong.
 */
export function readImportFile(bytes: Uint8Array, name: string): ImportFile {
  if (bytes.byteLength > IMPORT_MAX_BYTES) throw new CompeerError('INVALID_INPUT', importTooLarge(name, bytes.byteLength));
  const { text, encoding } = decodeBytes(bytes);
  const { format, delimiter } = sniffFormat(text);
  const label = FORMAT_LABELS[format];
  if (format === 'compeer-json') return { format, label, encoding, json: parseExportText(text) };
  const { contacts, warnings } = readContacts(format, text, delimiter);
  if (contacts.length === 0 && warnings.length > 0) {
    const shown = warnings.slice(0, 3).map((w) => w.message);
    if (warnings.length > 3) shown.push(`(${warnings.length - 3} more.)`);
    throw new CompeerError('UNSUPPORTED_FILE', `${shown.join(' ')} Nothing was imported.`);
  }
  return { format, label, encoding, contacts, warnings };
}
