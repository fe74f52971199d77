import { z } from 'zod';
import { CompeerError } from '../../../shared/errors';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  mapStateSchema,
  meSchema,
  settingsSchema,
  type CollectionName,
  type VaultDocument,
} from '../../../shared/schema/document';

/**
 * A change to the document. Every save appends a batch of these as one encrypted record,
 * so a save costs the size of the change, not the size of the vault.
 */
export type VaultOp =
  | { op: 'put'; collection: CollectionName; record: Record<string, unknown> }
  | { op: 'delete'; collection: CollectionName; id: string }
  | { op: 'set'; key: 'me' | 'settings' | 'map'; value: Record<string, unknown> };

const opShape = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), collection: z.enum(COLLECTION_NAMES as [CollectionName, ...CollectionName[]]), record: z.record(z.string(), z.unknown()) }),
  z.object({ op: z.literal('delete'), collection: z.enum(COLLECTION_NAMES as [CollectionName, ...CollectionName[]]), id: z.string() }),
  z.object({ op: z.literal('set'), key: z.enum(['me', 'settings', 'map']), value: z.record(z.string(), z.unknown()) }),
]);

/** Validate an op and give its record the schema's defaults. */
export function parseOp(raw: unknown): VaultOp {
  const shape = opShape.safeParse(raw);
  if (!shape.success) throw new CompeerError('INVALID_INPUT', `Not a valid change: ${shape.error.issues[0]?.message ?? ''}`);
  const op = shape.data;
  if (op.op === 'put') {
    const parsed = COLLECTIONS[op.collection].safeParse(op.record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CompeerError('INVALID_INPUT', `Not a valid ${op.collection} record (${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}).`);
    }
    return { op: 'put', collection: op.collection, record: parsed.data };
  }
  if (op.op === 'set') {
    const schema = op.key === 'me' ? meSchema : op.key === 'settings' ? settingsSchema : mapStateSchema;
    const parsed = schema.safeParse(op.value);
    if (!parsed.success) throw new CompeerError('INVALID_INPUT', `Not valid ${op.key}: ${parsed.error.issues[0]?.message ?? ''}`);
    return { op: 'set', key: op.key, value: parsed.data };
  }
  return op;
}

/** Apply validated ops to the document in place. */
export function applyOps(doc: VaultDocument, ops: readonly VaultOp[]): void {
  for (const op of ops) {
    if (op.op === 'set') {
      (doc as Record<string, unknown>)[op.key] = op.value;
      continue;
    }
    const list = doc[op.collection] as { id: string }[];
    const id = op.op === 'put' ? (op.record.id as string) : op.id;
    const at = list.findIndex((r) => r.id === id);
    if (op.op === 'put') {
      if (at >= 0) list[at] = op.record as { id: string };
      else list.push(op.record as { id: string });
    } else if (at >= 0) {
      list.splice(at, 1);
    }
  }
}
