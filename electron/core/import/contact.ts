import { dayOfUtc } from '../../../shared/domain/days';

/** One person read from a contacts file, before matching against the vault. */
export interface ImportedContact {
  name: string;
  company: string;
  role: string;
  emails: string[];
  phones: string[];
  linkedin: string;
  website: string;
  city: string;
  country: string;
  tags: string[];
  notes: string;
  /** when we connected (LinkedIn's "Connected On"), ISO date */
  metDate: string | null;
  /** a birthday, YYYY-MM-DD or --MM-DD when the year is unknown; becomes a life event */
  birthday: string | null;
  /** fields with no home in a peer, kept as "label: value" lines in the notes */
  extra: [string, string][];
  /** which file format, e.g. "LinkedIn" */
  source: string;
  /** 1-based line (or card number) in the file, for the preview and messages */
  line: number;
}

export const emptyContact = (source: string, line: number): ImportedContact => ({
  name: '',
  company: '',
  role: '',
  emails: [],
  phones: [],
  linkedin: '',
  website: '',
  city: '',
  country: '',
  tags: [],
  notes: '',
  metDate: null,
  birthday: null,
  extra: [],
  source,
  line,
});

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Dates as exports write them: "02 Feb 2024", "5-Jun-21", "2024-02-02", "Feb 2, 2024", and
 * "02.02.2024" (day first, as Excel rewrites them in European locales). Null if unsure.
 */
export function parseLooseDate(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  const build = (y: number, m: number, d: number) => {
    const dt = new Date(Date.UTC(y, m, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m && dt.getUTCDate() === d ? dayOfUtc(dt) : null;
  };
  if (iso) return build(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (dotted) return build(Number(dotted[3]), Number(dotted[2]) - 1, Number(dotted[1]));
  const dmy = /^(\d{1,2})[\s-]([A-Za-z]{3})[A-Za-z]*[\s-](\d{2}|\d{4})$/.exec(s);
  if (dmy) {
    const m = MONTHS.indexOf(dmy[2]!.toLowerCase());
    let y = Number(dmy[3]);
    if (dmy[3]!.length === 2) y += y > 69 ? 1900 : 2000;
    return m < 0 ? null : build(y, m, Number(dmy[1]));
  }
  const mdy = /^([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  if (mdy) {
    const m = MONTHS.indexOf(mdy[1]!.toLowerCase());
    return m < 0 ? null : build(Number(mdy[3]), m, Number(mdy[2]));
  }
  return null;
}

export const splitName = (full: string): string => full.replace(/\s+/g, ' ').trim();

/**
 * Apple writes a birthday without a year as the year 1604 with `X-APPLE-OMIT-YEAR=1604`
 * (1604 being a leap year, so 29 February fits); Compeer never takes that for a year.
 */
export const APPLE_NO_YEAR = 1604;

const validMonthDay = (m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(2004, m, 0)).getUTCDate();
const monthDayText = (m: number, d: number) => `--${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * A birthday as contact files write it: vCard 4's `--MMDD` or `--MM-DD` (no year), vCard 3's
 * `YYYY-MM-DD` or `YYYYMMDD` (a time after it ignored), Google's `--MM-DD`, or any date
 * parseLooseDate reads. `omitYear` is the year the file says stands for "no year" (Apple's
 * X-APPLE-OMIT-YEAR); the year 1604 is treated as none in any case. The result is
 * `YYYY-MM-DD`, or `--MM-DD` for a day and month only; null if it is not a date.
 */
export function parseBirthday(raw: string, omitYear: number | null = null): string | null {
  const s = raw.trim();
  const noYear = /^--(\d{2})-?(\d{2})$/.exec(s);
  if (noYear) {
    const m = Number(noYear[1]);
    const d = Number(noYear[2]);
    return validMonthDay(m, d) ? monthDayText(m, d) : null;
  }
  const compact = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/.exec(s);
  if (compact) {
    const y = Number(compact[1]);
    const m = Number(compact[2]);
    const d = Number(compact[3]);
    if (y === APPLE_NO_YEAR || (omitYear !== null && y === omitYear)) return validMonthDay(m, d) ? monthDayText(m, d) : null;
    return parseLooseDate(`${compact[1]}-${compact[2]}-${compact[3]}`);
  }
  const loose = parseLooseDate(s);
  return loose && !loose.startsWith(String(APPLE_NO_YEAR)) ? loose : null;
}
