import type { Peer } from '../schema/document';
import { fold } from '../text-fold';
import type { CareerStage, PeerStatus, PeerType } from '../schema/vocabulary';

/** What the list's search, filters and orders read of a peer, beside what the log adds. */
export const FILTERED_FIELDS = [
  'id',
  'name',
  'company',
  'role',
  'tags',
  'skills',
  'peerTypes',
  'status',
  'careerStage',
  'source',
  'updatedAt',
  'closeness',
] as const satisfies readonly (keyof Peer)[];

export type FilterablePeer = Pick<Peer, (typeof FILTERED_FIELDS)[number]> & {
  /** from the log (peer-summary.ts): the last interaction, and when the next check-in falls */
  lastContact?: string | null;
  nextCheckIn?: string | null;
};

export interface PeerFilter {
  query: string;
  types: PeerType[];
  statuses: PeerStatus[];
  stages: CareerStage[];
  tags: string[];
  sources: string[];
}

export type PeerSort = 'name' | 'company' | 'recent' | 'closeness' | 'lastContact' | 'nextCheckIn';

export const emptyFilter = (): PeerFilter => ({ query: '', types: [], statuses: [], stages: [], tags: [], sources: [] });

/** Accents and case ignored: the one folding, re-exported where the peer list's search uses it. */
export { fold };

// one collator for every comparison: the same order as localeCompare, without its cost per call
const collator = new Intl.Collator();
const byName = (a: FilterablePeer, b: FilterablePeer) => collator.compare(a.name, b.name);

/** The orders a peer list can be shown in. */
export const PEER_SORTS: Record<PeerSort, (a: FilterablePeer, b: FilterablePeer) => number> = {
  name: byName,
  company: (a, b) => collator.compare(a.company, b.company) || byName(a, b),
  recent: (a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0),
  closeness: (a, b) => b.closeness - a.closeness || byName(a, b),
  // most recent contact first; never contacted last
  lastContact: (a, b) => nullsLast(a.lastContact, b.lastContact, -1) || byName(a, b),
  // soonest (most overdue) check-in first; no cadence last
  nextCheckIn: (a, b) => nullsLast(a.nextCheckIn, b.nextCheckIn, 1) || byName(a, b),
};

/** Compare two days, ascending (1) or descending (-1), with absent ones last either way. */
function nullsLast(x: string | null | undefined, y: string | null | undefined, dir: 1 | -1): number {
  if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
  return x < y ? -dir : x > y ? dir : 0;
}

/**
 * A peer list prepared for searching and sorting, for as long as the list itself does not
 * change: each peer's searchable text (folded once, on the first search) and each order
 * (sorted once, when first asked for). A search then only walks one order and tests each
 * peer, without copying or sorting the list again.
 */
export interface PeerIndex<P extends FilterablePeer> {
  peers: readonly P[];
  text: () => readonly string[];
  order: (sort: PeerSort) => Uint32Array;
  /** whether this order is sorted already */
  hasOrder: (sort: PeerSort) => boolean;
}

export function indexPeers<P extends FilterablePeer>(peers: readonly P[]): PeerIndex<P> {
  let text: string[] | undefined;
  const orders = new Map<PeerSort, Uint32Array>();
  return {
    peers,
    text: () => (text ??= peers.map((p) => fold(`${p.name} ${p.company} ${p.role} ${p.tags.join(' ')} ${p.skills.join(' ')}`))),
    order: (sort) => {
      let o = orders.get(sort);
      if (!o) {
        const compare = PEER_SORTS[sort];
        o = Uint32Array.from(peers.keys()).sort((a, b) => compare(peers[a]!, peers[b]!) || a - b);
        orders.set(sort, o);
      }
      return o;
    },
    hasOrder: (sort) => orders.has(sort),
  };
}

/** Whether the peer at each position of the index passes the search and filters (selectPeers' test, one home). */
export function matcherOf<P extends FilterablePeer>(index: PeerIndex<P>, f: PeerFilter): (i: number) => boolean {
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  const text = words.length ? index.text() : [];
  const { peers } = index;
  return (i) => {
    const p = peers[i]!;
    if (f.types.length && !p.peerTypes.some((t) => f.types.includes(t))) return false;
    if (f.statuses.length && !f.statuses.includes(p.status)) return false;
    if (f.stages.length && (!p.careerStage || !f.stages.includes(p.careerStage))) return false;
    if (f.tags.length && !p.tags.some((t) => f.tags.includes(t))) return false;
    if (f.sources.length && !f.sources.includes(p.source || 'Added by hand')) return false;
    if (words.length) {
      const hay = text[i]!;
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  };
}

/** Search (name, company, role, tags, skills; accents and case ignored) and filters, in the order asked for. */
export function selectPeers<P extends FilterablePeer>(index: PeerIndex<P>, f: PeerFilter, sort: PeerSort = 'name'): P[] {
  const matches = matcherOf(index, f);
  const { peers } = index;
  const out: P[] = [];
  for (const i of index.order(sort)) if (matches(i)) out.push(peers[i]!);
  return out;
}

/**
 * The first `k` peers selectPeers would give, and how many it would give in all, without
 * sorting the whole list when this order is not kept yet (a list's first screenful after a change).
 */
export function firstPeers<P extends FilterablePeer>(
  index: PeerIndex<P>,
  f: PeerFilter,
  sort: PeerSort,
  k: number,
): { first: P[]; matched: number } {
  const { peers } = index;
  const matches = matcherOf(index, f);
  if (index.hasOrder(sort) || k * 8 >= peers.length) {
    const all = selectPeers(index, f, sort);
    return { first: all.slice(0, k), matched: all.length };
  }
  const compare = PEER_SORTS[sort];
  const cmp = (a: number, b: number) => compare(peers[a]!, peers[b]!) || a - b;
  // the best k so far, in order: a peer after the last of them once k are known is passed over
  const best: number[] = [];
  let matched = 0;
  for (let i = 0; i < peers.length; i++) {
    if (!matches(i)) continue;
    matched += 1;
    if (best.length === k && cmp(i, best[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cmp(best[mid]!, i) < 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, i);
    if (best.length > k) best.pop();
  }
  return { first: best.map((i) => peers[i]!), matched };
}

/** The same as selectPeers for a list used once. */
export const filterPeers = <P extends FilterablePeer>(peers: readonly P[], f: PeerFilter, sort: PeerSort = 'name'): P[] =>
  selectPeers(indexPeers(peers), f, sort);

/** Every tag in use, sorted: the options of a tag filter. */
export const allTags = (peers: readonly Pick<Peer, 'tags'>[]): string[] => [...new Set(peers.flatMap((p) => p.tags))].sort();
