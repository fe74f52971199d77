import { CompeerError } from '../errors';
import { SCHEMA_VERSION, documentSchema, type VaultDocument } from './document';

/**
 * One step per schema version: MIGRATIONS[n] turns a version-n document into version n+1.
 * Steps are pure functions over plain JSON; the result is validated against the current
 * schema after the last step. Version 1 is the first, so there are no steps yet.
 */
type Json = Record<string, unknown>;
export const MIGRATIONS: Readonly<Record<number, (doc: Json) => Json>> = {};

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
