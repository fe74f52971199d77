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

export function redactRecord<T extends object>(collection: CollectionName, record: T, marker = REDACTED): T {
  const rule = CONFIDENTIAL_FIELDS[collection];
  const r = record as Record<string, unknown>;
  if (!rule || r[rule.flag] !== true) return record;
  const out: Record<string, unknown> = { ...r };
  for (const f of rule.fields) if (typeof out[f] === 'string' && out[f] !== '') out[f] = marker;
  return out as T;
}

export function redactDocument(doc: VaultDocument): VaultDocument {
  const out = { ...doc } as Record<string, unknown>;
  for (const c of Object.keys(CONFIDENTIAL_FIELDS) as CollectionName[]) {
    out[c] = (doc[c] as object[]).map((r) => redactRecord(c, r));
  }
  return out as VaultDocument;
}
