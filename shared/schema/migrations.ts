import { CompeerError } from '../errors';
import { COLLECTIONS, COLLECTION_NAMES, SCHEMA_VERSION, documentSchema, mapStateSchema, meSchema, settingsSchema, type VaultDocument } from './document';

/**
 * One step per schema version: MIGRATIONS[n] turns a version-n document into version n+1.
 * Steps are pure functions over plain JSON; the result is validated against the current
 * schema after the last step.
 */
type Json = Record<string, unknown>;
export const MIGRATIONS: Readonly<Record<number, (doc: Json) => Json>> = {
  // 1 -> 2: the network map's saved layout
  1: (doc) => ({ ...doc, map: { positions: {} } }),
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
    throw new CompeerError(
      'NEWER_VERSION',
      `This vault was written by a newer Compeer (data version ${version}, this app reads up to ${target}). Update Compeer to open it; nothing was changed.`,
    );
  }
  while (version < target) {
    const step = steps[version];
    if (!step) throw new CompeerError('INTERNAL', `No migration from data version ${version}.`);
    doc = { ...step(doc), schemaVersion: version + 1 };
    version += 1;
  }
  return doc;
}

/** Migrate and validate: the only way raw JSON becomes a VaultDocument. */
export function toDocument(raw: unknown): VaultDocument {
  const migrated = migrate(raw);
  const parsed = documentSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CompeerError(
      'DAMAGED',
      `The vault decrypted but its contents are not valid (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}). Nothing was changed.`,
    );
  }
  return parsed.data;
}

/** Full validation in slices, yielding between them; resolves with the first problem or null. */
export async function validateInSlices(doc: VaultDocument, yieldFn: () => Promise<void>, stopped: () => boolean = () => false, slice = 500): Promise<string | null> {
  for (const [key, schema] of [['me', meSchema], ['settings', settingsSchema], ['map', mapStateSchema]] as const) {
    const r = schema.safeParse(doc[key]);
    if (!r.success) return `${key}: ${r.error.issues[0]?.message ?? 'invalid'}`;
  }
  for (const c of COLLECTION_NAMES) {
    const list = doc[c] as unknown[];
    for (let i = 0; i < list.length; i += slice) {
      for (let j = i; j < Math.min(list.length, i + slice); j++) {
        const r = COLLECTIONS[c].safeParse(list[j]);
        if (!r.success) return `${c}[${j}].${r.error.issues[0]?.path.join('.') ?? ''}: ${r.error.issues[0]?.message ?? 'invalid'}`;
      }
      await yieldFn();
      if (stopped()) return null;
    }
  }
  return null;
}
