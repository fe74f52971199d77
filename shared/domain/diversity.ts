import type { Peer } from '../schema/document';
import { PEER_TYPES, type PeerType } from '../schema/vocabulary';
import { PEER_TYPE_LABEL } from '../vocabulary-labels';

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
  return evennessOfCounts(counts);
}

/** Shannon evenness from counts per value (what shannonEvenness computes after counting). */
export function evennessOfCounts(counts: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const c of counts.values()) n += c;
  const k = counts.size;
  if (k < 2 || n === 0) return 0;
  let h = 0;
  for (const c of counts.values()) {
    const p = c / n;
    h -= p * Math.log(p);
  }
  return h / Math.log(k);
}

export type Dimension = 'industry' | 'function' | 'location' | 'careerStage' | 'peerType';

export const DIMENSION_LABELS: Record<Dimension, string> = {
  industry: 'Industry',
  function: 'Function',
  location: 'Location',
  careerStage: 'Career stage',
  peerType: 'Peer type',
};

/** What "Map your network" rates (peer types have their own counts beside it). */
export const NETWORK_DIMENSIONS: readonly Dimension[] = ['industry', 'function', 'location', 'careerStage'];
/** What a group is rated on ("Peer Group Dynamics", diversity benefits): the same, and peer type. */
export const GROUP_DIMENSIONS: readonly Dimension[] = [...NETWORK_DIMENSIONS, 'peerType'];

/** What the index reads of a person (a peer, or me with no peer types). */
export type DiversityFields = Pick<Peer, 'peerTypes' | 'industry' | 'function' | 'city' | 'country' | 'careerStage'>;
export type ShapeFields = DiversityFields & Pick<Peer, 'status'>;

/** A person's known values in a dimension (normalised: lower case, trimmed); several for peer types. */
export function valuesOf(p: DiversityFields, d: Dimension): string[] {
  if (d === 'peerType') return [...new Set(p.peerTypes)];
  const v =
    d === 'location' ? (p.country || p.city).trim().toLowerCase() : d === 'careerStage' ? (p.careerStage ?? '') : p[d].trim().toLowerCase();
  return v ? [v] : [];
}

export interface DimensionReport {
  dimension: Dimension;
  label: string;
  evenness: number;
  distinct: number;
  /** people with a known value */
  known: number;
  /** the most common value and how many people have it */
  top: { value: string; count: number } | null;
}

export interface DiversityReport {
  dimensions: DimensionReport[];
  /**
   * The mean evenness of the dimensions known for at least two people (0 to 1), or null
   * when none is: too little is filled in to judge.
   */
  score: number | null;
}

/** A dimension counts toward the score once this many people have a value in it. */
export const MIN_KNOWN = 2;

/**
 * The one diversity index: "Map your network" rates the whole network with it, a group
 * rates its members, the advisor rates a proposed group. Shannon evenness per dimension;
 * unknown values are left out. A person with several peer types counts once for each.
 */
export function diversityOf(people: readonly DiversityFields[], dims: readonly Dimension[] = NETWORK_DIMENSIONS): DiversityReport {
  const dimensions = dims.map((d): DimensionReport => {
    const { counts, known } = tally(people, d);
    const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    return {
      dimension: d,
      label: DIMENSION_LABELS[d],
      evenness: evennessOfCounts(counts),
      distinct: counts.size,
      known,
      top: top ? { value: top[0], count: top[1] } : null,
    };
  });
  return { dimensions, score: scoreOf(dimensions) };
}

/** How many people have each value of a dimension, and how many have any. */
export function tally(people: readonly DiversityFields[], d: Dimension): { counts: Map<string, number>; known: number } {
  const counts = new Map<string, number>();
  let known = 0;
  for (const p of people) {
    const vs = valuesOf(p, d);
    if (vs.length) known += 1;
    for (const v of vs) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return { counts, known };
}

/** The score over dimensions: the mean evenness of those known for at least MIN_KNOWN people, or null. */
export function scoreOf(dimensions: readonly Pick<DimensionReport, 'known' | 'evenness'>[]): number | null {
  const scored = dimensions.filter((d) => d.known >= MIN_KNOWN);
  return scored.length ? scored.reduce((s, d) => s + d.evenness, 0) / scored.length : null;
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

/** Active peers only: archived ones and those you keep your distance from are not your network's shape. */
export function mapYourNetwork(peers: readonly ShapeFields[]): NetworkMapReport {
  const active = peers.filter((p) => p.status === 'active' || p.status === 'dormant');
  const byType = Object.fromEntries(PEER_TYPES.map((t) => [t, 0])) as Record<PeerType, number>;
  let untyped = 0;
  for (const p of active) {
    if (p.peerTypes.length === 0) untyped += 1;
    for (const t of p.peerTypes) byType[t] += 1;
  }
  const dimensions = diversityOf(active, NETWORK_DIMENSIONS).dimensions;

  const gaps: Gap[] = [];
  if (active.length === 0) {
    gaps.push({
      id: 'empty',
      text: 'No peers yet. Start by listing the people at your career stage you already trade advice with.',
      where: 'Map your peer network: colleagues, classmates, people you met at events.',
    });
    return { active: 0, byType, untyped, dimensions, gaps };
  }
  for (const t of PEER_TYPES) {
    if (byType[t] === 0)
      gaps.push({ id: `type-${t}`, text: `No ${PEER_TYPE_LABEL[t].toLowerCase()} peers yet.`, where: WHERE_FOR_TYPE[t] });
  }
  for (const d of dimensions) {
    if (d.known < active.length / 2) {
      gaps.push({
        id: `unknown-${d.dimension}`,
        text: `Most of your peers have no ${d.label.toLowerCase()} filled in, so how varied your network is there cannot be judged.`,
        where: 'Open your peers and add what you know; an import from LinkedIn fills in companies and roles.',
      });
    } else if (d.known >= 3 && d.distinct === 1) {
      const what =
        d.dimension === 'location'
          ? 'in one place'
          : d.dimension === 'careerStage'
            ? 'at one career stage'
            : `in one ${d.label.toLowerCase()}`;
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
  if (untyped > 0)
    gaps.push({
      id: 'untyped',
      text: `${untyped} peer${untyped === 1 ? ' has' : 's have'} no peer type yet, so the map cannot place them.`,
      where: 'Open each peer and say what kind of peer they are.',
    });
  return { active: active.length, byType, untyped, dimensions, gaps };
}
