import { z } from 'zod';
import { CompeerError, schemaProblem } from '../../../shared/errors';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  SINGLETONS,
  SINGLETON_NAMES,
  type CollectionName,
  type SingletonName,
  type VaultDocument,
} from '../../../shared/schema/document';

/**
 * A change to the document. Every save appends a batch of these as one encrypted record,
 * so a save costs the size of the change, not the size of the vault.
 */
export type VaultOp =
  | { op: 'put'; collection: CollectionName; record: Record<string, unknown> }
  | { op: 'delete'; collection: CollectionName; id: string }
  | { op: 'set'; key: SingletonName; value: Record<string, unknown> };

const collectionName = z.enum(COLLECTION_NAMES as [CollectionName, ...CollectionName[]]);
const opShape = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), collection: collectionName, record: z.record(z.string(), z.unknown()) }),
  z.object({ op: z.literal('delete'), collection: collectionName, id: z.string() }),
  z.object({
    op: z.literal('set'),
    key: z.enum(SINGLETON_NAMES as [SingletonName, ...SingletonName[]]),
    value: z.record(z.string(), z.unknown()),
  }),
]);

/** Validate an op and give its record the schema's defaults. */
export function parseOp(raw: unknown): VaultOp {
  const shape = opShape.safeParse(raw);
  if (!shape.success) throw new CompeerError('INVALID_INPUT', `Not a valid change: ${schemaProblem(shape.error)}`);
  const op = shape.data;
  if (op.op === 'put') {
    const parsed = COLLECTIONS[op.collection].safeParse(op.record);
    if (!parsed.success) {
      throw new CompeerError('INVALID_INPUT', `Not a valid ${op.collection} record (${schemaProblem(parsed.error, { whole: 'record' })}).`);
    }
    return { op: 'put', collection: op.collection, record: parsed.data };
  }
  if (op.op === 'set') {
    const parsed = SINGLETONS[op.key].safeParse(op.value);
    if (!parsed.success) throw new CompeerError('INVALID_INPUT', `Not valid ${op.key}: ${schemaProblem(parsed.error)}`);
    return { op: 'set', key: op.key, value: parsed.data };
  }
  return op;
}

/**
 * Where each record sits in its collection, by id, so applying an op costs O(1) instead of a
 * search through the collection. Built per collection on first use (a lazy collection is
 * parsed then) and kept up to date by `applyOps`.
 */
export class RecordIndex {
  private readonly positions = new Map<CollectionName, Map<string, number>>();

  constructor(private readonly doc: VaultDocument) {}

  of(collection: CollectionName): Map<string, number> {
    let m = this.positions.get(collection);
    if (!m) {
      m = new Map();
      const list = this.doc[collection] as { id: string }[];
      for (let i = 0; i < list.length; i++) m.set(list[i]!.id, i);
      this.positions.set(collection, m);
    }
    return m;
  }

  /** Forget a collection's positions (they are rebuilt on next use). */
  drop(collection: CollectionName): void {
    this.positions.delete(collection);
  }
}

/**
 * Apply validated ops to the document in place, with the same result as searching each
 * record (a put replaces the record with its id where it stands, or appends it; a delete
 * removes it) in O(1) per op: deleted slots are only marked during the batch and removed
 * in one pass per collection at its end, so positions stay valid while the batch runs.
 */
export function applyOps(doc: VaultDocument, ops: readonly VaultOp[], index: RecordIndex = new RecordIndex(doc)): void {
  const dead = new Map<CollectionName, Set<number>>();
  for (const op of ops) {
    if (op.op === 'set') {
      (doc as Record<string, unknown>)[op.key] = op.value;
      continue;
    }
    const list = doc[op.collection] as { id: string }[];
    const at = index.of(op.collection);
    if (op.op === 'put') {
      const id = op.record.id as string;
      const i = at.get(id);
      if (i !== undefined) list[i] = op.record as { id: string };
      else at.set(id, list.push(op.record as { id: string }) - 1);
    } else {
      const i = at.get(op.id);
      if (i === undefined) continue;
      at.delete(op.id);
      let slots = dead.get(op.collection);
      if (!slots) dead.set(op.collection, (slots = new Set()));
      slots.add(i);
    }
  }
  for (const [collection, slots] of dead) {
    const list = doc[collection] as unknown[];
    let w = 0;
    for (let r = 0; r < list.length; r++) if (!slots.has(r)) list[w++] = list[r];
    list.length = w;
    index.drop(collection);
  }
}
