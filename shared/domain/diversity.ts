import type { Peer } from '../schema/document';
import { PEER_TYPES, type PeerType } from '../schema/vocabulary';

/**
 * "Map your network": counts per peer type, how evenly peers spread across industries,
 * functions, places and career stages, and the gaps, in plain words.
 *
 * Diversity is Shannon evenness (Pielou's J): H / ln(k), where H = -sum p_i ln p_i over the k
 * distinct values seen. 0 means everyone shares one value; 1 means peers are spread evenly
 * over the values present. With fewer than two known values it is 0.
 */
export function shannonEvenness(values: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  const n = [...counts.values()].reduce((a, b) => a + b, 0);
  const k = counts.size;
  if (k < 2 || n === 0) return 0;
  let h = 0;
  for (const c of counts.values()) {
    const p = c / n;
    h -= p * Math.log(p);
  }
  return h / Math.log(k);
}

export type Dimension = 'industry' | 'function' | 'location' | 'careerStage';

export const DIMENSION_LABELS: Record<Dimension, string> = {
  industry: 'Industry',
  function: 'Function',
  location: 'Location',
  careerStage: 'Career stage',
};

export type ShapeFields = Pick<Peer, 'status' | 'peerTypes' | 'industry' | 'function' | 'city' | 'country' | 'careerStage'>;

const valueOf = (p: ShapeFields, d: Dimension): string => {
  if (d === 'location') return (p.country || p.city).trim().toLowerCase();
  if (d === 'careerStage') return p.careerStage ?? '';
  return p[d].trim().toLowerCase();
};

export interface DimensionReport {
  dimension: Dimension;
  label: string;
  evenness: number;
  distinct: number;
  known: number;
  top: { value: string; count: number } | null;
}

export interface Gap {
  id: string;
  text: string;
  /** where to look, from "Building Peer Networks" */
  where: string;
}

export interface NetworkMapReport {
  active: number;
  byType: Record<PeerType, number>;
  untyped: number;
  dimensions: DimensionReport[];
  gaps: Gap[];
}

const WHERE_FOR_TYPE: Record<PeerType, string> = {
  industry: 'Professional associations and industry conferences, where peers from other companies gather.',
  functional: 'Functional associations and online communities for your role, across industries.',
  cohort: 'Alumni networks and training programs, where people started around the same time as you.',
  geographic: 'Local meetups, chapters of associations and conferences in your area.',
  interest: 'Online communities, forums and meetups about the technology or method you care about.',
  'cross-functional': 'Workplace connections: peers at your level in other departments.',
};

const TYPE_LABEL: Record<PeerType, string> = {
  industry: 'industry',
  functional: 'functional',
  cohort: 'cohort',
  geographic: 'geographic',
  interest: 'interest-based',
  'cross-functional': 'cross-functional',
};

/** Active peers only: archived ones and those you keep your distance from are not your network's shape. */
export function mapYourNetwork(peers: readonly ShapeFields[]): NetworkMapReport {
  const active = peers.filter((p) => p.status === 'active' || p.status === 'dormant');
  const byType = Object.fromEntries(PEER_TYPES.map((t) => [t, 0])) as Record<PeerType, number>;
  let untyped = 0;
  for (const p of active) {
    if (p.peerTypes.length === 0) untyped += 1;
    for (const t of p.peerTypes) byType[t] += 1;
  }
  const dimensions = (Object.keys(DIMENSION_LABELS) as Dimension[]).map((d): DimensionReport => {
    const values = active.map((p) => valueOf(p, d)).filter(Boolean);
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1])[0];
    return { dimension: d, label: DIMENSION_LABELS[d], evenness: shannonEvenness(values), distinct: counts.size, known: values.length, top: top ? { value: top[0], count: top[1] } : null };
  });

  const gaps: Gap[] = [];
  if (active.length === 0) {
    gaps.push({ id: 'empty', text: 'No peers yet. Start by listing the people at your career stage you already trade advice with.', where: 'Map your peer network: colleagues, classmates, people you met at events.' });
    return { active: 0, byType, untyped, dimensions, gaps };
  }
  for (const t of PEER_TYPES) {
    if (byType[t] === 0) gaps.push({ id: `type-${t}`, text: `No ${TYPE_LABEL[t]} peers yet.`, where: WHERE_FOR_TYPE[t] });
  }
  for (const d of dimensions) {
    if (d.known < active.length / 2) {
      gaps.push({
        id: `unknown-${d.dimension}`,
        text: `Most of your peers have no ${d.label.toLowerCase()} filled in, so how varied your network is there cannot be judged.`,
        where: 'Open your peers and add what you know; an import from LinkedIn fills in companies and roles.',
      });
    } else if (d.known >= 3 && d.distinct === 1) {
      const what = d.dimension === 'location' ? 'in one place' : d.dimension === 'careerStage' ? 'at one career stage' : `in one ${d.label.toLowerCase()}`;
      gaps.push({
        id: `one-${d.dimension}`,
        text: `All your peers with a known ${d.label.toLowerCase()} are ${what} (${d.top!.value}).`,
        where:
          d.dimension === 'industry'
            ? 'Functional associations and online communities bring peers from other industries.'
            : d.dimension === 'function'
              ? 'Cross-functional peers: colleagues at your level in other departments.'
              : d.dimension === 'location'
                ? 'Online communities and virtual events reach peers in other places.'
                : 'Similar career stage matters, but a few peers a step ahead or behind widen your view.',
      });
    } else if (d.known >= 5 && d.top && d.top.count / d.known >= 0.8) {
      gaps.push({
        id: `mostly-${d.dimension}`,
        text: `${Math.round((d.top.count / d.known) * 100)}% of your peers share one ${d.label.toLowerCase()} (${d.top.value}).`,
        where: 'Different perspectives: look for peers with other backgrounds in communities outside your usual circles.',
      });
    }
  }
  if (untyped > 0) gaps.push({ id: 'untyped', text: `${untyped} peer${untyped === 1 ? ' has' : 's have'} no peer type yet, so the map cannot place them.`, where: 'Open each peer and say what kind of peer they are.' });
  return { active: active.length, byType, untyped, dimensions, gaps };
}
