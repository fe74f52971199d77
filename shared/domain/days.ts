import { format } from 'date-fns';

/**
 * Calendar days as `YYYY-MM-DD` strings (they compare as strings), with date-fns doing the
 * arithmetic. Shared by cadences, Today, life events and reminders; `today` is always passed in.
 */
export type Day = string;

/**
 * The local calendar day of a moment: "today" is `dayOf(now)`, with the clock passed in. The
 * one home for it: the UTC day (`toISOString().slice(0, 10)`) is already tomorrow in the
 * evening west of UTC, so lint refuses it.
 */
export const dayOf = (d: Date): Day => format(d, 'yyyy-MM-dd');

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** The calendar day of a date built in UTC (`Date.UTC`, calendar arithmetic): never "today". */
export const dayOfUtc = (d: Date): Day => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

const DAY_MS = 86_400_000;

/**
 * A day as a count of UTC milliseconds: calendar arithmetic on plain dates has no time zone or
 * summer time in it, so it is exact, and it is called in every loop over the log (date-fns'
 * parse and format there cost Today most of its time). Not a `YYYY-MM-DD` day: a RangeError.
 */
const utc = (day: Day): number => {
  const t = /^\d{4}-\d{2}-\d{2}$/.test(day)
    ? Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
    : NaN;
  if (Number.isNaN(t)) throw new RangeError(`Invalid day: ${day}`);
  return t;
};

export const plusDays = (day: Day, n: number): Day => dayOfUtc(new Date(utc(day) + n * DAY_MS));

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: Day, to: Day): number => Math.round((utc(to) - utc(from)) / DAY_MS);

/** The calendar day of an ISO timestamp as written (its first ten characters). */
export const dayOfTimestamp = (iso: string): Day => iso.slice(0, 10);
