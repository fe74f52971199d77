import { redactDocument, redactRecord, withoutConfidential } from '../../../shared/confidential';
import { COLLECTION_NAMES, SINGLETON_NAMES, type CollectionName, type VaultDocument } from '../../../shared/schema/document';
import { millisOf } from './hlc';
import { SET, canonical, keyOf, sees, versionsOf, type Conflict, type SyncState, type Write } from './merge';

/**
 * What a person can choose between for one change made on two devices at once: the versions of
 * a field (newest first), or, for a record deleted on one device and changed on another, the
 * deletion and the kept record. `choice` is what SharedVault.resolve takes for it.
 */
export interface ConflictChoice {
  /** the devices whose version this is */
  devices: string[];
  /** when it was written (ISO) */
  at: string;
  /** value: a field's value; removed: the field emptied; deleted / kept: the record */
  kind: 'value' | 'removed' | 'deleted' | 'kept';
  value?: unknown;
  choice: number | 'keep' | 'delete';
  /** the version the vault shows now */
  current: boolean;
}

const iso = (w: Write) => new Date(millisOf(w.h)).toISOString();
const collectionOf = (c: Conflict) => ((SINGLETON_NAMES as string[]).includes(c.collection) ? SET : c.collection);

export function choicesOf(state: SyncState, c: Conflict): ConflictChoice[] {
  if (c.field !== undefined) {
    return versionsOf(state, c).map((v, i) => ({
      devices: [v.device],
      at: v.at,
      kind: v.removed ? 'removed' : 'value',
      ...(v.removed ? {} : { value: v.value }),
      choice: i,
      current: i === 0,
    }));
  }
  const r = state.records.get(keyOf(collectionOf(c), c.id));
  if (!r) return [];
  const dels = r.alive.filter((w) => w.v === false);
  // the record's side: kept (or made again) where the deletion was not known, or changed there
  const lives = [
    ...r.alive.filter((w) => w.v !== false),
    ...Object.values(r.fields)
      .flat()
      .filter((w) => !dels.some((d) => sees(d, w))),
  ];
  const side = (ws: Write[], kind: 'deleted' | 'kept'): ConflictChoice | null => {
    if (ws.length === 0) return null;
    const sorted = [...ws].sort((x, y) => (x.h < y.h ? 1 : x.h > y.h ? -1 : 0));
    return {
      devices: [...new Set(sorted.map((w) => w.d))],
      at: iso(sorted[0]!),
      kind,
      choice: kind === 'deleted' ? 'delete' : 'keep',
      // a contested record stays until the person chooses
      current: kind === 'kept',
    };
  };
  return [side(dels, 'deleted'), side(lives, 'kept')]
    .filter((x): x is ConflictChoice => x !== null)
    .sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : 0));
}

/**
 * Whether a version's value is confidential text where it would be kept (by the one declaration
 * of confidential text: shared/confidential.ts), so it is shown only when asked for.
 */
export function isConfidentialValue(doc: Readonly<VaultDocument>, c: Conflict, value: unknown): boolean {
  if (c.field === undefined) return false;
  const field = c.field;
  if ((COLLECTION_NAMES as string[]).includes(c.collection)) {
    const coll = c.collection as CollectionName;
    const rec = (doc[coll] as { id: string }[]).find((x) => x.id === c.id) ?? { id: c.id };
    const red = redactRecord(coll, { ...rec, [field]: value }) as Record<string, unknown>;
    return canonical(red[field]) !== canonical(value);
  }
  if ((SINGLETON_NAMES as string[]).includes(c.collection)) {
    const key = c.collection as (typeof SINGLETON_NAMES)[number];
    const red = redactDocument({ ...doc, [key]: { ...doc[key], [field]: value } })[key] as Record<string, unknown>;
    return canonical(red[field]) !== canonical(value);
  }
  return false;
}

/** A record's name or title, when it has one that is not confidential (to say which record a conflict is in). */
export function recordLabel(doc: Readonly<VaultDocument>, c: Conflict): string | null {
  if (!(COLLECTION_NAMES as string[]).includes(c.collection)) return null;
  const coll = c.collection as CollectionName;
  const rec = (doc[coll] as { id: string }[]).find((x) => x.id === c.id);
  if (!rec) return null;
  const open = withoutConfidential(coll, rec) as Record<string, unknown>;
  const label = open.name ?? open.title;
  return typeof label === 'string' && label.trim() !== '' ? label : null;
}
