import { peerSchema, type Peer } from '../../../shared/schema/document';
import type { PeerType } from '../../../shared/schema/vocabulary';
import type { VaultOp } from '../vault';

/** What the preview lets the user choose for the whole batch of a contact import. */
export interface BatchChoices {
  /** peers the import would add that the user left out (by the rows they unticked) */
  leaveOut: ReadonlySet<string>;
  /** peer types and tags given to every peer the import adds (merged peers keep theirs) */
  peerTypes: readonly PeerType[];
  tags: readonly string[];
}

/**
 * The import's ops with the batch choices applied: a left-out new peer is not written; each
 * new peer gets the batch's types and tags beside its own (tags compared without case, the
 * schema's cap of 200 kept). Peers already in the vault (`existingIds`) are never left out or
 * retyped here: a merge row changes only what the file brought. The ops may come a step at
 * a time: each op is judged alone.
 */
export function applyBatchChoices(ops: readonly VaultOp[], existingIds: ReadonlySet<string>, choices: BatchChoices): VaultOp[] {
  const out: VaultOp[] = [];
  for (const op of ops) {
    // the birthday of a new peer left out goes with it
    if (
      op.op === 'put' &&
      op.collection === 'lifeEvents' &&
      choices.leaveOut.has(op.record.peerId as string) &&
      !existingIds.has(op.record.peerId as string)
    )
      continue;
    if (op.op !== 'put' || op.collection !== 'peers' || existingIds.has(op.record.id as string)) {
      out.push(op);
      continue;
    }
    const peer = op.record as unknown as Peer;
    if (choices.leaveOut.has(peer.id)) continue;
    const types = [...new Set([...peer.peerTypes, ...choices.peerTypes])];
    const have = new Set(peer.tags.map((t) => t.toLowerCase()));
    const tags = [...peer.tags];
    for (const t of choices.tags) {
      if (tags.length >= 200) break;
      if (!have.has(t.toLowerCase())) {
        have.add(t.toLowerCase());
        tags.push(t);
      }
    }
    out.push({ ...op, record: peerSchema.parse({ ...peer, peerTypes: types, tags }) as unknown as typeof op.record });
  }
  return out;
}
