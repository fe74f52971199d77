import { CompeerError } from '../../../shared/errors';
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_CONTACTS,
  IMPORT_MAX_RECORDS,
  WarningLog,
  importTooLarge,
  tooManyContacts,
  tooManyRecords,
  type ImportWarning,
} from '../../../shared/import-preview';
import { COLLECTION_NAMES } from '../../../shared/schema/document';
import { parseExportText } from '../exchange/json-import';
import type { ImportedContact } from './contact';
import { decodeBytes, type TextEncodingName } from './decode';
import { FORMAT_LABELS, contactsIn, sniffFormat, type ContactFormat } from './detect';
import { binaryIn } from './text-check';

interface Read {
  /** e.g. "Google Contacts (CSV)" */
  label: string;
  encoding: TextEncodingName;
}
export interface ContactsFile extends Read {
  format: ContactFormat;
  contacts: ImportedContact[];
  /** the warnings kept (log.kept): what was left out, by line */
  warnings: ImportWarning[];
  /** every warning counted, and how many left a contact out */
  log: WarningLog;
}
export type ImportFile = (Read & { format: 'compeer-json'; json: Record<string, unknown>; records: number }) | ContactsFile;

type Opened =
  | (Read & { format: 'compeer-json'; json: Record<string, unknown>; records: number })
  | (Read & { format: ContactFormat; contacts: Iterable<ImportedContact>; log: WarningLog; again: () => Iterable<ImportedContact> });

function open(bytes: Uint8Array, name: string): Opened {
  if (bytes.byteLength > IMPORT_MAX_BYTES) throw new CompeerError('INVALID_INPUT', importTooLarge(name, bytes.byteLength));
  const { text, encoding, windows1252Lines } = decodeBytes(bytes);
  const binary = binaryIn(text);
  if (binary) {
    throw new CompeerError(
      'UNSUPPORTED_FILE',
      `This file holds binary data (a control character ${binary.code} on line ${binary.line.toLocaleString('en')}), not the text of a contacts export or a Compeer export, so Compeer does not read it. Nothing was imported.`,
    );
  }
  const { format, delimiter } = sniffFormat(text);
  const label = FORMAT_LABELS[format];
  if (format === 'compeer-json') {
    const json = parseExportText(text);
    const records = COLLECTION_NAMES.reduce((n, c) => n + (Array.isArray(json[c]) ? (json[c] as unknown[]).length : 0), 0);
    if (records > IMPORT_MAX_RECORDS) throw new CompeerError('INVALID_INPUT', tooManyRecords(name, records));
    return { format, label, encoding, json, records };
  }
  const log = new WarningLog();
  if (windows1252Lines) log.push(mixedEncodingWarning(windows1252Lines));
  // read again, its warnings already counted the first time
  const again = () => capped(contactsIn(format, text, delimiter, { push: () => undefined }), name);
  return { format, label, encoding, contacts: capped(contactsIn(format, text, delimiter, log), name), log, again };
}

/** The lines of a UTF-8 file that were read as Windows-1252, named (the first ten) so the user can check them. */
function mixedEncodingWarning(lines: readonly number[]): ImportWarning {
  const n = (x: number) => x.toLocaleString('en');
  const shown = lines.slice(0, 10).map(n);
  const one = lines.length === 1;
  const list = one
    ? `Line ${shown[0]} is`
    : lines.length <= 10
      ? `Lines ${shown.slice(0, -1).join(', ')} and ${shown.at(-1)} are`
      : `Lines ${shown.join(', ')} and ${n(lines.length - 10)} more are`;
  return {
    line: lines[0]!,
    skipped: false,
    message: `${list} not UTF-8 like the rest of the file, so ${one ? 'it was' : 'they were'} read as Windows-1252 (check the names on ${one ? 'it' : 'them'}).`,
  };
}

/** The contacts as read, no more than the cap. */
function* capped(contacts: Iterable<ImportedContact>, name: string): Generator<ImportedContact> {
  let n = 0;
  for (const c of contacts) {
    if (++n > IMPORT_MAX_CONTACTS) throw new CompeerError('INVALID_INPUT', tooManyContacts(name));
    yield c;
  }
}

/** A contacts file where not one contact could be read is refused with what went wrong. */
export function refuseIfNoneRead(count: number, log: WarningLog): void {
  if (count > 0 || log.count === 0) return;
  const shown = log.kept.slice(0, 3).map((w) => w.message);
  if (log.count > 3) shown.push(`(${(log.count - 3).toLocaleString('en')} more.)`);
  throw new CompeerError('UNSUPPORTED_FILE', `${shown.join(' ')} Nothing was imported.`);
}

/**
 * A file to import, from its bytes (the app and the command line read files the same way):
 * size cap, text encoding, binary data refused, format from the content, then its contacts
 * (at most IMPORT_MAX_CONTACTS) or the Compeer export (at most IMPORT_MAX_RECORDS records).
 */
export function readImportFile(bytes: Uint8Array, name: string): ImportFile {
  const file = open(bytes, name);
  if (file.format === 'compeer-json') return file;
  const { again: _again, ...rest } = file;
  const contacts = [...file.contacts];
  refuseIfNoneRead(contacts.length, file.log);
  return { ...rest, contacts, warnings: file.log.kept };
}

/** A contacts file opened to be read once, a contact at a time (to be planned as it is read, never all kept). */
export interface OpenedContactsFile extends Read {
  format: ContactFormat;
  contacts: Iterable<ImportedContact>;
  log: WarningLog;
}

/**
 * The file's encoding, format and checks as readImportFile, and its contacts as they are read
 * (the cap still holds); `refuseIfNoneRead` after them refuses a file where none could be.
 */
export function openImportFile(
  bytes: Uint8Array,
  name: string,
): (Read & { format: 'compeer-json'; json: Record<string, unknown>; records: number }) | OpenedContactsFile {
  const file = open(bytes, name);
  if (file.format === 'compeer-json') return file;
  const { again: _again, ...rest } = file;
  return rest;
}

/** A contacts file checked whole (count, warnings, cap) but not kept: `contacts()` reads it again, a contact at a time. */
export interface CheckedContactsFile extends Read {
  format: ContactFormat;
  count: number;
  log: WarningLog;
  contacts: () => Iterable<ImportedContact>;
}

/**
 * The same checks as readImportFile, for an import that saves as it reads (the command line):
 * the whole file is read once to refuse it before anything changes, keeping only the count
 * and the warnings, and read again while it is planned, so its contacts never all sit in
 * memory beside the vault.
 */
export function checkImportFile(
  bytes: Uint8Array,
  name: string,
): (Read & { format: 'compeer-json'; json: Record<string, unknown>; records: number }) | CheckedContactsFile {
  const file = open(bytes, name);
  if (file.format === 'compeer-json') return file;
  let count = 0;
  for (const _c of file.contacts) count++;
  const { format, label, encoding, log } = file;
  refuseIfNoneRead(count, log);
  return { format, label, encoding, log, count, contacts: file.again };
}
