import type { Goal, Opportunity, Peer } from '../../schema/document';
import type { CareerStage, OpportunityKind, OpportunityStatus } from '../../schema/vocabulary';
import { daysBetween, type Day } from '../days';
import { explainMatch, normalise, termMatcher, type TermMatch } from '../words';

/**
 * "Share Opportunities": when you learn about opportunities that are not right for you,
 * share them with relevant peers. Which peers ("Who would this help?"), each with the reason
 * in words, and when an opportunity has expired. Pure: `today` is passed in.
 */

export type OpportunityFacts = Pick<Opportunity, 'title' | 'kind' | 'skills' | 'tags' | 'deadline' | 'status' | 'sharedWith'>;

/** Its status today: one still open or shared whose deadline has passed is expired, by itself. */
export function opportunityStatus(o: Pick<Opportunity, 'status' | 'deadline'>, today: Day): OpportunityStatus {
  if ((o.status === 'open' || o.status === 'shared') && o.deadline !== null && o.deadline < today) return 'expired';
  return o.status;
}

/** On the active list: open or shared, and not past its deadline. */
export const isActive = (o: Pick<Opportunity, 'status' | 'deadline'>, today: Day): boolean => {
  const s = opportunityStatus(o, today);
  return s === 'open' || s === 'shared';
};

/** Days left until the deadline (0 on the day, negative after), or null without one. */
export const daysLeft = (o: Pick<Opportunity, 'deadline'>, today: Day): number | null =>
  o.deadline === null ? null : daysBetween(today, o.deadline);

/** Search over title, detail, source, skills and tags, accents and case ignored; every word must appear. */
export function matchesQuery(o: Pick<Opportunity, 'title' | 'detail' | 'source' | 'skills' | 'tags'>, query: string): boolean {
  const words = normalise(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const hay = normalise([o.title, o.detail, o.source, ...o.skills, ...o.tags].join(' '));
  return words.every((w) => hay.includes(w));
}

/** Points per kind of fit: a need or a goal met counts most; a career stage alone least. */
export const FIT_WEIGHTS = { need: 3, goal: 3, skill: 2, interest: 1, stage: 1.5 } as const;
export type FitKind = keyof typeof FIT_WEIGHTS;

const KIND_WORD: Partial<Record<OpportunityKind, string>> = {
  job: 'job',
  project: 'project',
  event: 'event',
  speaking: 'speaking',
  learning: 'learning',
  client: 'client',
};

/** Words in a title or tags that say which career stage an opportunity is for. */
export const STAGE_WORDS: Record<CareerStage, readonly string[]> = {
  early: ['junior', 'graduate', 'entry level', 'intern', 'internship', 'early career', 'apprentice'],
  mid: ['mid level', 'intermediate'],
  senior: ['senior', 'staff', 'principal'],
  lead: ['head of', 'director', 'vp', 'cto', 'chief', 'lead'],
};
const STAGE_WORD: Record<CareerStage, string> = {
  early: 'early in their career',
  mid: 'mid-career',
  senior: 'senior',
  lead: 'in a lead role',
};

/** The career stages an opportunity names in its title or tags, with the word that says so. */
export function stagesNamed(o: Pick<Opportunity, 'title' | 'tags'>): { stage: CareerStage; word: string }[] {
  const text = ` ${normalise([o.title, ...o.tags].join(' '))} `;
  const out: { stage: CareerStage; word: string }[] = [];
  for (const [stage, words] of Object.entries(STAGE_WORDS) as [CareerStage, readonly string[]][]) {
    const w = words.find((x) => text.includes(` ${x} `));
    if (w) out.push({ stage, word: w });
  }
  return out;
}

export type RankPeer = Pick<Peer, 'id' | 'name' | 'skills' | 'needs' | 'interests' | 'careerStage' | 'status'>;

export interface FitReason {
  kind: FitKind;
  text: string;
}

export interface Fit {
  peerId: string;
  name: string;
  score: number;
  reasons: FitReason[];
  /** when it was already shared with them, or null */
  sharedOn: Day | null;
  /** a peer gone quiet: sharing is a good reason to get back in touch */
  dormant: boolean;
}

const LABEL: Record<Exclude<FitKind, 'stage'>, string> = {
  need: 'Their need',
  goal: 'Their goal',
  skill: 'Their skill',
  interest: 'Their interest',
};

/** The opportunity's terms: its title, skills, tags and its kind's word. */
export function opportunityTerms(o: Pick<Opportunity, 'title' | 'kind' | 'skills' | 'tags'>): string[] {
  const kind = KIND_WORD[o.kind];
  return [o.title, ...o.skills, ...o.tags, ...(kind ? [kind] : [])].filter((t) => t.trim() !== '');
}

/** Each of the peer's terms once, with the first of the opportunity's terms that meets it. */
function firstMatches(match: (theirs: readonly string[]) => TermMatch[], theirs: readonly string[]): TermMatch[] {
  const seen = new Set<string>();
  return match(theirs).filter((m) => !seen.has(m.b) && (seen.add(m.b), true));
}

/**
 * "Who would this help?": my peers ranked by fit with what they need, the goals they shared
 * with me, their skills and interests (by normalised words, words.ts) and their career
 * stage, best first; each with every reason in words. Peers I keep my distance from and
 * archived peers are left out, and so is anyone with no reason at all.
 */
export function whoWouldThisHelp(
  o: Pick<Opportunity, 'title' | 'kind' | 'skills' | 'tags' | 'sharedWith'>,
  peers: readonly RankPeer[],
  goals: readonly Pick<Goal, 'owner' | 'title' | 'status'>[],
): Fit[] {
  const fit = opportunityFit(o);
  const goalsOf = new Map<string, string[]>();
  for (const g of goals) if (g.status === 'open') goalsOf.set(g.owner, [...(goalsOf.get(g.owner) ?? []), g.title]);
  const out: Fit[] = [];
  for (const p of peers) {
    const f = fit(p, goalsOf.get(p.id) ?? []);
    if (f) out.push(f);
  }
  return out.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
}

/**
 * One opportunity's fit with one peer at a time (given the titles of their open goals), its
 * terms prepared once: for the advisor, which asks about a few peers of each opportunity.
 */
export function opportunityFit(
  o: Pick<Opportunity, 'title' | 'kind' | 'skills' | 'tags' | 'sharedWith'>,
): (p: RankPeer, goalTitles: readonly string[]) => Fit | null {
  const match = termMatcher(opportunityTerms(o));
  const stages = stagesNamed(o);
  const sharedOn = new Map<string, Day>();
  for (const s of o.sharedWith) if (!sharedOn.has(s.peerId) || s.date < sharedOn.get(s.peerId)!) sharedOn.set(s.peerId, s.date);
  return (p, goalTitles) => {
    if (p.status === 'archived' || p.status === 'distance') return null;
    const reasons: FitReason[] = [];
    const add = (kind: Exclude<FitKind, 'stage'>, theirs: readonly string[]) => {
      for (const m of firstMatches(match, theirs)) reasons.push({ kind, text: `${LABEL[kind]}: ${explainMatch(m)}` });
    };
    add('need', p.needs);
    add('goal', goalTitles);
    add('skill', p.skills);
    add('interest', p.interests);
    const stage = p.careerStage ? stages.find((s) => s.stage === p.careerStage) : undefined;
    if (stage) reasons.push({ kind: 'stage', text: `Career stage: it says "${stage.word}", and ${p.name} is ${STAGE_WORD[stage.stage]}` });
    if (reasons.length === 0) return null;
    const score = reasons.reduce((s, r) => s + FIT_WEIGHTS[r.kind], 0);
    return { peerId: p.id, name: p.name, score, reasons, sharedOn: sharedOn.get(p.id) ?? null, dormant: p.status === 'dormant' };
  };
}
