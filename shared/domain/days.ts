import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';

/**
 * Calendar days as `YYYY-MM-DD` strings (they compare as strings), with date-fns doing the
 * arithmetic. Shared by cadences, Today, life events and reminders; `today` is always passed in.
 */
export type Day = string;

/** The local calendar day of a moment. */
export const dayOf = (d: Date): Day => format(d, 'yyyy-MM-dd');

export const plusDays = (day: Day, n: number): Day => dayOf(addDays(parseISO(day), n));

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: Day, to: Day): number => differenceInCalendarDays(parseISO(to), parseISO(from));

/** The calendar day of an ISO timestamp as written (its first ten characters). */
export const dayOfTimestamp = (iso: string): Day => iso.slice(0, 10);
