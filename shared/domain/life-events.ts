import { maskRecord, type Masked } from '../confidential';
import type { Interaction, LifeEvent } from '../schema/document';
import type { LifeEventKind } from '../schema/vocabulary';
import { daysBetween, plusDays, type Day } from './days';

/**
 * "Celebration and Support": celebrate each other's wins and provide support during
 * difficult times. Which life events are worth a word today, and which word. Pure.
 */

export type LifeEventSuggestion = 'celebrate' | 'support';

/** A setback or a move calls for support; everything else for celebration. */
export const SUGGESTION_BY_KIND: Record<LifeEventKind, LifeEventSuggestion> = {
  'new-job': 'celebrate',
  promotion: 'celebrate',
  launch: 'celebrate',
  award: 'celebrate',
  setback: 'support',
  move: 'support',
  'personal-milestone': 'celebrate',
  birthday: 'celebrate',
};

/** An event up to this many days ahead is mentioned (a birthday next week, a launch on Friday). */
export const LIFE_EVENT_AHEAD_DAYS = 14;
/** A one-off event (a new job, a setback) is still worth a word this many days after. */
export const LIFE_EVENT_RECENT_DAYS = 30;
/** A yearly one (a birthday) only this many days after: a late "happy birthday" a month on is odd. */
export const YEARLY_RECENT_DAYS = 3;
/** A celebrate or support interaction with the peer from this many days before the event counts as the word said. */
export const ACKNOWLEDGED_FROM_DAYS_BEFORE = 7;

/** Birthdays recur every year, and so does any day written without a year (--MM-DD). */
export const isYearly = (e: Pick<LifeEvent, 'kind' | 'date'>): boolean => e.kind === 'birthday' || e.date.startsWith('--');

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The event's day in a given year (29 February falls on the 28th in other years). */
export function inYear(date: string, year: number): Day {
  const mmdd = date.startsWith('--') ? date.slice(2) : date.slice(5);
  const day = mmdd === '02-29' && !isLeap(year) ? '02-28' : mmdd;
  return `${String(year).padStart(4, '0')}-${day}`;
}

/**
 * The occurrence that matters today: for a one-off event its date; for a yearly one the
 * nearest of last year's, this year's and next year's days (so a birthday on 2 January is
 * "in 4 days" on 29 December).
 */
export function occurrenceNear(e: Pick<LifeEvent, 'kind' | 'date'>, today: Day): Day {
  if (!isYearly(e)) return e.date;
  const y = Number(today.slice(0, 4));
  let best = inYear(e.date, y);
  for (const c of [inYear(e.date, y - 1), inYear(e.date, y + 1)])
    if (Math.abs(daysBetween(today, c)) < Math.abs(daysBetween(today, best))) best = c;
  return best;
}

export interface LifeEventMention {
  /** as the screen may see it: a confidential note emptied */
  event: LifeEventView;
  /** the day it happens (this year's for a birthday) */
  on: Day;
  /** days from today: negative when it has passed */
  inDays: number;
  suggestion: LifeEventSuggestion;
  /** a celebrate or support interaction was logged with the peer around it */
  acknowledged: boolean;
}

/** Did I already say the word: an interaction with this peer, around the event, to celebrate or support (by purpose or a given exchange)? */
export function acknowledged(peerInteractions: readonly Interaction[], peerId: string, on: Day, today: Day): boolean {
  const from = plusDays(on, -ACKNOWLEDGED_FROM_DAYS_BEFORE);
  return peerInteractions.some(
    (i) =>
      i.date >= from &&
      i.date <= today &&
      i.peerIds.includes(peerId) &&
      (i.purpose === 'celebrate' ||
        i.purpose === 'support' ||
        i.exchanges.some(
          (x) =>
            x.direction === 'given' &&
            (x.kind === 'celebration' || x.kind === 'emotional-support') &&
            (x.peerId === undefined || x.peerId === peerId),
        )),
  );
}

/**
 * Life events worth a word today: from LIFE_EVENT_RECENT_DAYS ago (YEARLY_RECENT_DAYS for
 * birthdays) to LIFE_EVENT_AHEAD_DAYS ahead, soonest first, each with its suggestion and
 * whether it was acknowledged already.
 */
export function lifeEventsNear(
  events: readonly LifeEvent[],
  interactionsOf: (peerId: string) => readonly Interaction[],
  today: Day,
): LifeEventMention[] {
  const out: LifeEventMention[] = [];
  for (const e of events) {
    const on = occurrenceNear(e, today);
    const inDays = daysBetween(today, on);
    const back = isYearly(e) ? YEARLY_RECENT_DAYS : LIFE_EVENT_RECENT_DAYS;
    if (inDays < -back || inDays > LIFE_EVENT_AHEAD_DAYS) continue;
    out.push({
      event: lifeEventView(e),
      on,
      inDays,
      suggestion: SUGGESTION_BY_KIND[e.kind],
      acknowledged: acknowledged(interactionsOf(e.peerId), e.peerId, on, today),
    });
  }
  // today first, then what is coming, then what has passed (most recent first)
  const rank = (m: LifeEventMention) => (m.inDays >= 0 ? m.inDays : LIFE_EVENT_AHEAD_DAYS + 1 - m.inDays);
  return out.sort((a, b) => rank(a) - rank(b) || a.event.id.localeCompare(b.event.id));
}

/** "today", "in 3 days", "2 days ago" */
export function whenText(inDays: number): string {
  if (inDays === 0) return 'today';
  if (inDays === 1) return 'tomorrow';
  if (inDays === -1) return 'yesterday';
  return inDays > 0 ? `in ${inDays} days` : `${-inDays} days ago`;
}

/** A life event as screens see it: a confidential note emptied (`hidden`); it comes only when editing. */
export type LifeEventView = Masked<LifeEvent>;
export const lifeEventView = (e: LifeEvent): LifeEventView => maskRecord('lifeEvents', e);
