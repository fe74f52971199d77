import { addDays, addMonths, addWeeks, differenceInCalendarDays, parseISO, startOfISOWeek, startOfMonth, subMonths } from 'date-fns';
import { plural } from '../plural';
import type { Interaction } from '../schema/document';
import { VALUE_KINDS, type ExchangeDirection, type ValueKind } from '../schema/vocabulary';
import { byLocale, byName } from './collate';
import { dayOf } from './days';

/**
 * Reciprocity ("Mutual Value Exchange"): what passed between me and each peer over a long
 * stretch, never as a running score. One module for the CLI and every screen. Pure: the
 * window (and so "today") is always passed in; dates are calendar days, `YYYY-MM-DD`, and
 * compare as strings.
 */

/** Inclusive calendar days. */
export interface Window {
  since: string;
  until: string;
}

export interface Tally {
  given: number;
  received: number;
}

export interface PeerReciprocity extends Tally {
  id: string;
  name: string;
  /** given minus received */
  balance: number;
  /** interactions with this peer in the window */
  interactions: number;
  /** the last interaction with this peer on or before `until` (also before `since`), or null */
  lastContact: string | null;
}

export type KindTotals = Record<ValueKind, Tally>;

export interface ReciprocityReport {
  since: string;
  until: string;
  /** every peer given, sorted by name */
  peers: PeerReciprocity[];
  /** the whole network: each exchange counted once */
  totals: Tally & { byKind: KindTotals };
}

export type Bucket = 'week' | 'month';

export interface SeriesPoint extends Tally {
  /** first day of the week (Monday) or month */
  period: string;
  balance: number;
  cumulativeGiven: number;
  cumulativeReceived: number;
  cumulativeBalance: number;
}

/** Window choices on screen: months back from today, or everything. */
export const WINDOW_CHOICES = [3, 6, 12, 24, 'all'] as const;
export type WindowChoice = (typeof WINDOW_CHOICES)[number];

/**
 * The default: the last 12 months. Expecting immediate reciprocity is one of the guide's
 * "Common Peer Relationship Mistakes"; a year is long enough for give and take to even out.
 */
export const DEFAULT_WINDOW_MONTHS = 12;

/** The window ending `today` that reaches back `months` (inclusive: 12 months from 2025-06-15 starts 2024-06-16). */
export function windowEnding(today: string, choice: WindowChoice = DEFAULT_WINDOW_MONTHS, earliest?: string | null): Window {
  if (choice === 'all') return { since: earliest && earliest < today ? earliest : today, until: today };
  // asked once per peer per pattern on Today: date-fns' parse and format were most of its time
  const key = `${today}|${choice}`;
  let since = sinceOf.get(key);
  if (since === undefined) {
    since = dayOf(addDays(subMonths(parseISO(today), choice), 1));
    if (sinceOf.size > 64) sinceOf.clear();
    sinceOf.set(key, since);
  }
  return { since, until: today };
}
const sinceOf = new Map<string, string>();

/**
 * How long a window is, as the person chose it: "12 months" for the last 12 months, though
 * its days touch 13 calendar months (the chart's first and last month are partial); under
 * half a month, in days.
 */
export function windowSpan(w: Window): string {
  const days = differenceInCalendarDays(parseISO(w.until), parseISO(w.since)) + 1;
  const months = Math.round(days / (365.2425 / 12));
  return months >= 1 ? plural(months, 'month') : plural(days, 'day');
}

const inWindow = (date: string, w: Window): boolean => date >= w.since && date <= w.until;

const zeroKinds = (): KindTotals => Object.fromEntries(VALUE_KINDS.map((k) => [k, { given: 0, received: 0 }])) as KindTotals;

const add = (t: Tally, direction: ExchangeDirection, weight: number): void => {
  if (direction === 'given') t.given += weight;
  else t.received += weight;
};

/**
 * Does this exchange count for `peerId`? One that names a peer counts for that peer only;
 * one that names none counts fully for every peer of the interaction.
 */
export const countsFor = (x: Interaction['exchanges'][number], i: Pick<Interaction, 'peerIds'>, peerId: string): boolean =>
  x.peerId === undefined ? i.peerIds.includes(peerId) : x.peerId === peerId;

/** Per peer and for the whole network, over one window. */
export function reciprocityReport(
  interactions: readonly Interaction[],
  peers: readonly { id: string; name: string }[],
  w: Window,
): ReciprocityReport {
  const byPeer = new Map<string, PeerReciprocity>();
  for (const p of peers)
    byPeer.set(p.id, { id: p.id, name: p.name, given: 0, received: 0, balance: 0, interactions: 0, lastContact: null });
  const totals = { given: 0, received: 0, byKind: zeroKinds() };
  for (const i of interactions) {
    if (i.date > w.until) continue;
    for (const id of i.peerIds) {
      const p = byPeer.get(id);
      if (p && (p.lastContact === null || i.date > p.lastContact)) p.lastContact = i.date;
    }
    if (i.date < w.since) continue;
    for (const id of i.peerIds) {
      const p = byPeer.get(id);
      if (p) p.interactions += 1;
    }
    for (const x of i.exchanges) {
      add(totals, x.direction, x.weight);
      add(totals.byKind[x.kind], x.direction, x.weight);
      if (x.peerId !== undefined) {
        const p = byPeer.get(x.peerId);
        if (p) add(p, x.direction, x.weight);
      } else {
        for (const id of i.peerIds) {
          const p = byPeer.get(id);
          if (p) add(p, x.direction, x.weight);
        }
      }
    }
  }
  const out = [...byPeer.values()];
  for (const p of out) p.balance = p.given - p.received;
  out.sort((a, b) => byName(a.name, b.name) || byLocale(a.id, b.id));
  return { since: w.since, until: w.until, peers: out, totals };
}

/** Given and received by value kind, for one peer or (without `peerId`) the network. */
export function kindTotals(interactions: readonly Interaction[], w: Window, peerId?: string): KindTotals {
  const out = zeroKinds();
  for (const i of interactions) {
    if (!inWindow(i.date, w)) continue;
    for (const x of i.exchanges) if (peerId === undefined || countsFor(x, i, peerId)) add(out[x.kind], x.direction, x.weight);
  }
  return out;
}

/** First day of the period `date` falls in (weeks start on Monday). */
export function periodOf(date: string, bucket: Bucket): string {
  return bucket === 'month' ? `${date.slice(0, 7)}-01` : dayOf(startOfISOWeek(parseISO(date)));
}

/** Every period of the window, in order, including the empty ones. */
export function periodsOf(w: Window, bucket: Bucket): string[] {
  const out: string[] = [];
  const last = periodOf(w.until, bucket);
  let d = bucket === 'month' ? startOfMonth(parseISO(w.since)) : startOfISOWeek(parseISO(w.since));
  for (let s = dayOf(d); s <= last; s = dayOf(d)) {
    out.push(s);
    d = bucket === 'month' ? addMonths(d, 1) : addWeeks(d, 1);
  }
  return out;
}

/**
 * Given and received per week or month, and cumulatively from the window's start, for one
 * peer or (without `peerId`) the network, where each exchange counts once.
 */
export function balanceSeries(interactions: readonly Interaction[], w: Window, bucket: Bucket, peerId?: string): SeriesPoint[] {
  const periods = periodsOf(w, bucket);
  const at = new Map(periods.map((p, i) => [p, i]));
  const tallies = periods.map((): Tally => ({ given: 0, received: 0 }));
  const periodCache = new Map<string, string>();
  for (const i of interactions) {
    if (!inWindow(i.date, w)) continue;
    if (peerId !== undefined && !i.peerIds.includes(peerId)) continue;
    let p = periodCache.get(i.date);
    if (p === undefined) periodCache.set(i.date, (p = periodOf(i.date, bucket)));
    const t = tallies[at.get(p)!]!;
    for (const x of i.exchanges) if (peerId === undefined || countsFor(x, i, peerId)) add(t, x.direction, x.weight);
  }
  let cg = 0;
  let cr = 0;
  return periods.map((period, k) => {
    const t = tallies[k]!;
    cg += t.given;
    cr += t.received;
    return {
      period,
      given: t.given,
      received: t.received,
      balance: t.given - t.received,
      cumulativeGiven: cg,
      cumulativeReceived: cr,
      cumulativeBalance: cg - cr,
    };
  });
}

/** How many interactions happened each day of the window (the calendar heat map). */
export function activityByDay(interactions: readonly Interaction[], w: Window): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of interactions) if (inWindow(i.date, w)) out[i.date] = (out[i.date] ?? 0) + 1;
  return out;
}

/**
 * The balance in words, first (numbers come second). Below `TOO_LITTLE_BELOW` in total
 * weight there is too little to say anything; otherwise one side is "mostly" when it holds
 * at least `ONE_SIDED_SHARE` of everything that passed.
 */
export const TOO_LITTLE_BELOW = 4;
export const ONE_SIDED_SHARE = 0.7;

export type BalanceWord = 'too-little' | 'balanced' | 'mostly-giving' | 'mostly-receiving';

export function balanceWord(t: Tally): BalanceWord {
  const total = t.given + t.received;
  if (total < TOO_LITTLE_BELOW) return 'too-little';
  if (t.given >= ONE_SIDED_SHARE * total) return 'mostly-giving';
  if (t.received >= ONE_SIDED_SHARE * total) return 'mostly-receiving';
  return 'balanced';
}

export const BALANCE_TEXT: Record<BalanceWord, string> = {
  'too-little': 'too little to say',
  balanced: 'balanced',
  'mostly-giving': 'you have mostly been giving',
  'mostly-receiving': 'you have mostly been receiving',
};

/** The thresholds, explained on screen. */
export const BALANCE_RULE = `Compeer says "balanced" unless one side holds at least ${Math.round(ONE_SIDED_SHARE * 100)}% of what passed between you, and says nothing until at least ${TOO_LITTLE_BELOW} exchanges (by weight) have been logged.`;

/**
 * A peer's charts say something only with a few points to draw: at least
 * `CHARTS_FROM_INTERACTIONS` interactions in the window, and at least `TOO_LITTLE_BELOW`
 * given or received by weight (the same bar as the words). What is still missing, or null.
 */
export const CHARTS_FROM_INTERACTIONS = 3;

export function chartsWaitFor(r: Tally & { interactions: number }): 'interactions' | 'weight' | null {
  if (r.interactions < CHARTS_FROM_INTERACTIONS) return 'interactions';
  if (r.given + r.received < TOO_LITTLE_BELOW) return 'weight';
  return null;
}
