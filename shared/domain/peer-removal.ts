import type { Interaction, LifeEvent } from '../schema/document';

export interface PeerRemoval {
  /** interactions with no one left: deleted */
  deleted: Interaction[];
  /** group interactions that keep their other peers: the peer, and exchanges with them alone, leave */
  changed: { before: Interaction; after: Interaction }[];
  lifeEvents: LifeEvent[];
}

/** What deleting peers does to the log: nothing points at a peer who is gone. */
export function removePeersFromLog(
  interactions: readonly Interaction[],
  lifeEvents: readonly LifeEvent[],
  ids: ReadonlySet<string>,
): PeerRemoval {
  const out: PeerRemoval = { deleted: [], changed: [], lifeEvents: lifeEvents.filter((e) => ids.has(e.peerId)) };
  for (const i of interactions) {
    if (!i.peerIds.some((id) => ids.has(id))) continue;
    const peerIds = i.peerIds.filter((id) => !ids.has(id));
    if (peerIds.length === 0) out.deleted.push(i);
    else
      out.changed.push({
        before: i,
        after: { ...i, peerIds, exchanges: i.exchanges.filter((x) => x.peerId === undefined || !ids.has(x.peerId)) },
      });
  }
  return out;
}
