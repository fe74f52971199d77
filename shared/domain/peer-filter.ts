import type { Peer } from '../schema/document';
import type { CareerStage, PeerStatus, PeerType } from '../schema/vocabulary';

export type FilterablePeer = Pick<Peer, 'id' | 'name' | 'company' | 'role' | 'tags' | 'skills' | 'peerTypes' | 'status' | 'careerStage' | 'source' | 'updatedAt' | 'closeness'>;

export interface PeerFilter {
  query: string;
  types: PeerType[];
  statuses: PeerStatus[];
  stages: CareerStage[];
  tags: string[];
  sources: string[];
}

export type PeerSort = 'name' | 'company' | 'recent' | 'closeness';

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
  };
  return out.sort(by[sort]);
}

/** Every tag in use, sorted: the options of a tag filter. */
export const allTags = (peers: readonly Pick<Peer, 'tags'>[]): string[] => [...new Set(peers.flatMap((p) => p.tags))].sort();
