import { endOfISOWeek, parseISO, startOfISOWeek } from 'date-fns';
import type { Group, Interaction } from '../../schema/document';
import { dayOf, type Day } from '../days';

/**
 * "Set Boundaries": be clear about what you can and cannot provide in time, resources and
 * support. A weekly time budget for peer support (settings.weeklyBudgetMinutes, off by
 * default), counted from the durations of this week's interactions and of group meetings
 * not logged as an interaction. Said plainly, never as a reproach.
 */

export const SET_BOUNDARIES = 'Set Boundaries: be clear about what you can and cannot give in time, resources and support.';

export interface WeekWindow {
  since: Day;
  until: Day;
}

/** The ISO week (Monday to Sunday) that holds `today`. */
export function weekOf(today: Day): WeekWindow {
  const d = parseISO(today);
  return { since: dayOf(startOfISOWeek(d)), until: dayOf(endOfISOWeek(d)) };
}

export interface WeeklySupport extends WeekWindow {
  minutes: number;
  /** interactions and meetings this week with no duration (not counted) */
  untimed: number;
  /** the budget in minutes, or null when off */
  budget: number | null;
  /** minutes left (0 when past the budget), null without a budget */
  left: number | null;
  /** minutes past the budget (0 when within it), null without a budget */
  over: number | null;
}

type MeetingFacts = Pick<Group['meetings'][number], 'date' | 'attendeeIds'> & {
  durationMinutes?: number | null;
  interactionId?: string | null;
};

/**
 * A meeting is counted unless the interaction log already holds it: logged with it
 * (`interactionId`), or a group-meeting interaction the same day with one of its attendees.
 */
function loggedAlready(m: MeetingFacts, sameDay: readonly Interaction[], ids: ReadonlySet<string>): boolean {
  if (m.interactionId && ids.has(m.interactionId)) return true;
  return sameDay.some((i) => i.channel === 'group-meeting' && i.peerIds.some((p) => m.attendeeIds.includes(p)));
}

export function weeklySupport(
  interactions: readonly Interaction[],
  groups: readonly Pick<Group, 'meetings'>[],
  today: Day,
  budgetMinutes: number | null,
): WeeklySupport {
  const w = weekOf(today);
  const inWeek = interactions.filter((i) => i.date >= w.since && i.date <= w.until);
  const ids = new Set(inWeek.map((i) => i.id));
  let minutes = 0;
  let untimed = 0;
  for (const i of inWeek) {
    if (i.durationMinutes === null) untimed += 1;
    else minutes += i.durationMinutes;
  }
  for (const g of groups) {
    for (const m of g.meetings as readonly MeetingFacts[]) {
      if (m.date < w.since || m.date > w.until) continue;
      if (
        loggedAlready(
          m,
          inWeek.filter((i) => i.date === m.date),
          ids,
        )
      )
        continue;
      if (m.durationMinutes === null || m.durationMinutes === undefined) untimed += 1;
      else minutes += m.durationMinutes;
    }
  }
  const budget = budgetMinutes;
  return {
    ...w,
    minutes,
    untimed,
    budget,
    left: budget === null ? null : Math.max(0, budget - minutes),
    over: budget === null ? null : Math.max(0, minutes - budget),
  };
}

/** "2 h 15 min", "45 min", "3 h". */
export function formatMinutes(m: number): string {
  const h = Math.floor(m / 60);
  const r = m % 60;
  if (h === 0) return `${r} min`;
  return r === 0 ? `${h} h` : `${h} h ${r} min`;
}

/** This week in one plain sentence. */
export function weekInWords(s: WeeklySupport): string {
  const spent = s.minutes === 0 ? 'No time with peers logged' : `${formatMinutes(s.minutes)} with peers`;
  const untimed = s.untimed ? ` (${s.untimed} without a duration, not counted)` : '';
  if (s.budget === null) return `${spent} this week${untimed}.`;
  if (s.over && s.over > 0)
    return `${spent} this week${untimed}, ${formatMinutes(s.over)} more than the ${formatMinutes(s.budget)} you set aside.`;
  return `${spent} this week${untimed}, of the ${formatMinutes(s.budget)} you set aside.`;
}
