import type { Settings } from '../schema/document';
import { isDue, type CheckIn } from './cadence';
import { dayOf, plusDays, type Day } from './days';

/**
 * The daily desktop reminder of due check-ins: when it goes out and what it says. Pure; the
 * Electron glue (electron/main/reminders.ts) only asks and shows. It never carries
 * confidential text: by default a count, names only when the user chose so.
 */

/** While the vault is locked the reminder can still count (never name) what falls due on each of the next this-many days. */
export const COUNT_AHEAD_DAYS = 14;
/** How many names a reminder lists before "and N more". */
export const NAMES_IN_REMINDER = 3;

export type ReminderPrefs = Settings['notifications'];

export interface ReminderState {
  prefs: ReminderPrefs;
  /** the day the last reminder went out */
  lastSentOn: Day | null;
  /** check-ins due (overdue or due that day) on each day from today, COUNT_AHEAD_DAYS of them */
  dueCounts: Record<Day, number>;
  /** who is due today, only while unlocked and only when prefs.showNames */
  names: string[];
}

/**
 * How many check-ins will be due on each of the next `days` days, assuming nothing is
 * logged meanwhile: a check-in due on day d stays due every day after it.
 */
export function dueCountsAhead(all: Iterable<CheckIn>, today: Day, days = COUNT_AHEAD_DAYS): Record<Day, number> {
  const out: Record<Day, number> = {};
  const list = [...all];
  for (let k = 0; k < days; k++) {
    const day = plusDays(today, k);
    out[day] = list.filter((c) => c.daysOverdue !== null && isDue({ ...c, daysOverdue: c.daysOverdue + k }, day)).length;
  }
  return out;
}

/** The state the glue needs, from check-ins computed for `today` (names of those due today, if allowed). */
export function reminderState(
  prefs: ReminderPrefs,
  lastSentOn: Day | null,
  all: ReadonlyMap<string, CheckIn>,
  nameOf: (id: string) => string,
  today: Day,
): ReminderState {
  const names = prefs.showNames
    ? [...all.values()]
        .filter((c) => isDue(c, today))
        .map((c) => nameOf(c.peerId))
        .sort((a, b) => a.localeCompare(b))
    : [];
  return { prefs, lastSentOn, dueCounts: dueCountsAhead(all.values(), today), names };
}

export interface Reminder {
  day: Day;
  title: string;
  body: string;
}

/**
 * The reminder to show at `now`, or null: only when turned on, once a day, from the chosen
 * hour (local time), and only when something is due. A reminder missed while the computer
 * slept goes out when it wakes, the same day.
 */
export function reminderToSend(now: Date, s: ReminderState): Reminder | null {
  if (!s.prefs.enabled) return null;
  const day = dayOf(now);
  if (s.lastSentOn !== null && s.lastSentOn >= day) return null;
  if (now.getHours() < s.prefs.hour) return null;
  const count = s.dueCounts[day] ?? 0;
  if (count === 0) return null;
  const title = count === 1 ? '1 check-in is due' : `${count} check-ins are due`;
  let body = 'Open Compeer to see who is due a check-in.';
  if (s.prefs.showNames && s.names.length > 0) {
    const shown = s.names.slice(0, NAMES_IN_REMINDER);
    const more = s.names.length - shown.length;
    body =
      more > 0
        ? `${shown.join(', ')} and ${more} more.`
        : `${shown.slice(0, -1).join(', ')}${shown.length > 1 ? ' and ' : ''}${shown[shown.length - 1]}.`;
  }
  return { day, title, body };
}

/** What the glue keeps after the vault locks: the counts and prefs, never a name. */
export const withoutNames = (s: ReminderState): ReminderState => ({ ...s, names: [] });
