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

/** In a list sorted by date: the first position whose day is `day` or later. */
export function firstOnOrAfter(list: readonly Pick<Interaction, 'date'>[], day: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.date < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** In a list sorted by date: how many fall on or before `day`. */
export function countUpTo(list: readonly Pick<Interaction, 'date'>[], day: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.date <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
