import { endOfISOWeek, parseISO, startOfISOWeek } from 'date-fns';
import type { Group, Interaction } from '../../schema/document';
import type { InteractionChannel } from '../../schema/vocabulary';
import { dayOf, type Day } from '../days';

/**
 * "Set Boundaries": be clear about what you can and cannot provide in time, resources and
 * support. A weekly time budget for peer support (settings.weeklyBudgetMinutes, off by
 * default), counted from this week's interactions and the group meetings not logged as an
 * interaction: each by its length when one was given, else at the usual length of its
 * channel (settings.channelMinutes over USUAL_MINUTES), since a length is optional and most
 * logs leave it out. Said plainly, never as a reproach.
 */

/** How long each kind of contact usually takes, in minutes, until the person says otherwise. */
export const USUAL_MINUTES: Readonly<Record<InteractionChannel, number>> = {
  call: 30,
  video: 45,
  coffee: 60,
  meal: 90,
  message: 5,
  email: 10,
  event: 120,
  social: 120,
  'group-meeting': 90,
  other: 30,
};

export type ChannelMinutes = Partial<Record<InteractionChannel, number>>;

/** The usual length of each channel: the person's own where set, the default elsewhere. */
export const usualMinutes = (own: ChannelMinutes | undefined): Record<InteractionChannel, number> => ({ ...USUAL_MINUTES, ...own });

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
  /** interactions and meetings this week with no length of their own, counted at their channel's usual length */
  usual: number;
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
  channelMinutes?: ChannelMinutes,
): WeeklySupport {
  const w = weekOf(today);
  const usualOf = usualMinutes(channelMinutes);
  const inWeek = interactions.filter((i) => i.date >= w.since && i.date <= w.until);
  const ids = new Set(inWeek.map((i) => i.id));
  let minutes = 0;
  let usual = 0;
  for (const i of inWeek) {
    if (i.durationMinutes === null) {
      usual += 1;
      minutes += usualOf[i.channel];
    } else minutes += i.durationMinutes;
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
      if (m.durationMinutes === null || m.durationMinutes === undefined) {
        usual += 1;
        minutes += usualOf['group-meeting'];
      } else minutes += m.durationMinutes;
    }
  }
  const budget = budgetMinutes;
  return {
    ...w,
    minutes,
    usual,
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
  const atUsual = s.usual ? ` (${s.usual} counted at the usual length)` : '';
  if (s.budget === null) return `${spent} this week${atUsual}.`;
  if (s.over && s.over > 0)
    return `${spent} this week${atUsual}, ${formatMinutes(s.over)} more than the ${formatMinutes(s.budget)} you set aside.`;
  return `${spent} this week${atUsual}, of the ${formatMinutes(s.budget)} you set aside.`;
}
