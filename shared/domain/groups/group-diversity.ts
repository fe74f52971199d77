import type { Peer } from '../../schema/document';
import {
  GROUP_DIMENSIONS,
  MIN_KNOWN,
  diversityOf,
  evennessOfCounts,
  scoreOf,
  tally,
  valuesOf,
  type Dimension,
  type DiversityFields,
  type DiversityReport,
} from '../diversity';

/**
 * A group's diversity ("Peer Group Dynamics", diversity benefits): the same index as "Map
 * your network" (diversityOf), over the members and me, across industry, function, location,
 * career stage and peer type; what would raise it, in words; and which of my other peers
 * would, each with what they bring.
 */

export type Candidate = DiversityFields & Pick<Peer, 'id' | 'name' | 'status'>;

export interface Raiser {
  peerId: string;
  name: string;
  /** the group's score with them in it */
  score: number;
  /** how much higher than now (0 to 1) */
  gain: number;
  /** what they bring, each a phrase: "brings a new industry (Health tech)", "evens out the functions" */
  reasons: string[];
}

export interface GroupDiversity extends DiversityReport {
  /** people counted: the members and me */
  people: number;
  /** what would raise it, one line per dimension that needs it */
  hints: string[];
  /** my peers outside the group who would raise it most, best first */
  raisers: Raiser[];
}

/** Below this evenness a dimension "leans" one way. */
export const LEANS_BELOW = 0.7;
export const RAISERS_SHOWN = 5;

const NOUN: Record<Dimension, string> = {
  industry: 'industry',
  function: 'function',
  location: 'place',
  careerStage: 'career stage',
  peerType: 'kind of peer',
};
const NOUNS: Record<Dimension, string> = {
  industry: 'industries',
  function: 'functions',
  location: 'places',
  careerStage: 'career stages',
  peerType: 'kinds of peer',
};
const STAGE_WORD: Record<string, string> = { early: 'early career', mid: 'mid-career', senior: 'senior', lead: 'lead' };
const TYPE_WORD: Record<string, string> = { interest: 'interest-based' };
const word = (d: Dimension, v: string) => (d === 'careerStage' ? (STAGE_WORD[v] ?? v) : d === 'peerType' ? (TYPE_WORD[v] ?? v) : v);

/** A value as the person wrote it ("Ghana", not the folded "ghana" the index counts). */
function asWritten(c: DiversityFields, d: Dimension, v: string): string {
  if (d === 'industry' || d === 'function') return c[d].trim() || v;
  if (d === 'location') return (c.country || c.city).trim() || v;
  return word(d, v);
}

const listed = (xs: readonly string[]): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** A raiser's reasons as one sentence: "Brings a new place (Ghana) and evens out the functions." */
export function raiserText(r: Pick<Raiser, 'reasons'>): string {
  const brings = r.reasons.filter((x) => x.startsWith('brings ')).map((x) => x.slice('brings '.length));
  const evens = r.reasons.filter((x) => x.startsWith('evens out ')).map((x) => x.slice('evens out '.length));
  const parts = [...(brings.length ? [`brings ${listed(brings)}`] : []), ...(evens.length ? [`evens out ${listed(evens)}`] : [])];
  const text = parts.join(brings.length > 1 && evens.length ? ', and ' : ' and ');
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : '';
}

function hint(d: DiversityReport['dimensions'][number], people: number, group: readonly DiversityFields[]): string | null {
  const noun = NOUN[d.dimension];
  if (d.known < MIN_KNOWN) {
    return people >= MIN_KNOWN ? `Too few members have their ${d.label.toLowerCase()} filled in to judge it: add it on their pages.` : null;
  }
  const v = d.top!.value;
  const by = group.find((m) => valuesOf(m, d.dimension).includes(v));
  const top = by ? asWritten(by, d.dimension, v) : word(d.dimension, v);
  if (d.distinct === 1) {
    if (d.dimension === 'location')
      return `Everyone whose place is known is in ${top}: a member from elsewhere would bring other market conditions.`;
    if (d.dimension === 'careerStage')
      return `Everyone is ${top}: similar stages matter, but one member a step ahead or behind widens the view.`;
    if (d.dimension === 'peerType') return `Every member is a ${top} peer: a different kind of peer would bring another perspective.`;
    return `Everyone whose ${noun} is known shares one (${top}): a member from another ${noun} would bring a different perspective.`;
  }
  if (d.evenness < LEANS_BELOW && d.dimension === 'peerType')
    return `Members are mostly ${top} peers: a different kind of peer would even it out.`;
  if (d.evenness < LEANS_BELOW)
    return `The ${noun} leans to ${top} (${d.top!.count} of ${d.known}): someone from outside it would even it out.`;
  return null;
}

/** One dimension with a candidate added: the same evenness, from the group's counts plus theirs. */
function withCandidate(
  base: { counts: Map<string, number>; known: number },
  values: readonly string[],
): { evenness: number; known: number; fresh: string[] } {
  const counts = new Map(base.counts);
  const fresh: string[] = [];
  for (const v of values) {
    if (!counts.has(v)) fresh.push(v);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return { evenness: evennessOfCounts(counts), known: base.known + (values.length ? 1 : 0), fresh };
}

/**
 * `members`: the group's peers; `me`: my own profile (null to leave me out); `candidates`:
 * my peers to consider (members, archived peers and those I keep my distance from are skipped).
 */
export function groupDiversity(
  members: readonly Candidate[],
  me: DiversityFields | null,
  candidates: readonly Candidate[],
  shown = RAISERS_SHOWN,
): GroupDiversity {
  const group: DiversityFields[] = me ? [...members, me] : [...members];
  const report = diversityOf(group, GROUP_DIMENSIONS);
  const hints = report.dimensions.map((d) => hint(d, group.length, group)).filter((h): h is string => h !== null);
  const inGroup = new Set(members.map((m) => m.id));
  const base = report.score ?? 0;
  const tallies = GROUP_DIMENSIONS.map((d) => tally(group, d));
  const raisers: Raiser[] = [];
  for (const c of candidates) {
    if (inGroup.has(c.id) || (c.status !== 'active' && c.status !== 'dormant')) continue;
    // the index with them in the group, dimension by dimension
    const after = GROUP_DIMENSIONS.map((d, i) => withCandidate(tallies[i]!, valuesOf(c, d)));
    const score = scoreOf(after) ?? 0;
    const gain = score - base;
    if (gain <= 1e-9) continue;
    const reasons = GROUP_DIMENSIONS.flatMap((d, i) => {
      const a = after[i]!;
      if (a.fresh.length) return [`brings a new ${NOUN[d]} (${a.fresh.map((v) => asWritten(c, d, v)).join(', ')})`];
      return a.known >= MIN_KNOWN && a.evenness > report.dimensions[i]!.evenness + 1e-9 ? [`evens out the ${NOUNS[d]}`] : [];
    });
    raisers.push({ peerId: c.id, name: c.name, score, gain, reasons });
  }
  raisers.sort((a, b) => b.gain - a.gain || a.name.localeCompare(b.name));
  return { ...report, people: group.length, hints, raisers: raisers.slice(0, shown) };
}
