import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { RecordIndex, applyOps, type VaultOp } from '../../../electron/core/vault/ops';
import { emptyDocument, type VaultDocument } from '../../../shared/schema/document';

/** The reference: what applying ops meant before the index (a search per op). */
function applyBySearch(doc: VaultDocument, ops: readonly VaultOp[]): void {
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

const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const collection = fc.constantFrom('peers' as const, 'ties' as const);
const opArb: fc.Arbitrary<VaultOp> = fc.oneof(
  fc.record({ op: fc.constant('put' as const), collection, record: fc.record({ id: ids, v: fc.integer({ min: 0, max: 9 }) }) }),
  fc.record({ op: fc.constant('delete' as const), collection, id: ids }),
);

describe('applying ops by index', () => {
  test('gives the same document as searching each record, on random op sequences split into random batches', () => {
    fc.assert(
      fc.property(fc.array(fc.array(opArb, { maxLength: 12 }), { maxLength: 8 }), (batches) => {
        const indexed = emptyDocument();
        const searched = emptyDocument();
        const index = new RecordIndex(indexed);
        for (const batch of batches) {
          applyOps(indexed, batch, index);
          applyBySearch(searched, batch);
          expect(indexed).toEqual(searched);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('a put of a record deleted earlier in the same batch goes to the end, as before', () => {
    const doc = emptyDocument();
    const put = (id: string, v: number): VaultOp => ({ op: 'put', collection: 'peers', record: { id, v } });
    applyOps(doc, [put('a', 1), put('b', 1), put('c', 1)]);
    applyOps(doc, [
      { op: 'delete', collection: 'peers', id: 'a' },
      put('b', 2),
      put('a', 3),
      { op: 'delete', collection: 'peers', id: 'c' },
    ]);
    expect(doc.peers).toEqual([
      { id: 'b', v: 2 },
      { id: 'a', v: 3 },
    ]);
  });
});
