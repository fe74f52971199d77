import type { CollectionName, VaultDocument } from './schema/document';

/** What stands in for confidential text that was left out of an export or a list. */
export const REDACTED = '[confidential: not exported]';

/**
 * Where confidential text lives: per collection, the flag that marks a record confidential
 * and the text fields it hides. Used by exports and by anything that lists records.
 */
export const CONFIDENTIAL_FIELDS: Partial<Record<CollectionName, { flag: string; fields: readonly string[] }>> = {
  peers: { flag: 'notesConfidential', fields: ['notes'] },
  interactions: { flag: 'confidential', fields: ['summary'] },
  notes: { flag: 'confidential', fields: ['text'] },
  journal: { flag: 'confidential', fields: ['title', 'body'] },
};

/** Confidential text inside a record's list of parts: a group's meeting notes. */
export const CONFIDENTIAL_PARTS: Partial<Record<CollectionName, { list: string; flag: string; fields: readonly string[] }>> = {
  groups: { list: 'meetings', flag: 'notesConfidential', fields: ['notes'] },
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function redactFields(r: Obj, rule: { flag: string; fields: readonly string[] }, marker: string): Obj {
  if (r[rule.flag] !== true) return r;
  const out: Obj = { ...r };
  for (const f of rule.fields) if (typeof out[f] === 'string' && out[f] !== '') out[f] = marker;
  return out;
}

export function redactRecord<T extends object>(collection: CollectionName, record: T, marker = REDACTED): T {
  const rule = CONFIDENTIAL_FIELDS[collection];
  const parts = CONFIDENTIAL_PARTS[collection];
  let out = record as Obj;
  if (rule) out = redactFields(out, rule, marker);
  if (parts && Array.isArray(out[parts.list])) out = { ...out, [parts.list]: (out[parts.list] as unknown[]).map((p) => (isObj(p) ? redactFields(p, parts, marker) : p)) };
  return out as T;
}

export function redactDocument(doc: VaultDocument): VaultDocument {
  const out = { ...doc } as Record<string, unknown>;
  for (const c of new Set([...Object.keys(CONFIDENTIAL_FIELDS), ...Object.keys(CONFIDENTIAL_PARTS)]) as Set<CollectionName>) {
    out[c] = (doc[c] as object[]).map((r) => redactRecord(c, r));
  }
  return out as VaultDocument;
}

/**
 * An imported record merged over the vault's: fields that stand for left-out confidential
 * text keep the vault's value, in the record and in its parts (a meeting's notes, by the
 * meeting's id).
 */
export function mergeKeepingConfidential(collection: CollectionName, before: Obj, incoming: Obj): Obj {
  const merged: Obj = { ...before, ...Object.fromEntries(Object.entries(incoming).filter(([, v]) => v !== REDACTED)) };
  const parts = CONFIDENTIAL_PARTS[collection];
  if (parts && Array.isArray(incoming[parts.list])) {
    const old = new Map((Array.isArray(before[parts.list]) ? (before[parts.list] as unknown[]) : []).filter(isObj).map((p) => [p.id, p]));
    merged[parts.list] = (incoming[parts.list] as unknown[]).map((p) => {
      if (!isObj(p)) return p;
      const was = old.get(p.id);
      const kept = { ...p };
      for (const f of parts.fields) if (kept[f] === REDACTED) kept[f] = was?.[f] ?? '';
      return kept;
    });
  }
  return merged;
}
