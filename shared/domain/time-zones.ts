import type { Day } from './days';

/**
 * Moments and wall-clock times in named (IANA) time zones, with the platform's own zone data
 * (Intl): an imported calendar names its zones, and a meeting's day is the day it started
 * where the person is, not where the machine that wrote the file was.
 */

const formats = new Map<string, Intl.DateTimeFormat | null>();

/** One formatter per zone (making one costs far more than using it); null for a name Intl does not know. */
function formatIn(zone: string): Intl.DateTimeFormat | null {
  let f = formats.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null;
    }
    // a file can name many zones; the cache stays small whatever it names
    if (formats.size > 500) formats.clear();
    formats.set(zone, f);
  }
  return f;
}

/** Whether a name is a time zone the platform knows ("Europe/Lisbon", "UTC"). */
export const isTimeZone = (zone: string): boolean => zone.trim() !== '' && formatIn(zone) !== null;

/** The zone a day is reckoned in: the one given if it is a real zone name, else the machine's own. */
export const zoneOrLocal = (zone: string | null | undefined): string =>
  zone && isTimeZone(zone) ? zone : Intl.DateTimeFormat().resolvedOptions().timeZone;

export interface WallTime {
  year: number;
  /** 1 to 12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time of a moment (ms since the epoch) in a zone, as Intl gives it. */
function wallTimeOfIntl(ms: number, zone: string): WallTime {
  const f = formatIn(zone);
  if (!f) throw new RangeError(`Unknown time zone: ${zone}`);
  const out: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of f.formatToParts(new Date(ms))) {
    if (p.type === 'year' || p.type === 'month' || p.type === 'day' || p.type === 'hour' || p.type === 'minute' || p.type === 'second')
      out[p.type] = Number(p.value);
  }
  return out;
}

// A zone's offset by UTC day, when it is the same at the day's start and end (on a day the
// clocks change, Intl is asked each time): asking Intl costs far more than a lookup, and a
// calendar asks for tens of thousands of moments
const SPAN = 86_400_000;
const offsets = new Map<string, Map<number, number>>();

/** How far a zone's clocks are ahead of UTC at a moment, in ms. */
export function offsetAt(ms: number, zone: string): number {
  const bucket = Math.floor(ms / SPAN);
  let byZone = offsets.get(zone);
  if (!byZone) offsets.set(zone, (byZone = new Map<number, number>()));
  const known = byZone.get(bucket);
  if (known !== undefined) return known;
  // Intl tells the time to the second
  const exact = (t: number) => asUtc(wallTimeOfIntl(t, zone)) - Math.floor(t / 1000) * 1000;
  const atStart = exact(bucket * SPAN);
  if (exact(bucket * SPAN + SPAN - 1000) !== atStart) return exact(ms);
  if (byZone.size > 100_000) byZone.clear();
  byZone.set(bucket, atStart);
  return atStart;
}

/** The wall-clock time of a moment (ms since the epoch) in a zone. */
export function wallTimeIn(ms: number, zone: string): WallTime {
  if (!formatIn(zone)) throw new RangeError(`Unknown time zone: ${zone}`);
  const d = new Date(ms + offsetAt(ms, zone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The calendar day of a moment in a zone: "YYYY-MM-DD". */
export function dayInZone(ms: number, zone: string): Day {
  const w = wallTimeIn(ms, zone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

const asUtc = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/**
 * The moment a wall-clock time names in a zone. A time that a change to summer time skips
 * (02:30 on the night clocks go forward) is read with the offset before the change, so it
 * lands an hour later, as calendars do; a time that happens twice is the first of the two.
 */
export function instantOfWallTime(w: WallTime, zone: string): number {
  const wall = asUtc(w);
  // the zone's offset at a moment; two tries settle it everywhere (offsets change at most once a day)
  const off = (ms: number) => offsetAt(ms, zone);
  const first = off(wall - off(wall));
  const guess = wall - first;
  const second = off(guess);
  if (second === first) {
    // the earlier of two moments with this wall time, when the clocks went back
    const earlier = wall - off(guess - 3_600_000);
    return earlier < guess && asUtc(wallTimeIn(earlier, zone)) === wall ? earlier : guess;
  }
  // skipped by a change to summer time: the offset before the change
  return wall - Math.min(first, second);
}
