import { COLLECTION_NAMES, SINGLETON_NAMES, type VaultDocument } from '../../../shared/schema/document';
import type { VaultOp } from '../vault/ops';
import { canonical } from './merge';

/** The ops that turn `before` into `after`, record by record (the shared vault then sends only the changed fields). */
export function diffOps(before: Readonly<VaultDocument>, after: Readonly<VaultDocument>): VaultOp[] {
  const ops: VaultOp[] = [];
  for (const c of COLLECTION_NAMES) {
    const was = new Map((before[c] as { id: string }[]).map((r) => [r.id, canonical(r)]));
    const now = new Set<string>();
    for (const r of after[c] as { id: string }[]) {
      now.add(r.id);
      if (was.get(r.id) !== canonical(r)) ops.push({ op: 'put', collection: c, record: r });
    }
    for (const id of was.keys()) if (!now.has(id)) ops.push({ op: 'delete', collection: c, id });
  }
  for (const k of SINGLETON_NAMES) {
    if (canonical(before[k]) !== canonical(after[k])) ops.push({ op: 'set', key: k, value: after[k] });
  }
  return ops;
}

/** Which record an op is about (a singleton by its name). */
export const opKey = (op: VaultOp): string =>
  op.op === 'set' ? `$set\u0000${op.key}` : `${op.collection}\u0000${op.op === 'put' ? String(op.record.id) : op.id}`;

/** What an op leaves in its record, to tell one op from another with the same key. */
export const opValue = (op: VaultOp): string => (op.op === 'delete' ? 'deleted' : canonical(op.op === 'put' ? op.record : op.value));
