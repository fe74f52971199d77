import type { Interaction, Peer } from '../schema/document';
import type { JournalKind } from '../schema/vocabulary';
import type { CheckIn } from './cadence';
import { CHECK_IN_STATUSES, isSnoozed } from './cadence';
import { daysBetween, plusDays, type Day } from './days';
import { BE_VULNERABLE_STEP, type NotVulnerableFinding } from './journal/not-vulnerable';
import { firstOnOrAfter } from './interaction-index';
import { BALANCE_TEXT, balanceWord, countsFor, reciprocityReport, windowEnding } from './reciprocity';

/**
 * The guide's "Common Peer Relationship Mistakes", noticed in the log and said gently: each
 * with a plain reason and a suggested action. Every threshold is a named constant (tested in
 * test/shared/patterns.test.ts). Pure: `today` is passed in.
 */

export const PATTERN_KINDS = ['only-when-in-need', 'neglect', 'one-sided', 'immediate-reciprocity', 'not-vulnerable'] as const;
export type PatternKind = (typeof PATTERN_KINDS)[number];

/** The guide's heading for each, shown as the pattern's title. */
export const PATTERN_TITLE: Record<PatternKind, string> = {
  'only-when-in-need': 'Only reaching out when you need something',
  neglect: 'Neglecting the relationship',
  'one-sided': 'A long one-sided balance',
  'immediate-reciprocity': 'Expecting immediate reciprocity',
  'not-vulnerable': 'Not being vulnerable',
};

/** What the suggested action does on screen: log an interaction with this purpose, open the peer, or prepare a conversation with them. */
export type PatternAction = { kind: 'log'; purpose: 'check-in' | 'offer' | 'catch-up' } | { kind: 'open' } | { kind: 'prepare' };

export interface Pattern {
  kind: PatternKind;
  peerId: string;
  peerName: string;
  title: string;
  /** why it is shown, in plain words with the numbers behind it */
  reason: string;
  /** what to do about it, from the guide */
  suggestion: string;
  action: PatternAction;
  actionLabel: string;
}

/** Patterns look at the last year: the same stretch as the default reciprocity window. */
export const PATTERN_WINDOW_MONTHS = 12;

// Only reaching out when you need something
/** My most recent reach-outs (interactions I started) looked at. */
export const ASK_RECENT_REACH_OUTS = 5;
/** Fewer reach-outs than this say nothing. */
export const ASK_MIN_REACH_OUTS = 3;
/** "Most": more than this share of them were asks. */
export const ASK_MOST_SHARE = 0.5;

// Neglecting the relationship
/** "Far past the cadence": at least this many whole cadences since the last contact (2: a monthly peer after 60 days). */
export const NEGLECT_CADENCES = 2;

// A long one-sided balance
/** At least this much weight passed in the window before a balance is called one-sided... */
export const ONE_SIDED_MIN_WEIGHT = 8;
/** ...spread over at least this many days (a single busy week is not "long"). */
export const ONE_SIDED_MIN_SPAN_DAYS = 90;

// Expecting immediate reciprocity
/** An ask this many days or fewer after giving to the same peer counts as "soon after". */
export const QUICK_ASK_DAYS = 14;
/** "Again and again": this many such asks in the window. */
export const QUICK_ASK_TIMES = 3;

// Not being vulnerable (the rule itself, from the journal, is journal/not-vulnerable.ts)
/** Said about the peers I trust most: closeness at least this... */
export const OPEN_UP_MIN_CLOSENESS = 4;
/** ...and am in touch with: an interaction in the last this many days. */
export const OPEN_UP_RECENT_DAYS = 90;

/** A journal entry as the patterns read it: its day, kind and peers. */
export interface JournalSignal {
  date: Day;
  kind: JournalKind;
  peerIds: readonly string[];
}

export interface PatternInput {
  peer: Pick<Peer, 'id' | 'name' | 'status'> & { closeness?: number };
  /** this peer's interactions, oldest first */
  interactions: readonly Interaction[];
  checkIn: CheckIn | undefined;
  today: Day;
  /**
   * What the journal's rule (journal/not-vulnerable.ts, over the whole journal) found for
   * today, worked out once by the caller; undefined: that pattern is not looked for.
   */
  openness?: NotVulnerableFinding | null;
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

export function onlyWhenInNeed({ peer, interactions, today }: PatternInput): Pattern | null {
  const since = windowEnding(today, PATTERN_WINDOW_MONTHS).since;
  const mine = interactions.filter((i) => i.initiatedBy === 'me' && i.date >= since && i.date <= today).slice(-ASK_RECENT_REACH_OUTS);
  if (mine.length < ASK_MIN_REACH_OUTS) return null;
  const asks = mine.filter((i) => i.purpose === 'ask').length;
  if (asks <= ASK_MOST_SHARE * mine.length) return null;
  const who = firstName(peer.name);
  return {
    kind: 'only-when-in-need',
    peerId: peer.id,
    peerName: peer.name,
    title: PATTERN_TITLE['only-when-in-need'],
    reason: `${asks} of your last ${mine.length} reach-outs to ${who} were asks.`,
    suggestion: `Keep in touch with ${who} when you need nothing, too: next time, check in or offer something.`,
    action: { kind: 'log', purpose: 'check-in' },
    actionLabel: 'Log a check-in',
  };
}

export function neglect({ peer, checkIn, today }: PatternInput): Pattern | null {
  if (!checkIn?.cadence || checkIn.daysOverdue === null || isSnoozed(checkIn, today)) return null;
  const since = checkIn.daysOverdue + checkIn.cadence.days;
  if (since < NEGLECT_CADENCES * checkIn.cadence.days) return null;
  const who = firstName(peer.name);
  return {
    kind: 'neglect',
    peerId: peer.id,
    peerName: peer.name,
    title: PATTERN_TITLE.neglect,
    reason: checkIn.lastContact
      ? `Nothing logged with ${who} for ${since} days; you meant to check in every ${checkIn.cadence.days}.`
      : `Nothing logged with ${who} in the ${since} days since you added them; you meant to check in every ${checkIn.cadence.days}.`,
    suggestion: `Peer relationships need ongoing investment. A short message to ${who} is enough to pick the thread up again.`,
    action: { kind: 'log', purpose: 'catch-up' },
    actionLabel: 'Log a catch-up',
  };
}

export function oneSided({ peer, interactions, today }: PatternInput): Pattern | null {
  const w = windowEnding(today, PATTERN_WINDOW_MONTHS);
  // only the window counts here (the list is oldest first): the years before it are left out unread
  const inWindow = interactions.slice(firstOnOrAfter(interactions, w.since), firstOnOrAfter(interactions, plusDays(w.until, 1)));
  const r = reciprocityReport(inWindow, [peer], w).peers[0]!;
  if (r.given + r.received < ONE_SIDED_MIN_WEIGHT) return null;
  const word = balanceWord(r);
  if (word !== 'mostly-giving' && word !== 'mostly-receiving') return null;
  const dated = inWindow.filter((i) => i.date >= w.since && i.date <= w.until && i.exchanges.some((x) => countsFor(x, i, peer.id)));
  if (dated.length < 2 || daysBetween(dated[0]!.date, dated[dated.length - 1]!.date) < ONE_SIDED_MIN_SPAN_DAYS) return null;
  const who = firstName(peer.name);
  const giving = word === 'mostly-giving';
  return {
    kind: 'one-sided',
    peerId: peer.id,
    peerName: peer.name,
    title: PATTERN_TITLE['one-sided'],
    reason: `Over the last ${PATTERN_WINDOW_MONTHS} months with ${who}, ${BALANCE_TEXT[word]}: ${r.given} given, ${r.received} received (by weight).`,
    suggestion: giving
      ? `Generosity is the heart of it, and it runs both ways: when you need advice or an introduction, ${who} may be glad to be asked.`
      : `Look for a way to give back to ${who}: share an opportunity, make an introduction, or offer your expertise.`,
    action: giving ? { kind: 'open' } : { kind: 'log', purpose: 'offer' },
    actionLabel: giving ? `Open ${who}` : 'Log something you gave',
  };
}

export function immediateReciprocity({ peer, interactions, today }: PatternInput): Pattern | null {
  const since = windowEnding(today, PATTERN_WINDOW_MONTHS).since;
  let lastGive: Day | null = null;
  let quick = 0;
  // a give more than QUICK_ASK_DAYS before the window cannot make an ask in it quick: start there
  for (let k = firstOnOrAfter(interactions, plusDays(since, -QUICK_ASK_DAYS)); k < interactions.length; k++) {
    const i = interactions[k]!;
    if (i.date > today) break;
    if (
      i.date >= since &&
      i.purpose === 'ask' &&
      i.initiatedBy === 'me' &&
      lastGive !== null &&
      daysBetween(lastGive, i.date) <= QUICK_ASK_DAYS
    )
      quick += 1;
    if (i.exchanges.some((x) => x.direction === 'given' && countsFor(x, i, peer.id))) lastGive = i.date;
  }
  if (quick < QUICK_ASK_TIMES) return null;
  const who = firstName(peer.name);
  return {
    kind: 'immediate-reciprocity',
    peerId: peer.id,
    peerName: peer.name,
    title: PATTERN_TITLE['immediate-reciprocity'],
    reason: `${times(quick)[0]!.toUpperCase()}${times(quick).slice(1)} in the last year you asked ${who} for something within ${QUICK_ASK_DAYS} days of giving them something.`,
    suggestion: `It may be chance. Still, the guide's advice is to be generous with support and patient about receiving it: let a favour to ${who} stand on its own for a while.`,
    action: { kind: 'open' },
    actionLabel: `Open ${who}`,
  };
}

/**
 * Not being vulnerable: "share your struggles and challenges, not just your successes". When
 * the journal has had no vulnerability practice or conversation prep for a long while (the
 * journal's rule), it is said about a peer I trust and am in touch with, as the natural one
 * to open up to, with the guide's action step 5.
 */
export function notBeingVulnerable({ peer, interactions, today, openness: finding }: PatternInput): Pattern | null {
  if (!finding || (peer.closeness ?? 0) < OPEN_UP_MIN_CLOSENESS) return null;
  const last = interactions.filter((i) => i.date <= today).at(-1);
  if (!last || daysBetween(last.date, today) > OPEN_UP_RECENT_DAYS) return null;
  const who = firstName(peer.name);
  return {
    kind: 'not-vulnerable',
    peerId: peer.id,
    peerName: peer.name,
    title: PATTERN_TITLE['not-vulnerable'],
    reason: finding.message,
    suggestion: `${BE_VULNERABLE_STEP.replace('a trusted peer', `a trusted peer such as ${who}`)} Preparing the conversation helps.`,
    action: { kind: 'prepare' },
    actionLabel: 'Prepare a talk',
  };
}

/** Everything worth saying about one peer, in a fixed order. Archived peers and those kept at a distance get none. */
export function peerPatterns(input: PatternInput): Pattern[] {
  if (!CHECK_IN_STATUSES.includes(input.peer.status)) return [];
  return [onlyWhenInNeed(input), immediateReciprocity(input), oneSided(input), neglect(input), notBeingVulnerable(input)].filter(
    (p): p is Pattern => p !== null,
  );
}
