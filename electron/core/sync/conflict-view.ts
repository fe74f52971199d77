import { CompeerError } from '../../../shared/errors';
import { redactDocument, withoutConfidential } from '../../../shared/confidential';
import {
  COLLECTION_NAMES,
  SINGLETON_NAMES,
  emptyDocument,
  type CollectionName,
  type SingletonName,
  type VaultDocument,
} from '../../../shared/schema/document';
import { canonical, type Conflict } from './merge';
import type { SharedVault } from './shared-vault';
import type { ConflictVersion } from '../../../shared/domain/sync-views';

export type { ConflictVersion };

/** Where a conflict is, as the window names it (its devices and time come from the vault, never from the window). */
export interface ConflictKey {
  kind: Conflict['kind'];
  collection: string;
  id: string;
  field?: string;
}

const sameKey = (a: ConflictKey, b: ConflictKey) =>
  a.kind === b.kind && a.collection === b.collection && a.id === b.id && (a.field ?? null) === (b.field ?? null);

/** The open conflict at `key`, or a plain NOT_FOUND (settled meanwhile, on this device or another). */
export function findConflict(shared: SharedVault, key: ConflictKey): Conflict {
  const c = shared.conflicts().find((x) => sameKey(x, key));
  if (!c) throw new CompeerError('NOT_FOUND', 'That change is settled already (here or on another device). Nothing was changed.');
  return c;
}

/** A value in words: text as it is, a list joined, yes or no, anything else as JSON. */
export function versionText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join(', ');
  return JSON.stringify(v);
}

const isCollection = (c: string): c is CollectionName => (COLLECTION_NAMES as string[]).includes(c);
const isSingleton = (c: string): c is SingletonName => (SINGLETON_NAMES as string[]).includes(c);

/**
 * Whether a version's value would be confidential in the record as it is now (the one
 * declaration in shared/schema/confidentiality.ts decides, as for every screen): the value put
 * in the record, masked, and compared.
 */
export function versionIsConfidential(doc: Readonly<VaultDocument>, c: ConflictKey, value: unknown): boolean {
  if (c.field === undefined) return false;
  if (isCollection(c.collection)) {
    const now = (doc[c.collection] as { id: string }[]).find((r) => r.id === c.id) ?? { id: c.id };
    const candidate = { ...now, [c.field]: value } as Record<string, unknown>;
    const masked = withoutConfidential<Record<string, unknown>>(c.collection, candidate);
    return canonical(masked[c.field]) !== canonical(candidate[c.field]);
  }
  if (isSingleton(c.collection)) {
    const one = { ...emptyDocument(), [c.collection]: { ...doc[c.collection], [c.field]: value } } as VaultDocument;
    const masked = redactDocument(one)[c.collection] as unknown as Record<string, unknown>;
    return canonical(masked[c.field]) !== canonical(value);
  }
  // a part of the vault this version does not know: its text stays hidden until revealed
  return true;
}

/** The versions of a conflict, newest first; confidential values only when `reveal`. */
export function conflictVersions(shared: SharedVault, key: ConflictKey, reveal: boolean): ConflictVersion[] {
  const c = findConflict(shared, key);
  const names = new Map(shared.devices().map((d) => [d.id, d.name]));
  const doc = shared.data;
  return shared.versions(c).map((v, index) => {
    const confidential = !v.removed && versionIsConfidential(doc, c, v.value);
    return {
      index,
      device: v.device,
      deviceName: names.get(v.device) ?? v.device,
      at: v.at,
      removed: v.removed,
      confidential,
      value: v.removed || c.field === undefined ? null : confidential && !reveal ? null : versionText(v.value),
    };
  });
}

/** A choice the window sent, checked against the versions there are. */
export function checkChoice(shared: SharedVault, key: ConflictKey, choice: number): Conflict {
  const c = findConflict(shared, key);
  if (!Number.isInteger(choice) || choice < 0 || choice >= shared.versions(c).length)
    throw new CompeerError('INVALID_INPUT', 'There is no such version of that change. Nothing was changed.');
  return c;
}
