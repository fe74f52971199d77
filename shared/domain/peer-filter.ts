import type { Peer } from '../schema/document';
import type { CareerStage, PeerStatus, PeerType } from '../schema/vocabulary';

export type FilterablePeer = Pick<Peer, 'id' | 'name' | 'company' | 'role' | 'tags' | 'skills' | 'peerTypes' | 'status' | 'careerStage' | 'source' | 'updatedAt' | 'closeness'> & {
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

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Search (name, company, role, tags, skills; accents and case ignored) and filters, then sort. */
export function filterPeers<P extends FilterablePeer>(peers: readonly P[], f: PeerFilter, sort: PeerSort = 'name'): P[] {
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  const out = peers.filter((p) => {
    if (f.types.length && !p.peerTypes.some((t) => f.types.includes(t))) return false;
    if (f.statuses.length && !f.statuses.includes(p.status)) return false;
    if (f.stages.length && (!p.careerStage || !f.stages.includes(p.careerStage))) return false;
    if (f.tags.length && !p.tags.some((t) => f.tags.includes(t))) return false;
    if (f.sources.length && !f.sources.includes(p.source || 'Added by hand')) return false;
    if (words.length) {
      const hay = fold([p.name, p.company, p.role, ...p.tags, ...p.skills].join(' '));
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
  const by: Record<PeerSort, (a: P, b: P) => number> = {
    name: (a, b) => a.name.localeCompare(b.name),
    company: (a, b) => a.company.localeCompare(b.company) || a.name.localeCompare(b.name),
    recent: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
    closeness: (a, b) => b.closeness - a.closeness || a.name.localeCompare(b.name),
    // most recent contact first; never contacted last
    lastContact: (a, b) => nullsLast(a.lastContact, b.lastContact, -1) || a.name.localeCompare(b.name),
    // soonest (most overdue) check-in first; no cadence last
    nextCheckIn: (a, b) => nullsLast(a.nextCheckIn, b.nextCheckIn, 1) || a.name.localeCompare(b.name),
  };
  return out.sort(by[sort]);
}

/** Compare two days, ascending (1) or descending (-1), with absent ones last either way. */
function nullsLast(x: string | null | undefined, y: string | null | undefined, dir: 1 | -1): number {
  if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
  return x < y ? -dir : x > y ? dir : 0;
}

/** Every tag in use, sorted: the options of a tag filter. */
export const allTags = (peers: readonly Pick<Peer, 'tags'>[]): string[] => [...new Set(peers.flatMap((p) => p.tags))].sort();
