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

interface LazySegment {
  raw: Buffer;
  /** put the parsed list in place of the lazy property, as a first read does */
  settle: (value: unknown[]) => void;
}
/** Each lazy property's text, for a reader that parses it record by record (the search index). */
const lazySegments = new WeakMap<object, Map<string, LazySegment>>();

/** Replace a lazy property by its parsed value on first read (or by whatever is assigned). */
function defineLazy(doc: Record<string, unknown>, name: string, raw: Buffer, onParsed?: (name: CollectionName) => void): void {
  const settle = (value: unknown) => {
    Object.defineProperty(doc, name, { value, writable: true, enumerable: true, configurable: true });
    lazySegments.get(doc)?.delete(name);
  };
  const settleParsed = (value: unknown[]) => {
    settle(value);
    onParsed?.(name as CollectionName);
  };
  let segs = lazySegments.get(doc);
  if (!segs) lazySegments.set(doc, (segs = new Map<string, LazySegment>()));
  segs.set(name, { raw, settle: settleParsed });
  Object.defineProperty(doc, name, {
    enumerable: true,
    configurable: true,
    get(): unknown[] {
      const value = parseJson(raw, name);
      if (!Array.isArray(value)) throw damaged(`its ${name} is not a list`);
      settleParsed(value);
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
/**
 * A lazy collection's text still waiting for its first read, to parse it record by record
 * (`settle` then puts the whole list in place, as a read would): null once it was read.
 */
export function lazySegment(doc: object, name: CollectionName): LazySegment | null {
  return isLazyPending(doc, name) ? (lazySegments.get(doc)?.get(name) ?? null) : null;
}

/**
 * The byte ranges of the items of a JSON array, one at a time, so a long list can be parsed
 * item by item with pauses between (JSON.parse of the whole would hold the thread). Throws
 * when the text is not an array; an item's own syntax is left to JSON.parse.
 */
export function* jsonArrayItems(raw: Buffer): Generator<[number, number]> {
  let i = 0;
  const n = raw.length;
  const space = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
  while (i < n && space(raw[i]!)) i++;
  if (raw[i] !== 0x5b) throw damaged('a list is not a list');
  i++;
  for (;;) {
    while (i < n && space(raw[i]!)) i++;
    if (i >= n) throw damaged('a list is cut short');
    if (raw[i] === 0x5d) return;
    const start = i;
    let depth = 0;
    let inString = false;
    for (; i < n; i++) {
      const c = raw[i]!;
      if (inString) {
        if (c === 0x5c) i++;
        else if (c === 0x22) inString = false;
      } else if (c === 0x22) inString = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (depth === 0) break;
        depth--;
      } else if (c === 0x2c && depth === 0) break;
    }
    if (i >= n) throw damaged('a list is cut short');
    yield [start, i];
    if (raw[i] === 0x2c) i++;
  }
}

/** bytes of records parsed in one JSON.parse: well under a millisecond each */
const PARSE_BATCH_BYTES = 64 * 1024;

/**
 * Parse every lazy collection still waiting, interactions first, in slices of about
 * `budgetMs` between turns of the event loop (`pause`), so a call that comes meanwhile waits
 * one slice, never the whole parse. Records are parsed a batch at a time, straight from the
 * decrypted text; each list is put in place (as a first read does) once whole, and then its
 * slice of the decrypted body is dropped: once all are, the body's buffer can go. A list read
 * whole meanwhile (its getter) is left as it is; `stopped` ends the work early (a lock).
 */
export async function parseLazyInSlices(
  doc: object,
  pause: () => Promise<void>,
  {
    budgetMs = 4,
    stopped = () => false,
    now = () => performance.now(),
  }: { budgetMs?: number; stopped?: () => boolean; now?: () => number } = {},
): Promise<void> {
  let sliceStart = now();
  for (const name of LAZY_COLLECTIONS) {
    const seg = lazySegment(doc, name);
    if (!seg) continue;
    const { raw } = seg;
    const parsed: unknown[] = [];
    let from = -1;
    let to = -1;
    const flush = () => {
      if (from < 0) return;
      let batch: unknown;
      try {
        batch = JSON.parse(`[${raw.toString('utf8', from, to)}]`);
      } catch {
        throw damaged(`its ${name} is not readable`);
      }
      for (const r of batch as unknown[]) parsed.push(r);
      from = -1;
    };
    for (const [start, end] of jsonArrayItems(raw)) {
      if (from < 0) from = start;
      to = end;
      if (to - from < PARSE_BATCH_BYTES) continue;
      flush();
      if (now() - sliceStart >= budgetMs) {
        await pause();
        sliceStart = now();
        if (stopped()) return;
        // read whole meanwhile: nothing left to do for this one
        if (!lazySegment(doc, name)) break;
      }
    }
    if (!lazySegment(doc, name)) continue;
    flush();
    seg.settle(parsed);
  }
}

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
