import {
  COLLECTION_NAMES,
  SINGLETON_NAMES,
  emptyDocument,
  type CollectionName,
  type SingletonName,
  type VaultDocument,
} from '../../../shared/schema/document';
import type { VaultOp } from '../vault/ops';
import { millisOf, type Hlc } from './hlc';

/**
 * The merge of a vault written by several devices. Each field of each record is a
 * multi-value register: the writes to it that no other write to it has seen (a write sees
 * another when its device had that change when it wrote: version vectors, one count per
 * device). The field's value is the newest of them by hybrid logical clock; two or more left
 * means two devices changed it without seeing each other's change, which the person is
 * shown ("changed on two devices"). A state is the join of the writes it holds, so the same
 * changes give the same vault whatever order they arrive in, twice or once, and two
 * compactions join like any two states.
 */
export type Vector = Record<string, number>;

export interface Write {
  /** clock */
  h: Hlc;
  /** device */
  d: string;
  /** the device's change number */
  s: number;
  /** what the device had when it wrote */
  seen: Vector;
  /** the value; absent when `a` */
  v?: unknown;
  /** the field was removed */
  a?: 1;
}

/** One record's change inside a batch; `c` is a collection or SET for the single objects. */
export interface Change {
  c: string;
  id: string;
  /** fields set */
  put?: Record<string, unknown>;
  /** fields removed */
  drop?: string[];
  /** the record is created (or created again) */
  born?: 1;
  /** the record is deleted */
  del?: 1;
}

/** A device's change: what one save appended to its log. */
export interface Batch {
  s: number;
  h: Hlc;
  d: string;
  seen: Vector;
  /** the device's name, when it was set or changed */
  name?: string;
  ch: Change[];
}

export interface RecordState {
  c: string;
  id: string;
  born: Hlc | null;
  /** true: created or kept; false: deleted */
  alive: Write[];
  fields: Record<string, Write[]>;
}

export interface DeviceInfo {
  name: string;
  /** '' until named */
  nameAt: Hlc;
  /** '' until it wrote */
  last: Hlc;
}

export interface SyncState {
  /** per device, how many of its changes (from the first, without a gap) this state holds */
  frontier: Vector;
  /** changes held beyond a gap (a conflict copy can hold later ones): applied, not yet counted */
  extra: Record<string, number[]>;
  records: Map<string, RecordState>;
  devices: Record<string, DeviceInfo>;
}

export const SET = '$set';
const LONG_TEXT_FIELDS = new Set(['body', 'text', 'notes', 'summary']);
const LONG_TEXT = 200;

export const emptyState = (): SyncState => ({ frontier: {}, extra: {}, records: new Map(), devices: {} });

export const keyOf = (c: string, id: string) => `${c}\u0000${id}`;

export function sees(a: Write, b: Write): boolean {
  return a.d === b.d ? a.s > b.s : (a.seen[b.d] ?? 0) >= b.s;
}

const byClock = (x: Write, y: Write) => (x.h < y.h ? -1 : x.h > y.h ? 1 : 0);

/** The register after one more write: it joins unless a write there has seen it, and drops what it has seen. */
export function addWrite(list: Write[], w: Write): Write[] {
  for (const x of list) {
    if (x.d === w.d && x.s === w.s) return list;
    if (sees(x, w)) return list;
  }
  const out = list.filter((x) => !sees(w, x));
  out.push(w);
  if (out.length > 1) out.sort(byClock);
  return out;
}

function record(state: SyncState, c: string, id: string): RecordState {
  const k = keyOf(c, id);
  let r = state.records.get(k);
  if (!r) state.records.set(k, (r = { c, id, born: null, alive: [], fields: {} }));
  return r;
}

/** Whether this state already holds the device's change number s. */
export function holds(state: SyncState, d: string, s: number): boolean {
  return s <= (state.frontier[d] ?? 0) || (state.extra[d]?.includes(s) ?? false);
}

function count(state: SyncState, d: string, s: number): void {
  const extra = state.extra[d] ?? [];
  if (!extra.includes(s)) extra.push(s);
  let f = state.frontier[d] ?? 0;
  extra.sort((x, y) => x - y);
  while (extra.length > 0 && extra[0]! <= f + 1) f = Math.max(f, extra.shift()!);
  state.frontier[d] = f;
  if (extra.length > 0) state.extra[d] = extra;
  else delete state.extra[d];
}

function noteDevice(state: SyncState, d: string, h: Hlc, name: string | undefined): void {
  const dev = (state.devices[d] ??= { name: '', nameAt: '', last: '' });
  if (h > dev.last) dev.last = h;
  if (name !== undefined && h > dev.nameAt) {
    dev.name = name;
    dev.nameAt = h;
  }
}

/** Apply a device's change (again or for the first time: the result is the same). */
export function applyBatch(state: SyncState, b: Batch): void {
  if (holds(state, b.d, b.s)) return;
  const w = (extra: Partial<Write>): Write => ({ h: b.h, d: b.d, s: b.s, seen: b.seen, ...extra });
  for (const ch of b.ch) {
    const r = record(state, ch.c, ch.id);
    if (ch.born) {
      if (r.born === null || b.h < r.born) r.born = b.h;
      r.alive = addWrite(r.alive, w({ v: true }));
    }
    if (ch.del) r.alive = addWrite(r.alive, w({ v: false }));
    if (ch.put) for (const [f, v] of Object.entries(ch.put)) r.fields[f] = addWrite(r.fields[f] ?? [], w({ v }));
    if (ch.drop) for (const f of ch.drop) r.fields[f] = addWrite(r.fields[f] ?? [], w({ a: 1 }));
  }
  noteDevice(state, b.d, b.h, b.name);
  count(state, b.d, b.s);
}

/** The join of two states (two devices' compactions): `into` is changed. */
export function joinState(into: SyncState, other: SyncState): void {
  for (const [k, r] of other.records) {
    let mine = into.records.get(k);
    if (!mine) into.records.set(k, (mine = { c: r.c, id: r.id, born: null, alive: [], fields: {} }));
    if (r.born !== null && (mine.born === null || r.born < mine.born)) mine.born = r.born;
    for (const w of r.alive) mine.alive = addWrite(mine.alive, w);
    for (const [f, ws] of Object.entries(r.fields)) for (const w of ws) mine.fields[f] = addWrite(mine.fields[f] ?? [], w);
  }
  for (const [d, info] of Object.entries(other.devices)) {
    noteDevice(into, d, info.last || info.nameAt, undefined);
    if (info.nameAt !== '') noteDevice(into, d, info.nameAt, info.name);
  }
  for (const [d, f] of Object.entries(other.frontier)) if (f > (into.frontier[d] ?? 0)) into.frontier[d] = f;
  for (const [d, seqs] of Object.entries(other.extra)) for (const s of seqs) count(into, d, s);
  for (const d of Object.keys(into.extra)) count(into, d, into.frontier[d] ?? 0);
}

interface Presence {
  present: boolean;
  /** deleted on one device while changed (or kept) on another */
  contested: boolean;
}

export function presence(r: RecordState): Presence {
  const dels = r.alive.filter((w) => w.v === false);
  const lives = r.alive.length - dels.length;
  if (dels.length === 0) return { present: lives > 0 || (r.c === SET && Object.keys(r.fields).length > 0), contested: false };
  if (lives > 0) return { present: true, contested: true };
  // deleted: unless a change to it was made where the deletion was not known
  for (const ws of Object.values(r.fields)) {
    for (const w of ws) if (!dels.some((d) => sees(d, w))) return { present: true, contested: true };
  }
  return { present: false, contested: false };
}

const winner = (ws: readonly Write[]): Write | undefined => ws[ws.length - 1];

function valueOf(r: RecordState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of Object.keys(r.fields).sort()) {
    const w = winner(r.fields[f]!);
    if (w && !w.a) out[f] = w.v;
  }
  return out;
}

/** The merged document: the same for the same set of changes, on every device. */
let empty: VaultDocument | null = null;

export function toDocument(state: SyncState): VaultDocument {
  const doc = structuredClone((empty ??= emptyDocument())) as unknown as Record<string, unknown>;
  const lists = new Map<string, RecordState[]>();
  for (const r of state.records.values()) {
    if (r.c === SET) {
      if ((SINGLETON_NAMES as string[]).includes(r.id) && presence(r).present) {
        doc[r.id] = { ...(doc[r.id] as Record<string, unknown>), ...valueOf(r) };
      }
      continue;
    }
    if (!presence(r).present) continue;
    let l = lists.get(r.c);
    if (!l) lists.set(r.c, (l = []));
    l.push(r);
  }
  for (const c of COLLECTION_NAMES) {
    const l = lists.get(c) ?? [];
    l.sort((x, y) => ((x.born ?? '') < (y.born ?? '') ? -1 : (x.born ?? '') > (y.born ?? '') ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    doc[c] = l.map((r) => ({ ...valueOf(r), id: r.id }));
  }
  return doc as unknown as VaultDocument;
}

export type ConflictKind = 'field' | 'text' | 'deleted';

/** A change made on two devices without either seeing the other's: kept for the person to resolve. */
export interface Conflict {
  kind: ConflictKind;
  /** a collection, or a single object (me, settings, map, advisor) */
  collection: string;
  id: string;
  /** the field changed on two devices (absent for a deletion against a change) */
  field?: string;
  /** the devices whose changes meet here, the one kept (the newest) last */
  devices: string[];
  /** when the kept change was made (ISO) */
  keptAt: string;
}

/** Canonical JSON: keys sorted, so two equal values compare equal whatever their key order. */
export function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .filter((k) => o[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(',')}}`;
}

const sameValues = (ws: readonly Write[]) => ws.every((w) => w.a === ws[0]!.a && canonical(w.v) === canonical(ws[0]!.v));
const devicesOf = (ws: readonly Write[]) => [...new Set(ws.map((w) => w.d))];

/**
 * Whether two or more versions of a field are a long text (a journal entry's body, a note):
 * then both are kept, never one silently chosen (a vault written on two devices, and a sync
 * tool's conflict copy of a vault file merged into it).
 */
export function isLongText(field: string, values: readonly unknown[]): boolean {
  return LONG_TEXT_FIELDS.has(field) || values.some((v) => typeof v === 'string' && v.length > LONG_TEXT);
}

/**
 * Two or more versions of a long text kept as one text: the newest first, then each other
 * version under a line that says where it comes from (`label`). A version the text already
 * holds (a text combined before) is not added twice, so combining again changes nothing.
 */
export function bothTexts(newest: string, others: readonly { text: string; label: string }[]): string {
  let out = newest;
  for (const o of others) {
    if (o.text === '' || out.includes(o.text)) continue;
    out = out === '' || o.text.includes(out) ? o.text : `${out}\n\n--- ${o.label} ---\n${o.text}`;
  }
  return out;
}

/** Every conflict, in a fixed order. */
export function conflictsOf(state: SyncState): Conflict[] {
  const out: Conflict[] = [];
  for (const r of state.records.values()) {
    const p = presence(r);
    if (!p.present) continue;
    const collection = r.c === SET ? r.id : r.c;
    if (p.contested) {
      const ws = [...r.alive, ...Object.values(r.fields).flat()].sort(byClock);
      out.push({ kind: 'deleted', collection, id: r.id, devices: devicesOf(ws), keptAt: new Date(millisOf(winner(ws)!.h)).toISOString() });
    }
    for (const f of Object.keys(r.fields).sort()) {
      const ws = r.fields[f]!;
      if (ws.length < 2 || sameValues(ws)) continue;
      const long = isLongText(
        f,
        ws.map((w) => w.v),
      );
      out.push({
        kind: long ? 'text' : 'field',
        collection,
        id: r.id,
        field: f,
        devices: devicesOf(ws),
        keptAt: new Date(millisOf(winner(ws)!.h)).toISOString(),
      });
    }
  }
  return out.sort((x, y) => canonical([x.collection, x.id, x.field ?? '']).localeCompare(canonical([y.collection, y.id, y.field ?? ''])));
}

/** The versions a conflict holds (for the person to choose from): newest first. */
export function versionsOf(state: SyncState, c: Conflict): { device: string; at: string; value: unknown; removed: boolean }[] {
  const coll = (SINGLETON_NAMES as string[]).includes(c.collection) ? SET : c.collection;
  const r = state.records.get(keyOf(coll, c.id));
  if (!r) return [];
  const ws = c.field === undefined ? r.alive : (r.fields[c.field] ?? []);
  return [...ws]
    .reverse()
    .map((w) => ({ device: w.d, at: new Date(millisOf(w.h)).toISOString(), value: w.v, removed: w.a === 1 || w.v === false }));
}

/** The current value of a record (its present fields), or null when it is not there. */
function current(state: SyncState, c: string, id: string): Record<string, unknown> | null {
  const r = state.records.get(keyOf(c, id));
  if (!r || !presence(r).present) return null;
  return valueOf(r);
}

/**
 * The changes a batch of ops makes to this state, field by field (a put sends only the
 * fields it changes, so an edit of one field on each of two devices merges without a conflict).
 */
export function changesFor(state: SyncState, ops: readonly VaultOp[]): Change[] {
  const last = new Map<string, VaultOp>();
  for (const op of ops) {
    const k = op.op === 'set' ? keyOf(SET, op.key) : keyOf(op.collection, op.op === 'put' ? (op.record.id as string) : op.id);
    last.set(k, op);
  }
  const out: Change[] = [];
  for (const op of last.values()) {
    if (op.op === 'delete') {
      if (current(state, op.collection, op.id)) out.push({ c: op.collection, id: op.id, del: 1 });
      continue;
    }
    const [c, id, value] =
      op.op === 'set' ? [SET, op.key as string, op.value] : [op.collection as string, op.record.id as string, op.record];
    const now = current(state, c, id);
    const ch: Change = { c, id };
    const put: Record<string, unknown> = {};
    for (const [f, v] of Object.entries(value)) {
      if (c !== SET && f === 'id') continue;
      if (v === undefined) continue;
      if (!now || !(f in now) || canonical(now[f]) !== canonical(v)) put[f] = v;
    }
    const drop = now ? Object.keys(now).filter((f) => !(f in value) || value[f] === undefined) : [];
    if (!now) ch.born = 1;
    if (Object.keys(put).length > 0) ch.put = put;
    if (drop.length > 0) ch.drop = drop;
    if (ch.born || ch.put || ch.drop) out.push(ch);
  }
  return out;
}

/** The change that settles a conflict: the chosen version (index into versionsOf) written after all of them. */
export function resolutionOf(state: SyncState, c: Conflict, choice: number): Change | null {
  const coll = (SINGLETON_NAMES as string[]).includes(c.collection) ? SET : c.collection;
  const v = versionsOf(state, c)[choice];
  if (!v) return null;
  if (c.field === undefined) return v.removed ? { c: coll, id: c.id, del: 1 } : { c: coll, id: c.id, born: 1 };
  return v.removed ? { c: coll, id: c.id, drop: [c.field] } : { c: coll, id: c.id, put: { [c.field]: v.value } };
}

/** The state as plain JSON (a snapshot's contents). */
export function encodeState(state: SyncState): unknown {
  return { frontier: state.frontier, extra: state.extra, devices: state.devices, records: [...state.records.values()] };
}

export function decodeState(raw: unknown): SyncState {
  const o = raw as { frontier: Vector; extra: Record<string, number[]>; devices: Record<string, DeviceInfo>; records: RecordState[] };
  if (!o || typeof o !== 'object' || !Array.isArray(o.records)) throw new Error('not a snapshot');
  const records = new Map<string, RecordState>();
  for (const r of o.records) records.set(keyOf(r.c, r.id), r);
  return { frontier: { ...o.frontier }, extra: { ...o.extra }, devices: { ...o.devices }, records };
}

export type { CollectionName, SingletonName };
