import { CompeerError } from '../../../shared/errors';
import {
  COLLECTION_NAMES,
  SCHEMA_VERSION,
  SINGLETON_NAMES,
  type CollectionName,
  type VaultDocument,
} from '../../../shared/schema/document';
import { toDocument } from '../../../shared/schema/migrations';

/**
 * The decrypted body, format 1.1: one JSON value per line (JSON.stringify never writes a raw
 * line break, so lines cannot be confused):
 *   COMPEER-SEGMENTS 1
 *   {"schemaVersion":2,"me":…,"settings":…,"map":…}
 *   #peers
 *   [ …records… ]
 *   #ties
 *   …
 * so unlock can parse what the first screens need and leave the text-heavy collections
 * (journal, notes) to be parsed when first used. Format 1.0 bodies (one JSON object, as in the
 * golden vault) are still read.
 */
export const SEGMENTS_MAGIC = 'COMPEER-SEGMENTS 1';

/**
 * Parsed only when first read: the largest text. Unlocking then reads, decrypts and checks
 * the whole file but parses only peers, ties and the small collections; the interaction log
 * is parsed (in the vault's thread) by the first screen that needs it.
 */
export const LAZY_COLLECTIONS: ReadonlySet<CollectionName> = new Set(['interactions', 'journal', 'notes']);

const damaged = (why: string) => new CompeerError('DAMAGED', `The vault file is damaged (${why}). Nothing was changed.`);

function parseJson(buf: Buffer, what: string): unknown {
  try {
    return JSON.parse(buf.toString('utf8'));
  } catch {
    throw damaged(`its ${what} is not readable`);
  }
}

/** Replace a lazy property by its parsed value on first read (or by whatever is assigned). */
function defineLazy(doc: Record<string, unknown>, name: string, raw: Buffer, onParsed?: (name: CollectionName) => void): void {
  const settle = (value: unknown) => Object.defineProperty(doc, name, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(doc, name, {
    enumerable: true,
    configurable: true,
    get(): unknown[] {
      const value = parseJson(raw, name);
      if (!Array.isArray(value)) throw damaged(`its ${name} is not a list`);
      settle(value);
      onParsed?.(name as CollectionName);
      return value as unknown[];
    },
    set(value: unknown) {
      settle(value);
    },
  });
}

const versionOf = (raw: unknown): number =>
  typeof raw === 'object' && raw !== null && typeof (raw as { schemaVersion?: unknown }).schemaVersion === 'number'
    ? (raw as { schemaVersion: number }).schemaVersion
    : 0;

/**
 * The document in a decrypted body, migrated to the current schema, and the schema version
 * the body was written in (change records after it were written in that version too).
 */
/** A lazy collection still waiting for its first read (its text not parsed yet). */
export const isLazyPending = (doc: object, name: CollectionName): boolean =>
  typeof Object.getOwnPropertyDescriptor(doc, name)?.get === 'function';

export function decodeBody(body: Buffer, onLazyParsed?: (name: CollectionName) => void): { doc: VaultDocument; version: number } {
  let end = body.length;
  while (end > 0 && body[end - 1] === 0x20) end--; // padding
  const magic = Buffer.from(`${SEGMENTS_MAGIC}\n`);
  if (!body.subarray(0, magic.length).equals(magic)) {
    // format 1.0: the whole document as one JSON object
    const raw = parseJson(body.subarray(0, end), 'contents');
    return { doc: toDocument(raw), version: versionOf(raw) };
  }
  const lines: Buffer[] = [];
  for (let pos = magic.length; pos < end;) {
    const nl = body.indexOf(0x0a, pos);
    const stop = nl < 0 || nl > end ? end : nl;
    lines.push(body.subarray(pos, stop));
    pos = stop + 1;
  }
  const singles = parseJson(lines[0] ?? Buffer.alloc(0), 'header');
  if (typeof singles !== 'object' || singles === null || Array.isArray(singles)) throw damaged('its header is not an object');
  const doc = singles as Record<string, unknown>;
  const segments = new Map<string, Buffer>();
  for (let i = 1; i < lines.length; i += 2) {
    const name = lines[i]?.toString('utf8') ?? '';
    if (!name.startsWith('#') || lines[i + 1] === undefined) throw damaged('its collections are out of order');
    segments.set(name.slice(1), lines[i + 1]!);
  }
  const version = versionOf(doc);
  const current = version === SCHEMA_VERSION && COLLECTION_NAMES.every((c) => segments.has(c));
  for (const [name, raw] of segments) {
    // a lazy segment keeps its slice of the decrypted body (most of it): no copy
    if (current && LAZY_COLLECTIONS.has(name as CollectionName)) defineLazy(doc, name, raw, onLazyParsed);
    else doc[name] = parseJson(raw, name);
  }
  if (!current) return { doc: toDocument(doc), version }; // an older version: migrate and validate it all now
  for (const c of COLLECTION_NAMES) {
    if (!LAZY_COLLECTIONS.has(c) && !Array.isArray(doc[c])) throw damaged(`its ${c} is not a list`);
  }
  if (SINGLETON_NAMES.some((k) => typeof doc[k] !== 'object' || doc[k] === null)) throw damaged('its settings are missing');
  return { doc: doc as unknown as VaultDocument, version };
}
