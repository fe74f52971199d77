import { CompeerError, newerCompeer, schemaProblem } from '../errors';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  SCHEMA_VERSION,
  SINGLETONS,
  SINGLETON_NAMES,
  documentSchema,
  type CollectionName,
  type VaultDocument,
} from './document';
import { VALUE_KINDS } from './vocabulary';

/**
 * One step per schema version: MIGRATIONS[n] turns a version-n document into version n+1.
 * Steps are pure functions over plain JSON; the result is validated against the current
 * schema after the last step.
 */
type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Apply `f` to each record of a collection that is present (an export may leave collections out). */
const eachRecord = (doc: Json, name: string, f: (r: Json) => Json): Json =>
  Array.isArray(doc[name]) ? { ...doc, [name]: (doc[name] as unknown[]).map((r) => (isObj(r) ? f(r) : r)) } : doc;
const dayOf = (r: Json): string | undefined => {
  const t = typeof r.updatedAt === 'string' ? r.updatedAt : typeof r.createdAt === 'string' ? r.createdAt : '';
  return /^\d{4}-\d{2}-\d{2}/.test(t) ? t.slice(0, 10) : undefined;
};

/**
 * 2 -> 3, one record at a time. An interaction of version 2 was with one peer and carried a
 * direction (given, received or both) and a list of value kinds: each kind becomes one
 * exchange per direction ("both": one given and one received), weight 1. A direction with
 * no kind cannot be an exchange; it is kept in words at the end of the summary.
 */
export function interactionV2toV3(r: Json): Json {
  const { peerId, direction, kinds, ...rest } = r;
  const dir = direction === 'given' || direction === 'received' ? direction : 'both';
  const known = Array.isArray(kinds)
    ? kinds.filter((k): k is string => typeof k === 'string' && (VALUE_KINDS as readonly string[]).includes(k))
    : [];
  const dirs = dir === 'both' ? (['given', 'received'] as const) : ([dir] as const);
  const exchanges = known.flatMap((kind) => dirs.map((d) => ({ direction: d, kind, weight: 1, note: '' })));
  let summary = typeof rest.summary === 'string' ? rest.summary : '';
  if (known.length === 0 && dir !== 'both')
    summary = `${summary}${summary ? '\n\n' : ''}(Logged as ${dir === 'given' ? 'something I gave' : 'something I received'}.)`;
  return { ...rest, summary, peerIds: peerId === undefined ? rest.peerIds : [peerId], exchanges };
}

export const MIGRATIONS: Readonly<Record<number, (doc: Json) => Json>> = {
  // 1 -> 2: the network map's saved layout
  1: (doc) => ({ ...doc, map: { positions: {} } }),
  // 2 -> 3: the interaction log, life events, journal kinds, group meetings, goals and
  // opportunities in full; fields new in 3 take their defaults from the schema.
  2: (doc) => {
    let d = eachRecord(doc, 'interactions', interactionV2toV3);
    d = eachRecord(d, 'groups', ({ notes, ...g }) => ({
      ...g,
      ...(typeof notes === 'string' && notes !== '' && !g.purpose ? { purpose: notes } : {}),
    }));
    d = eachRecord(d, 'goals', ({ detail, ...g }) => ({ ...g, ...(detail !== undefined && g.why === undefined ? { why: detail } : {}) }));
    d = eachRecord(d, 'opportunities', (o) => ({
      ...o,
      status: o.status === 'closed' ? 'taken' : o.status,
      sharedWith: Array.isArray(o.sharedWith)
        ? (o.sharedWith as unknown[]).map((x) => (typeof x === 'string' ? { peerId: x, date: dayOf(o) ?? '1970-01-01' } : x))
        : o.sharedWith,
    }));
    return d;
  },
};

export function migrate(raw: unknown, steps: Readonly<Record<number, (doc: Json) => Json>> = MIGRATIONS, target = SCHEMA_VERSION): Json {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new CompeerError('DAMAGED', 'The vault holds no document. Nothing was changed.');
  }
  let doc = raw as Json;
  let version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new CompeerError('DAMAGED', 'The vault document has no valid schema version. Nothing was changed.');
  }
  if (version > target) {
    throw newerCompeer('vault', `data version ${version}`, target);
  }
  while (version < target) {
    const step = steps[version];
    if (!step) throw new CompeerError('INTERNAL', `No migration from data version ${version}.`);
    doc = { ...step(doc), schemaVersion: version + 1 };
    version += 1;
  }
  return doc;
}

/**
 * A change saved by an older version (a change record appended after an older whole save):
 * its record or value goes through the same steps as a whole document of that version.
 */
export function migrateOpFrom(version: number, raw: unknown): unknown {
  if (version >= SCHEMA_VERSION || !isObj(raw)) return raw;
  if (raw.op === 'put' && typeof raw.collection === 'string') {
    const out = migrate({ schemaVersion: version, [raw.collection]: [raw.record] });
    return { ...raw, record: (out[raw.collection] as unknown[] | undefined)?.[0] };
  }
  if (raw.op === 'set' && typeof raw.key === 'string') {
    return { ...raw, value: migrate({ schemaVersion: version, [raw.key]: raw.value })[raw.key] };
  }
  return raw;
}

/** Migrate and validate: the only way raw JSON becomes a VaultDocument. */
export function toDocument(raw: unknown): VaultDocument {
  const migrated = migrate(raw);
  const parsed = documentSchema.safeParse(migrated);
  if (!parsed.success) {
    throw new CompeerError(
      'DAMAGED',
      `The vault decrypted but its contents are not valid (${schemaProblem(parsed.error, { whole: 'document' })}). Nothing was changed.`,
    );
  }
  return parsed.data;
}

/**
 * Full validation in slices, yielding between them; resolves with the first problem or null.
 * `only` limits it to some collections, with or without the single objects.
 */
export async function validateInSlices(
  doc: VaultDocument,
  yieldFn: () => Promise<void>,
  stopped: () => boolean = () => false,
  slice = 500,
  only: { collections: readonly CollectionName[]; singletons: boolean } | null = null,
): Promise<string | null> {
  const collections = only?.collections ?? COLLECTION_NAMES;
  for (const key of only && !only.singletons ? [] : SINGLETON_NAMES) {
    const r = SINGLETONS[key].safeParse(doc[key]);
    if (!r.success) return schemaProblem(r.error, { within: key });
  }
  for (const c of collections) {
    const list = doc[c] as unknown[];
    for (let i = 0; i < list.length; i += slice) {
      for (let j = i; j < Math.min(list.length, i + slice); j++) {
        const r = COLLECTIONS[c].safeParse(list[j]);
        if (!r.success) return schemaProblem(r.error, { within: `${c}[${j}]` });
      }
      await yieldFn();
      if (stopped()) return null;
    }
  }
  return null;
}
