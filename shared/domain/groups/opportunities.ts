import type { Goal, Opportunity, Peer } from '../../schema/document';
import type { CareerStage, OpportunityKind, OpportunityStatus } from '../../schema/vocabulary';
import { daysBetween, type Day } from '../days';
import { normalise, termMatcher, type TermMatch } from '../words';

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
/** A fit needs at least this score: one need or goal, every skill it asks for, or a skill and an interest. */
export const MIN_FIT = 3;
/**
 * Added when a peer has every skill the opportunity asks for: with the skill's own points it
 * reaches MIN_FIT, so the one peer who has the one skill it needs is never missed.
 */
export const COVERS_BONUS = 1;

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

/** A reason in words, about the peer: "Needs "conference speaking"". */
function reasonText(kind: Exclude<FitKind, 'stage'>, m: TermMatch): string {
  const theirs = `"${m.b}"`;
  if (kind === 'need') return `Needs ${theirs}`;
  if (kind === 'goal') return `Has the goal ${theirs}`;
  if (kind === 'interest') return `Is interested in ${theirs}`;
  return `Has the skill ${theirs}`;
}

/** A fit's reasons as one short sentence: "Ana needs "speaking slot" and is senior, as it asks." */
export function fitSentence(f: Pick<Fit, 'name' | 'reasons'>, name = f.name): string {
  const parts = f.reasons.map((r) => r.text.charAt(0).toLowerCase() + r.text.slice(1));
  const last = parts.length > 2 || parts.some((x) => x.includes(',')) ? ', and ' : ' and ';
  const list = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')}${last}${parts[parts.length - 1]}`;
  return `${name} ${list}.`;
}

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
  // an opportunity asks for what it names: related skills (a skill family) are no fit
  const match = termMatcher(opportunityTerms(o), false);
  const required = o.skills.filter((x) => x.trim() !== '');
  const matchRequired = termMatcher(required);
  const stages = stagesNamed(o);
  const sharedOn = new Map<string, Day>();
  for (const s of o.sharedWith) if (!sharedOn.has(s.peerId) || s.date < sharedOn.get(s.peerId)!) sharedOn.set(s.peerId, s.date);
  return (p, goalTitles) => {
    if (p.status === 'archived' || p.status === 'distance') return null;
    const reasons: FitReason[] = [];
    let score = 0;
    // the skills it asks for, each met by one of theirs (the same or a synonym): they have them all
    const met = required.length ? matchRequired(p.skills).filter((m) => m.via === 'same' || m.via === 'synonym') : [];
    const covers = required.length > 0 && required.every((r) => met.some((m) => m.a === r));
    const covering: string[] = [];
    const add = (kind: Exclude<FitKind, 'stage'>, theirs: readonly string[]) => {
      for (const m of firstMatches(match, theirs)) {
        score += FIT_WEIGHTS[kind];
        // the skills it asks for, all theirs, are said once together
        if (kind === 'skill' && covers && met.some((x) => x.b === m.b)) {
          if (covering.length === 0) reasons.push({ kind, text: '' });
          covering.push(m.b);
        } else reasons.push({ kind, text: reasonText(kind, m) });
      }
    };
    add('need', p.needs);
    add('goal', goalTitles);
    add('skill', p.skills);
    add('interest', p.interests);
    const at = reasons.findIndex((r) => r.kind === 'skill' && r.text === '');
    if (at >= 0) {
      const list = covering.map((x) => `"${x}"`);
      const named = list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
      reasons[at] = { kind: 'skill', text: `Has ${named}, ${covering.length === 1 ? 'the skill' : 'the skills'} it asks for` };
    }
    // a career stage is a bonus on top of a real reason, never a fit by itself
    if (reasons.length === 0) return null;
    if (covers) score += COVERS_BONUS;
    const stage = p.careerStage ? stages.find((s) => s.stage === p.careerStage) : undefined;
    if (stage) {
      reasons.push({ kind: 'stage', text: `Is ${STAGE_WORD[stage.stage]}, as it asks` });
      score += FIT_WEIGHTS.stage;
    }
    return { peerId: p.id, name: p.name, score, reasons, sharedOn: sharedOn.get(p.id) ?? null, dormant: p.status === 'dormant' };
  };
}
