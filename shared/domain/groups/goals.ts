import type { Goal, GoalCheckIn } from '../../schema/document';
import { ME } from '../../schema/vocabulary';
import { daysBetween, dayOfTimestamp, plusDays, type Day } from '../days';

/**
 * "Goal Accountability": share goals with trusted peers and ask them to keep you
 * accountable. A goal with partners is due a check-in when it has had none for a set period
 * (settings.goalCheckInDays); a goal a peer shared with me has me as its partner. Pure:
 * `today` is passed in.
 */

export type GoalFacts = Pick<Goal, 'id' | 'title' | 'status' | 'partnerIds' | 'checkIns' | 'owner' | 'createdAt' | 'due'>;

/** The latest check-in (by date, then id), or undefined. */
export function latestCheckIn(checkIns: readonly GoalCheckIn[]): GoalCheckIn | undefined {
  let best: GoalCheckIn | undefined;
  for (const c of checkIns) if (!best || c.date > best.date || (c.date === best.date && c.id > best.id)) best = c;
  return best;
}

/** Progress as last reported (0-100), or null before the first check-in. */
export const goalProgress = (g: Pick<Goal, 'checkIns'>): number | null => latestCheckIn(g.checkIns)?.progress ?? null;

/** Whether anyone holds this goal to account: its partners (mine), or me (theirs). */
export const hasPartners = (g: Pick<Goal, 'owner' | 'partnerIds'>): boolean => g.owner !== ME || g.partnerIds.length > 0;

export interface CheckInDue {
  /** the last check-in, or null (then the period counts from when the goal was added) */
  last: Day | null;
  dueOn: Day;
  due: boolean;
  /** days past dueOn (0 on the day) when due; negative: days left */
  daysOver: number;
}

/** When the next check-in is due, for an open goal someone holds to account; null otherwise. */
export function checkInDue(g: GoalFacts, today: Day, periodDays: number): CheckInDue | null {
  if (g.status !== 'open' || !hasPartners(g)) return null;
  const last = latestCheckIn(g.checkIns)?.date ?? null;
  const dueOn = plusDays(last ?? dayOfTimestamp(g.createdAt), periodDays);
  const daysOver = daysBetween(dueOn, today);
  return { last, dueOn, due: daysOver >= 0, daysOver };
}

export interface PartnerToUpdate {
  peerId: string;
  /** the last check-in with them, or null: never since the goal was added */
  since: Day | null;
  days: number;
}

/**
 * Partners of my open goal who have not heard how it goes for the period: no check-in with
 * them (withPeerId) in that many days, counted from the goal's creation if never.
 */
export function partnersToUpdate(g: GoalFacts, today: Day, periodDays: number): PartnerToUpdate[] {
  if (g.status !== 'open' || g.owner !== ME) return [];
  const out: PartnerToUpdate[] = [];
  for (const peerId of g.partnerIds) {
    let since: Day | null = null;
    for (const c of g.checkIns) if (c.withPeerId === peerId && (since === null || c.date > since)) since = c.date;
    const days = daysBetween(since ?? dayOfTimestamp(g.createdAt), today);
    if (days >= periodDays) out.push({ peerId, since, days });
  }
  return out;
}

export interface GoalAttention {
  goalId: string;
  title: string;
  owner: string;
  checkIn: CheckInDue | null;
  partners: PartnerToUpdate[];
}

/**
 * Goals that want attention today: a check-in due, or partners not updated in a while.
 * Most overdue first, then by title.
 */
export function goalsNeedingAttention(goals: readonly GoalFacts[], today: Day, periodDays: number): GoalAttention[] {
  const out: GoalAttention[] = [];
  for (const g of goals) {
    const c = checkInDue(g, today, periodDays);
    const partners = partnersToUpdate(g, today, periodDays);
    if ((c && c.due) || partners.length) out.push({ goalId: g.id, title: g.title, owner: g.owner, checkIn: c, partners });
  }
  const over = (a: GoalAttention) => Math.max(a.checkIn?.daysOver ?? -Infinity, ...a.partners.map((p) => p.days - periodDays));
  return out.sort((a, b) => over(b) - over(a) || a.title.localeCompare(b.title));
}

/**
 * Why a goal is on Today, in words (the card and `compeer today` say the same). `dayWord`
 * says a day the way the caller shows dates; `ownerName` is set for a peer's goal.
 */
export function goalReason(
  g: Pick<GoalAttention, 'checkIn'> & { partners: readonly { name: string; since: Day | null }[]; ownerName: string | null },
  dayWord: (d: Day) => string,
): string {
  const first = (name: string) => name.split(' ')[0];
  if (g.ownerName) return `No word for a while: ask ${first(g.ownerName)} how it is going.`;
  return [
    g.checkIn?.due ? (g.checkIn.last ? `Last check-in ${dayWord(g.checkIn.last)}.` : 'No check-in yet.') : null,
    g.partners.length
      ? `${g.partners.map((p) => first(p.name)).join(' and ')} ${g.partners.length === 1 ? 'has' : 'have'} not heard from you ${g.partners.some((p) => p.since) ? 'in a while' : 'about it yet'}.`
      : null,
  ]
    .filter(Boolean)
    .join(' ');
}
