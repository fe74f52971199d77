import { COLLECTIONS, COLLECTION_NAMES, SINGLETON_NAMES, type CollectionName, type VaultDocument } from './schema/document';
import { COLLECTION_CONFIDENTIALITY, SINGLETON_CONFIDENTIALITY, type Shape } from './schema/confidentiality';

/**
 * What each output may show, derived from the one declaration of confidential text
 * (shared/schema/confidentiality.ts): redaction for exports, masking for the screen and for
 * the rules that write texts (Today, the advisor, prep sheets), and the confidential texts
 * the search index keeps apart. Nothing here lists fields: a field declared confidential
 * there is confidential everywhere.
 */

/** What stands in for confidential text that was left out of an export. */
export const REDACTED = '[confidential: not exported]';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A text field's value replaced, told whether it is confidential now. */
type TextFn = (value: unknown, confidential: boolean) => unknown;

const mapList = <T>(list: readonly T[], f: (x: T) => T): readonly T[] => {
  let out: T[] | null = null;
  list.forEach((x, i) => {
    const y = f(x);
    if (y !== x) (out ??= [...list])[i] = y;
  });
  return out ?? list;
};

/** Shapes where only the record's own flag (or its parent's) can make text confidential: no private text, no part with a flag of its own. */
const flagOnly = new WeakMap<Shape, boolean>();
function onlyByFlag(shape: Shape): boolean {
  let known = flagOnly.get(shape);
  if (known === undefined) {
    const parts = Object.values(shape.parts ?? {}).filter((p): p is Shape => p !== undefined);
    known = !Object.values(shape.text).includes('private') && parts.every((p) => p.flag === undefined && onlyByFlag(p));
    flagOnly.set(shape, known);
  }
  return known;
}

/**
 * The one walk over a record (or part) and its parts: each text field goes through `fn` with
 * whether it is confidential now, by its rule. An object none of whose texts changed comes
 * back as it was (no copy); each copy is handed to `touched` (to mark it). `onlyConfidential`:
 * `fn` changes nothing that is open, so a record whose flags are all off is passed by whole.
 */
function walk(shape: Shape, obj: Obj, above: boolean, fn: TextFn, touched?: (copy: Obj) => void, onlyConfidential = false): Obj {
  const own = shape.flag === undefined ? above : obj[shape.flag] === true;
  // most interactions are not confidential: nothing to look at
  if (onlyConfidential && !own && !above && onlyByFlag(shape)) return obj;
  let copy: Obj | null = null;
  for (const [k, rule] of Object.entries(shape.text)) {
    if (!Object.hasOwn(obj, k) || rule === undefined) continue;
    const confidential = rule === 'private' || (rule === 'flag' && own) || (rule === 'parent' && above);
    const v = fn(obj[k], confidential);
    if (v !== obj[k]) (copy ??= { ...obj })[k] = v;
  }
  for (const [k, part] of Object.entries(shape.parts ?? {})) {
    if (!part) continue;
    const v = obj[k];
    const one = (p: unknown) => (isObj(p) ? walk(part, p, own, fn, touched, onlyConfidential) : p);
    let next = v;
    if (Array.isArray(v)) next = mapList(v, one);
    else if (isObj(v) && part.map) {
      const entries = Object.entries(v);
      const mapped = entries.map(([key, p]) => [key, one(p)] as const);
      if (mapped.some(([, p], i) => p !== entries[i]![1])) next = Object.fromEntries(mapped);
    } else if (isObj(v)) next = one(v);
    if (next !== v) (copy ??= { ...obj })[k] = next;
  }
  if (copy && touched) touched(copy);
  return copy ?? obj;
}

/** Confidential text replaced by `marker`: a string, each value of a map, a non-empty list as one marker ([] for ''). */
function blank(v: unknown, marker: string): unknown {
  if (typeof v === 'string') return v === '' ? v : marker;
  if (Array.isArray(v)) return v.length === 0 ? v : marker === '' ? [] : [marker];
  if (isObj(v)) {
    const kept = Object.entries(v).filter(([, x]) => typeof x !== 'string' || x === '');
    return Object.keys(v).length === kept.length
      ? v
      : marker === ''
        ? Object.fromEntries(kept)
        : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === 'string' && x !== '' ? marker : x]));
  }
  return v;
}

const shapeOf = (c: CollectionName): Shape => COLLECTION_CONFIDENTIALITY[c];

/** A record with its confidential text replaced by `marker` (an export's; '' for a CSV cell left empty). */
export function redactRecord<T extends object>(collection: CollectionName, record: T, marker = REDACTED): T {
  return walk(shapeOf(collection), record as Obj, false, (v, confidential) => (confidential ? blank(v, marker) : v), undefined, true) as T;
}

/** The whole document with its confidential text replaced by REDACTED (the JSON export without the flag). */
export function redactDocument(doc: VaultDocument): VaultDocument {
  const out = { ...doc } as Obj;
  for (const c of COLLECTION_NAMES) out[c] = (doc[c] as object[]).map((r) => redactRecord(c, r));
  for (const s of SINGLETON_NAMES)
    out[s] = walk(
      SINGLETON_CONFIDENTIALITY[s],
      doc[s],
      false,
      (v, confidential) => (confidential ? blank(v, REDACTED) : v),
      undefined,
      true,
    );
  return out as VaultDocument;
}

/**
 * A record as the screen (and any rule that writes text for it) may see it: confidential text
 * emptied, `hidden: true` on the record and on each part that lost text. The text comes only
 * when the user reveals that one item. Masking a masked record changes nothing.
 */
export type Masked<T> = T & { hidden: boolean };

export function maskRecord<T extends object>(collection: CollectionName, record: T): Masked<T> {
  const out = withoutConfidential(collection, record);
  return (out === record ? { ...record, hidden: (record as Obj).hidden === true } : out) as Masked<T>;
}

/** The same mask, but a record with nothing confidential comes back as it is (no copy, no `hidden`): for rules that read a whole vault. */
export function withoutConfidential<T extends object>(collection: CollectionName, record: T): T {
  return walk(
    shapeOf(collection),
    record as Obj,
    false,
    (v, confidential) => (confidential ? blank(v, '') : v),
    (copy) => void (copy.hidden = true),
    true,
  ) as T;
}

/** Every record of a list masked (records with nothing confidential are copied only to say so). */
export const maskAll = <T extends object>(collection: CollectionName, list: readonly T[]): Masked<T>[] =>
  list.map((r) => maskRecord(collection, r));

/** The confidential texts a record holds now (what search may match but never preview). */
export function confidentialTexts(collection: CollectionName, record: object): string[] {
  const out: string[] = [];
  const collect = (v: unknown) => {
    if (typeof v === 'string') {
      if (v !== '') out.push(v);
    } else if (Array.isArray(v)) for (const x of v) collect(x);
    else if (isObj(v)) for (const x of Object.values(v)) collect(x);
  };
  walk(
    shapeOf(collection),
    record as Obj,
    false,
    (v, confidential) => {
      if (confidential) collect(v);
      return v;
    },
    undefined,
    true,
  );
  return out;
}

/** Whether a record's own flag marks it confidential (false for a collection without one). */
export function isFlagged(collection: CollectionName, record: object): boolean {
  const flag = shapeOf(collection).flag;
  return flag !== undefined && (record as Obj)[flag] === true;
}

/**
 * Whether these fields of a record can never hold confidential text: each declared open, or
 * not text at all (ids, dates, vocabulary values). A rule that reads only such fields may read
 * the records as they are, without masking a copy of each.
 */
export function alwaysOpen(collection: CollectionName, fields: readonly string[]): boolean {
  const shape = shapeOf(collection);
  return fields.every((f) => (shape.text[f] ?? 'open') === 'open' && shape.parts?.[f] === undefined);
}

/** A record to leave out whole where it cannot be shown in part (a Markdown file per entry): flagged, or holding confidential text. */
export const isConfidentialRecord = (collection: CollectionName, record: object): boolean =>
  isFlagged(collection, record) || confidentialTexts(collection, record).length > 0;

// ---- import: text that stands for left-out confidential text keeps the vault's ----

type ZodLike = { _zod: { def: Obj }; safeParse: (v: unknown) => { success: boolean } };

/** The schema inside defaults, optionals and the like, down to an object, array, record or leaf. */
function unwrap(s: ZodLike): ZodLike {
  let cur = s;
  for (;;) {
    const d = cur._zod.def;
    if (d.innerType) cur = d.innerType as ZodLike;
    else if (d.type === 'pipe') cur = d.in as ZodLike;
    else return cur;
  }
}
const fieldOf = (s: ZodLike | undefined, k: string): ZodLike | undefined => {
  const o = s && unwrap(s);
  return o && o._zod.def.type === 'object' ? ((o as unknown as { shape: Record<string, ZodLike> }).shape[k] ?? undefined) : undefined;
};
const itemOf = (s: ZodLike | undefined): ZodLike | undefined => {
  const o = s && unwrap(s);
  if (!o) return undefined;
  if (o._zod.def.type === 'array') return o._zod.def.element as ZodLike;
  if (o._zod.def.type === 'record') return o._zod.def.valueType as ZodLike;
  return o;
};

const isRedacted = (v: unknown) => v === REDACTED || (Array.isArray(v) && v.length === 1 && v[0] === REDACTED);

function keep(shape: Shape, incoming: Obj, before: Obj | undefined, schema: ZodLike | undefined): Obj {
  const out: Obj = { ...incoming };
  for (const [k, rule] of Object.entries(shape.text)) {
    if (rule === 'open' || !isRedacted(out[k])) continue;
    if (before && Object.hasOwn(before, k)) out[k] = before[k];
    else {
      // nothing to keep: the field's empty value, or the marker itself where the text may not be empty (a follow-up's)
      const empty = Array.isArray(out[k]) ? [] : '';
      const field = fieldOf(schema, k);
      out[k] = !field || field.safeParse(empty).success ? empty : out[k];
    }
  }
  for (const [k, part] of Object.entries(shape.parts ?? {})) {
    if (!part) continue;
    const v = out[k];
    const was = before?.[k];
    const inner = itemOf(fieldOf(schema, k));
    if (Array.isArray(v)) {
      const old = new Map<unknown, Obj>((Array.isArray(was) ? (was as unknown[]) : []).filter(isObj).map((p) => [p.id, p]));
      out[k] = (v as unknown[]).map((p) => (isObj(p) ? keep(part, p, old.get(p.id), inner) : p));
    } else if (isObj(v) && part.map) {
      out[k] = Object.fromEntries(
        Object.entries(v).map(([key, p]) => [
          key,
          isObj(p) ? keep(part, p, isObj(was) && isObj(was[key]) ? was[key] : undefined, inner) : p,
        ]),
      );
    } else if (isObj(v)) out[k] = keep(part, v, isObj(was) ? was : undefined, inner);
  }
  return out;
}

/**
 * An imported record merged over the vault's: every field the declaration governs that stands
 * for left-out confidential text keeps the vault's value, in the record and in its parts (by
 * their ids: a meeting's notes, a follow-up's text). A new record gets the field's empty value.
 */
export function mergeKeepingConfidential(collection: CollectionName, before: Obj, incoming: Obj): Obj {
  return { ...before, ...keep(shapeOf(collection), incoming, before, COLLECTIONS[collection] as unknown as ZodLike) };
}
