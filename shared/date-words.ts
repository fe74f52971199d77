import { daysBetween, type Day } from './domain/days';

/**
 * The one way the app says a date to a person: the system's locale through `Intl`, relative
 * where that helps ("yesterday", "in 2 days"). Pure: the day and `today` are passed in, and the
 * locale too (undefined: the runtime's own, which is navigator.language in the window and the
 * process locale in the command line). Machine forms stay ISO: stored data, --json output and
 * file names (a name sorts by its ISO date in any folder and travels to systems with other
 * locales; the message that says a file was saved gives its date in words). Lint keeps date
 * formatting here (test/lint/date-words.test.ts).
 */

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as the UTC midnight of its date: formatted in UTC, no time zone can move it. */
function utcDate(day: Day): Date {
  const m = DAY_RE.exec(day);
  if (!m) throw new RangeError(`Invalid day: ${day}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

// Intl formatters are slow to build and called in lists: one per locale and shape
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, shape: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(shape)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...shape, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}
const relatives = new Map<string, Intl.RelativeTimeFormat>();
function relative(locale: string | undefined): Intl.RelativeTimeFormat {
  let f = relatives.get(locale ?? '');
  if (!f) {
    f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relatives.set(locale ?? '', f);
  }
  return f;
}

const SHORT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const SHORT_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** "7 Dec" (en-GB) or "Dec 7" (en-US); the year added when it is not this year's: "7 Dec 2025". */
export function dayWords(day: Day, today: Day, locale?: string): string {
  return formatter(locale, day.slice(0, 4) === today.slice(0, 4) ? SHORT : SHORT_YEAR).format(utcDate(day));
}

/** For a value read from a file or a search hit, which may not be a day: the day in words, or the value as it is. */
export function dayWordsOr(value: string, today: Day, locale?: string): string {
  return DAY_RE.test(value) && !Number.isNaN(utcDate(value).getTime()) ? dayWords(value, today, locale) : value;
}

/** Always with the year: "7 Dec 2026" (a date read apart from today, such as a backup's). */
export function dayWithYear(day: Day, locale?: string): string {
  return formatter(locale, SHORT_YEAR).format(utcDate(day));
}

/** With the weekday: "Mon 7 Dec", "Mon 7 Dec 2025" when not this year. */
export function dayWithWeekday(day: Day, today: Day, locale?: string): string {
  const shape = day.slice(0, 4) === today.slice(0, 4) ? SHORT : SHORT_YEAR;
  return formatter(locale, { weekday: 'short', ...shape }).format(utcDate(day));
}

/** A heading's date: "Monday, 7 December 2026". */
export function dayLong(day: Day, locale?: string): string {
  return formatter(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(utcDate(day));
}

/** How far from today, within a week: "today", "yesterday", "3 days ago", "in 2 days"; null further off. */
export function dayDistance(day: Day, today: Day, locale?: string): string | null {
  const n = daysBetween(today, day);
  return Math.abs(n) <= 6 ? daysFromToday(n, locale) : null;
}

/** A count of days from today in words: "today", "tomorrow", "in 5 days", "3 days ago". */
export function daysFromToday(n: number, locale?: string): string {
  return relative(locale).format(n, 'day');
}

/** Relative where it helps, the date otherwise: "yesterday", "in 2 days", "7 Nov". */
export function dayRelative(day: Day, today: Day, locale?: string): string {
  return dayDistance(day, today, locale) ?? dayWords(day, today, locale);
}

/** After a verb in an English sentence ("had a new job …"): "yesterday", "in 2 days", "on 7 Nov". */
export function onDay(day: Day, today: Day, locale?: string): string {
  return dayDistance(day, today, locale) ?? `on ${dayWords(day, today, locale)}`;
}

/** Both, for beside a date picker or in a list: "Mon 7 Dec · yesterday", "Mon 7 Nov". */
export function dayFull(day: Day, today: Day, locale?: string): string {
  const near = dayDistance(day, today, locale);
  return near ? `${dayWithWeekday(day, today, locale)} · ${near}` : dayWithWeekday(day, today, locale);
}

/** A month: "December 2026"; `short`: "Dec 2026". `month` is `YYYY-MM` or a day in it. */
export function monthWords(month: string, locale?: string, short = false): string {
  return formatter(locale, { month: short ? 'short' : 'long', year: 'numeric' }).format(utcDate(`${month.slice(0, 7)}-01`));
}

/** A month's short name alone, for a chart's axis whose label gives the years: "Dec". */
export function monthTickWords(month: string, locale?: string): string {
  return formatter(locale, { month: 'short' }).format(utcDate(`${month.slice(0, 7)}-01`));
}

/** A yearly date without its year, from `--MM-DD` or a day: "7 December". */
export function dayOfYearWords(date: string, locale?: string): string {
  return formatter(locale, { day: 'numeric', month: 'long' }).format(utcDate(`2000-${date.slice(-5)}`));
}

/** A moment (an ISO timestamp) in local time: "7 Dec 2026, 14:05". */
export function momentWords(iso: string, locale?: string): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
