import type { Interaction } from '../schema/document';

/** Each peer's interactions, oldest first (ties by id, so the order is stable). */
export function interactionsByPeer<I extends Pick<Interaction, 'id' | 'date' | 'peerIds'>>(interactions: readonly I[]): Map<string, I[]> {
  const out = new Map<string, I[]>();
  for (const i of interactions) {
    for (const id of i.peerIds) {
      let list = out.get(id);
      if (!list) out.set(id, (list = []));
      list.push(i);
    }
  }
  for (const list of out.values()) list.sort(byDate);
  return out;
}

export const byDate = (a: Pick<Interaction, 'id' | 'date'>, b: Pick<Interaction, 'id' | 'date'>): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
