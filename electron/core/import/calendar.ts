import ICAL from 'ical.js';
import type { Day } from '../../../shared/domain/days';
import { dayInZone, instantOfWallTime, isTimeZone } from '../../../shared/domain/time-zones';
import { CompeerError } from '../../../shared/errors';
import { WarningLog } from '../../../shared/import-preview';
import { printable } from './text-check';

/**
 * A calendar file (iCalendar, RFC 5545) read into its meetings: every event, each repeating
 * one expanded to its occurrences within the chosen days (its exceptions, extra dates and
 * moved occurrences applied), each with the moment it starts, who is in it, and what the
 * person said to it. Which of them become interactions is the plan's (calendar-plan.ts).
 */

/** Most events (VEVENT blocks) one file may hold: ten busy years; more is refused before it is parsed. */
export const CALENDAR_MAX_EVENTS = 50_000;
/** Most occurrences one file may bring within the chosen days. */
export const CALENDAR_MAX_OCCURRENCES = 100_000;
/** Most occurrences one repeating event is followed to: a daily meeting for a century; more is not a meeting. */
export const SERIES_MAX_STEPS = 40_000;
/** Steps of expansion for the whole file: bounds the time any file takes. */
export const CALENDAR_MAX_STEPS = 200_000;
/** Deepest nesting of BEGIN blocks (VCALENDAR > VEVENT > VALARM is 3). */
export const CALENDAR_MAX_DEPTH = 6;

export interface CalendarAttendee {
  /** lowercased, "mailto:" taken off */
  email: string;
  /** ACCEPTED, DECLINED, TENTATIVE, NEEDS-ACTION… (upper case; "" when not said) */
  partstat: string;
  /** a room or a thing, not a person */
  resource: boolean;
}

export interface CalendarOccurrence {
  /** the event's UID, and for an occurrence of a repeating one the moment it was first planned for */
  key: string;
  /** the line its event (or its override) begins on */
  line: number;
  /** its title, as text (control characters taken out) */
  title: string;
  /** when it starts and ends, ms since the epoch */
  start: number;
  end: number | null;
  allDay: boolean;
  cancelled: boolean;
  /** CLASS:PRIVATE or CONFIDENTIAL */
  private: boolean;
  organizer: string | null;
  attendees: CalendarAttendee[];
  /** carries a Zoom, Meet, Teams or Webex link */
  meetingLink: boolean;
}

export interface CalendarWindow {
  /** the first and last day taken (in `zone`), each included; null: no bound */
  since: Day | null;
  until: Day | null;
  /** the person's own zone: what a day is, and how a time with no zone is read */
  zone: string;
}

export interface CalendarRead {
  occurrences: CalendarOccurrence[];
  /** how many events (VEVENT blocks) the file has */
  events: number;
  /** occurrences outside the chosen days */
  outside: number;
  /** whose calendar it is, when the file says (Google names a primary calendar by its owner's address) */
  owner: string | null;
  log: WarningLog;
}

const tooBig = (what: string) => `${what} Import a shorter span of it (most calendars export a range of dates). Nothing was imported.`;

/**
 * One pass over the lines before the file is parsed: how many events it has, where each
 * begins, and how deep its blocks go, so a file too large or nested without end is refused
 * at once, and each event can be named by its line.
 */
function scan(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let line = 0;
  let sawCalendar = false;
  for (let i = 0; i < text.length;) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    line++;
    const c = text.charCodeAt(i);
    // B or E: only BEGIN and END lines matter here
    if (c === 66 || c === 98 || c === 69 || c === 101) {
      const head = text.slice(i, Math.min(j, i + 20)).toUpperCase();
      if (head.startsWith('BEGIN:')) {
        depth++;
        if (depth > CALENDAR_MAX_DEPTH)
          throw new CompeerError(
            'UNSUPPORTED_FILE',
            `Line ${line.toLocaleString('en')} opens a block inside ${CALENDAR_MAX_DEPTH} others; no calendar nests that deep, so Compeer does not read this file. Nothing was imported.`,
          );
        if (head.startsWith('BEGIN:VCALENDAR')) sawCalendar = true;
        if (head.startsWith('BEGIN:VEVENT')) {
          starts.push(line);
          if (starts.length > CALENDAR_MAX_EVENTS)
            throw new CompeerError(
              'INVALID_INPUT',
              tooBig(
                `The file has more than ${CALENDAR_MAX_EVENTS.toLocaleString('en')} events; Compeer imports up to ${CALENDAR_MAX_EVENTS.toLocaleString('en')} from one file.`,
              ),
            );
        }
      } else if (head.startsWith('END:')) depth--;
    }
    i = j + 1;
  }
  if (!sawCalendar)
    throw new CompeerError('UNSUPPORTED_FILE', 'The file is not a calendar (it has no BEGIN:VCALENDAR). Nothing was imported.');
  return starts;
}

const text = (v: unknown): string =>
  typeof v === 'string'
    ? printable(v)
        .replace(/\uFFFD/g, ' ')
        .trim()
    : '';

/** "mailto:Ana@X.io" -> "ana@x.io"; other values (a URN, nothing) -> "" */
export function addressOf(value: unknown, emailParam?: unknown): string {
  const pick = typeof emailParam === 'string' && emailParam.includes('@') ? emailParam : typeof value === 'string' ? value : '';
  const s = pick
    .trim()
    .replace(/^mailto:/i, '')
    .trim();
  return s.includes('@') ? s.toLowerCase() : '';
}

const MEETING_LINK =
  /(?:\bzoom\.us\/(?:j|my|w|s)\/|\bzoomgov\.com\/j\/|\bmeet\.google\.com\/|\bteams\.microsoft\.com\/|\bteams\.live\.com\/|\bwebex\.com\/)/i;
const LINK_PROPS = [
  'location',
  'description',
  'url',
  'conference',
  'x-google-conference',
  'x-microsoft-skypeteamsmeetingurl',
  'x-microsoft-onlinemeetingconflink',
];

interface EventFacts {
  title: string;
  cancelled: boolean;
  private: boolean;
  organizer: string | null;
  attendees: CalendarAttendee[];
  meetingLink: boolean;
  startZone: string | null;
  endZone: string | null;
  line: number;
}

function factsOf(c: ICAL.Component, line: number): EventFacts {
  const str = (name: string) => {
    const v = c.getFirstPropertyValue(name);
    return typeof v === 'string' ? v : '';
  };
  const attendees: CalendarAttendee[] = [];
  for (const p of c.getAllProperties('attendee')) {
    const email = addressOf(p.getFirstValue(), p.getParameter('email'));
    if (!email) continue;
    const cutype = String(p.getParameter('cutype') ?? '').toUpperCase();
    attendees.push({
      email,
      partstat: String(p.getParameter('partstat') ?? '').toUpperCase(),
      resource: cutype === 'ROOM' || cutype === 'RESOURCE',
    });
  }
  const org = c.getFirstProperty('organizer');
  const klass = str('class').toUpperCase();
  let meetingLink = false;
  for (const name of LINK_PROPS) {
    for (const p of c.getAllProperties(name)) {
      const v = p.getFirstValue();
      if (typeof v === 'string' && MEETING_LINK.test(v.slice(0, 20_000))) meetingLink = true;
    }
    if (meetingLink) break;
  }
  const zoneOf = (prop: string) => {
    const tz = c.getFirstProperty(prop)?.getParameter('tzid');
    return typeof tz === 'string' ? tz : null;
  };
  return {
    title: text(str('summary')).slice(0, 20_000),
    cancelled: str('status').toUpperCase() === 'CANCELLED',
    private: klass === 'PRIVATE' || klass === 'CONFIDENTIAL',
    organizer: org ? addressOf(org.getFirstValue(), org.getParameter('email')) || null : null,
    attendees,
    meetingLink,
    startZone: zoneOf('dtstart'),
    endZone: zoneOf('dtend') ?? zoneOf('dtstart'),
    line,
  };
}

/**
 * The moment an ICAL.Time names: UTC as is; a zone the platform knows by its IANA name from
 * the platform's own rules; else a zone the file describes (VTIMEZONE) by its rules; else
 * (no zone, or one nobody knows) the person's own zone.
 */
function instantOf(t: ICAL.Time, tzid: string | null, zone: string): number {
  if (t.zone === ICAL.Timezone.utcTimezone) return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  const wall = { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second };
  if (tzid && isTimeZone(tzid)) return instantOfWallTime(wall, tzid);
  if (t.zone && t.zone !== ICAL.Timezone.localTimezone) return t.toUnixTime() * 1000;
  return instantOfWallTime(wall, zone);
}

/** "2026-03-02T09:00:00Z": an occurrence's planned moment, the same however the file writes its zone */
const isoOf = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** The parts of a parse error ical.js words for developers, said plainly. */
function parseFailure(e: unknown): CompeerError {
  const detail = e instanceof Error ? printable(e.message).slice(0, 200) : '';
  return new CompeerError(
    'UNSUPPORTED_FILE',
    `This calendar file cannot be read (${detail || 'it is not in the iCalendar format'}). Export the calendar again as .ics. Nothing was imported.`,
  );
}

/**
 * Read a calendar's meetings within a window of days. Refused whole (a CompeerError with a
 * plain message) when the file is not a calendar, too large, nested too deep, or repeats
 * beyond any calendar's needs; one event that cannot be read is left out with a warning.
 */
export function readCalendar(source: string, window: CalendarWindow): CalendarRead {
  const starts = scan(source);
  const log = new WarningLog();
  let parsed: unknown;
  try {
    parsed = ICAL.parse(source);
  } catch (e) {
    throw parseFailure(e);
  }
  // one VCALENDAR, or several one after another
  const roots = (Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : (parsed as unknown[])).map(
    (j) => new ICAL.Component(j as unknown[]),
  );
  const registered: string[] = [];
  try {
    for (const root of roots) {
      for (const tz of root.getAllSubcomponents('vtimezone')) {
        const id = tz.getFirstPropertyValue('tzid');
        // a zone named in the file is learnt for this file only, and only if the platform does not know it
        if (typeof id === 'string' && !isTimeZone(id) && !ICAL.TimezoneService.has(id)) {
          try {
            ICAL.TimezoneService.register(tz);
            registered.push(id);
          } catch {
            log.push({
              line: 1,
              skipped: false,
              message: `The time zone "${text(id).slice(0, 80)}" could not be read; its times are read in yours.`,
            });
          }
        }
      }
    }
    const name = roots[0]?.getFirstPropertyValue('x-wr-calname');
    return { ...expand(roots, starts, window, log), owner: addressOf(name) || null };
  } finally {
    for (const id of registered) ICAL.TimezoneService.remove(id);
  }
}

function expand(roots: ICAL.Component[], starts: number[], window: CalendarWindow, log: WarningLog): Omit<CalendarRead, 'owner'> {
  const { zone } = window;
  // events in file order, each with the line it begins on
  const events: { c: ICAL.Component; line: number }[] = [];
  for (const root of roots) for (const c of root.getAllSubcomponents('vevent')) events.push({ c, line: starts[events.length] ?? 0 });
  // masters and their overrides, by UID
  const byUid = new Map<string, { master: (typeof events)[number] | null; overrides: (typeof events)[number][] }>();
  let noUid = 0;
  for (const e of events) {
    const uidValue = e.c.getFirstPropertyValue('uid');
    const uid = typeof uidValue === 'string' && uidValue.trim() ? text(uidValue).slice(0, 500) : `no-uid-${++noUid}-line-${e.line}`;
    const entry = byUid.get(uid) ?? { master: null, overrides: [] };
    if (e.c.hasProperty('recurrence-id')) entry.overrides.push(e);
    else if (!entry.master) entry.master = e;
    else
      log.push({
        line: e.line,
        skipped: true,
        message: `Line ${e.line}: a second event with the same UID as line ${entry.master.line}; left out.`,
      });
    byUid.set(uid, entry);
  }

  const occurrences: CalendarOccurrence[] = [];
  let outside = 0;
  let steps = 0;
  const inWindow = (ms: number): -1 | 0 | 1 => {
    const day = dayInZone(ms, zone);
    if (window.since && day < window.since) return -1;
    if (window.until && day > window.until) return 1;
    return 0;
  };
  // the window's end as a moment, a day late (zones differ by at most 26 hours): a series stops there
  const stopAt = window.until ? Date.parse(`${window.until}T00:00:00Z`) + 2 * 86_400_000 : Infinity;

  const push = (o: CalendarOccurrence) => {
    const where = inWindow(o.start);
    if (where !== 0) {
      outside++;
      return;
    }
    if (occurrences.length >= CALENDAR_MAX_OCCURRENCES)
      throw new CompeerError(
        'INVALID_INPUT',
        tooBig(
          `The file has more than ${CALENDAR_MAX_OCCURRENCES.toLocaleString('en')} meetings in the chosen days; Compeer imports up to ${CALENDAR_MAX_OCCURRENCES.toLocaleString('en')} at a time.`,
        ),
      );
    occurrences.push(o);
  };

  const occurrenceOf = (key: string, f: EventFacts, start: ICAL.Time, end: ICAL.Time | null): CalendarOccurrence => {
    const s = instantOf(start, f.startZone, zone);
    const e = end ? instantOf(end, f.endZone, zone) : null;
    return {
      key,
      line: f.line,
      title: f.title,
      start: s,
      end: e,
      allDay: start.isDate,
      cancelled: f.cancelled,
      private: f.private,
      organizer: f.organizer,
      attendees: f.attendees,
      meetingLink: f.meetingLink,
    };
  };

  for (const [uid, { master, overrides }] of byUid) {
    try {
      if (!master) {
        // overrides whose series is not in the file (a shared calendar's export): each stands alone
        for (const o of overrides) {
          const ev = new ICAL.Event(o.c);
          const f = factsOf(o.c, o.line);
          const rid = ev.recurrenceId;
          steps++;
          push(occurrenceOf(`${uid}@${isoOf(instantOf(rid, zoneParam(o.c, 'recurrence-id'), zone))}`, f, ev.startDate, ev.endDate));
        }
        continue;
      }
      // its overrides given (by default ical.js relates every override in the calendar, whatever its UID, and looks at each event to find them)
      const related = overrides.map((o) => ({ o, ev: new ICAL.Event(o.c) }));
      const ev = new ICAL.Event(master.c, { strictExceptions: true, exceptions: [] });
      if (!ev.startDate) {
        log.push({ line: master.line, skipped: true, message: `Line ${master.line}: an event with no start (DTSTART); left out.` });
        continue;
      }
      const facts = factsOf(master.c, master.line);
      if (!ev.isRecurring()) {
        steps++;
        push(occurrenceOf(uid, facts, ev.startDate, ev.endDate));
        continue;
      }
      const factsOfOverride = new Map<ICAL.Event, EventFacts>();
      for (const { o, ev: oe } of related) {
        ev.relateException(oe);
        factsOfOverride.set(oe, factsOf(o.c, o.line));
      }
      const startZone = facts.startZone;
      const it = ev.iterator();
      let n = 0;
      for (let t = it.next(); t; t = it.next()) {
        if (++steps > CALENDAR_MAX_STEPS)
          throw new CompeerError(
            'INVALID_INPUT',
            tooBig(
              `The file's repeating events come to more than ${CALENDAR_MAX_STEPS.toLocaleString('en')} occurrences before ${window.until ?? 'today'}.`,
            ),
          );
        if (++n > SERIES_MAX_STEPS) {
          log.push({
            line: master.line,
            skipped: true,
            message: `Line ${master.line}: a repeating event with more than ${SERIES_MAX_STEPS.toLocaleString('en')} occurrences before ${window.until ?? 'the last day chosen'}; a meeting does not repeat that often, so it was left out.`,
          });
          // what was taken of it goes too
          for (let i = occurrences.length - 1; i >= 0 && occurrences[i]!.key.startsWith(`${uid}@`); i--) occurrences.pop();
          break;
        }
        const planned = instantOf(t, startZone, zone);
        if (planned > stopAt) break;
        const d = ev.getOccurrenceDetails(t);
        const override = d.item !== ev ? factsOfOverride.get(d.item) : undefined;
        push(occurrenceOf(`${uid}@${isoOf(planned)}`, override ?? facts, d.startDate, d.endDate));
      }
    } catch (e) {
      if (e instanceof CompeerError) throw e;
      const line = master?.line ?? overrides[0]?.line ?? 0;
      log.push({
        line,
        skipped: true,
        message: `Line ${line}: an event that cannot be read (${e instanceof Error ? printable(e.message).slice(0, 120) : 'unknown'}); left out.`,
      });
    }
  }
  return { occurrences, events: events.length, outside, log };
}

function zoneParam(c: ICAL.Component, prop: string): string | null {
  const tz = c.getFirstProperty(prop)?.getParameter('tzid');
  return typeof tz === 'string' ? tz : null;
}
