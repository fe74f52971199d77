import type { CareerStage, PeerStatus, PeerType } from '../schema/vocabulary';
import { allTags, firstPeers, selectPeers, type FilterablePeer, type PeerFilter, type PeerIndex, type PeerSort } from './peer-filter';
import type { PeerSummary } from './peer-summary';

/**
 * The Peers screen's list, a page at a time: sorted, filtered and searched where the vault
 * lives, so the window gets its first rows from a small answer and the rest after, each row
 * with only what a row shows (the peer's page asks for the rest: peers:get).
 */

/** What a row of the list shows. */
export const ROW_FIELDS = ['id', 'name', 'role', 'company', 'status', 'peerTypes', 'tags', 'lastContact', 'nextCheckIn'] as const;
export type PeerRow = Pick<PeerSummary, (typeof ROW_FIELDS)[number]>;

export interface PeerPageQuery {
  query: string;
  types: PeerType[];
  statuses: PeerStatus[];
  stages: CareerStage[];
  tags: string[];
  sources: string[];
  sort: PeerSort;
  /** the first row wanted (0: the top of the list) */
  offset: number;
  /** how many rows at most */
  limit: number;
}

export interface PeerPage {
  /** every peer in the vault */
  total: number;
  /** the peers these filters and this search find */
  matched: number;
  offset: number;
  rows: PeerRow[];
  /** the filters' options, from every peer: tags in use, and sources ("Added by hand" for none) */
  tags: string[];
  sources: string[];
  /**
   * true: an answer given while the interaction log was still being read after unlock, every
   * row's lastContact and nextCheckIn left null; the answers after it have them
   */
  checkInsPending?: true;
}

export const rowOf = (p: PeerRow): PeerRow => ({
  id: p.id,
  name: p.name,
  role: p.role,
  company: p.company,
  status: p.status,
  peerTypes: p.peerTypes,
  tags: p.tags,
  lastContact: p.lastContact,
  nextCheckIn: p.nextCheckIn,
});

/** The one label of a peer without a source, in the filter and its options alike. */
export const sourceOf = (p: Pick<PeerSummary, 'source'>): string => p.source || 'Added by hand';

/** The filters' options over every peer. */
export function filterOptions(peers: readonly Pick<PeerSummary, 'tags' | 'source'>[]): { tags: string[]; sources: string[] } {
  return { tags: allTags(peers), sources: [...new Set(peers.map(sourceOf))].sort() };
}

/** One page of the list as the screen would show it (selectPeers over the whole list), with the counts. */
export function peerPage(
  index: PeerIndex<PeerSummary>,
  q: PeerPageQuery,
  options: { tags: string[]; sources: string[] } = filterOptions(index.peers),
): PeerPage {
  return pageOf(index, q, options, rowOf);
}

/** peerPage over any list the filters read (`row` makes each row): the summaries, or the peers themselves. */
export function pageOf<P extends FilterablePeer>(
  index: PeerIndex<P>,
  q: PeerPageQuery,
  options: { tags: string[]; sources: string[] },
  row: (p: P) => PeerRow,
): PeerPage {
  const f: PeerFilter = { query: q.query, types: q.types, statuses: q.statuses, stages: q.stages, tags: q.tags, sources: q.sources };
  // the first rows without sorting the whole list; a later page sorts it (once per list and order)
  if (q.offset === 0) {
    const { first, matched } = firstPeers(index, f, q.sort, q.limit);
    return { total: index.peers.length, matched, offset: 0, rows: first.map(row), ...options };
  }
  const all = selectPeers(index, f, q.sort);
  return {
    total: index.peers.length,
    matched: all.length,
    offset: q.offset,
    rows: all.slice(q.offset, q.offset + q.limit).map(row),
    ...options,
  };
}
