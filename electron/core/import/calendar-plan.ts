import { normalizeEmail } from '../../../shared/domain/peer-identity';
import { dayInZone } from '../../../shared/domain/time-zones';
import { MEETING_SKIP_WORDS, type ImportItemRow, type MeetingSkip } from '../../../shared/import-preview';
import { interactionSchema, type Interaction, type Peer } from '../../../shared/schema/document';
import type { InteractionChannel } from '../../../shared/schema/vocabulary';
import type { VaultOp } from '../vault';
import type { CalendarOccurrence } from './calendar';
import { IMPORT_STEP } from './plan';

export interface CalendarPlanOptions {
  /** the person's own addresses (Settings, or --me): the attendee that is them */
  mine: readonly string[];
  /** the person's own zone: the day a meeting is */
  zone: string;
  now: string;
  newId: () => string;
}

export interface CalendarPlan {
  rows: ImportItemRow[];
  counts: { add: number; update: number; skip: number };
  skips: Partial<Record<MeetingSkip, number>>;
  /** the changes, without the rows left out, `size` at a time */
  opSteps: (leaveOut: ReadonlySet<number>, size?: number) => Generator<VaultOp[]>;
}

/** The key an import gives an interaction from a calendar event's occurrence. */
export const calendarKey = (occurrenceKey: string): string => `ical:${occurrenceKey}`.slice(0, 600);

/**
 * Which of a calendar's occurrences become interactions: one with a peer in it (organizer or
 * attendee, by any of the peer's addresses) that is not cancelled, not declined by the person,
 * not all-day. Each is keyed by its event's UID and occurrence, so the same file (or a later
 * export of the same calendar) adds nothing twice; an occurrence moved in the calendar moves
 * its interaction, unless the person changed that interaction's date themselves.
 */
export function planCalendarImport(
  occurrences: readonly CalendarOccurrence[],
  peers: readonly Pick<Peer, 'id' | 'name' | 'contacts'>[],
  interactions: readonly Interaction[],
  opts: CalendarPlanOptions,
): CalendarPlan {
  const peerByEmail = new Map<string, string>();
  for (const p of peers)
    for (const e of p.contacts.emails) if (e.includes('@')) peerByEmail.set(normalizeEmail(e.replace(/^mailto:/i, '')), p.id);
  const nameOf = new Map(peers.map((p) => [p.id, p.name]));
  const mine = new Set(opts.mine.map((e) => normalizeEmail(e.replace(/^mailto:/i, ''))));
  const byKey = new Map<string, Interaction>();
  for (const i of interactions) if (i.importKey) byKey.set(i.importKey, i);

  const rows: ImportItemRow[] = [];
  const records = new Map<number, Interaction>();
  const skips: Partial<Record<MeetingSkip, number>> = {};
  const counts = { add: 0, update: 0, skip: 0 };
  const seen = new Set<string>();

  for (const o of occurrences) {
    const key = calendarKey(o.key);
    // the same occurrence twice in one file (two calendars exported together) is one meeting
    if (seen.has(key)) continue;
    seen.add(key);
    const date = dayInZone(o.start, opts.zone);
    const present = o.attendees.filter((a) => !a.resource && a.partstat !== 'DECLINED');
    const addresses = new Set<string>();
    if (o.organizer) addresses.add(o.organizer);
    for (const a of present) addresses.add(a.email);
    const peerIds = [
      ...new Set(
        [...addresses]
          .filter((e) => !mine.has(e))
          .map((e) => peerByEmail.get(e))
          .filter((id): id is string => id !== undefined),
      ),
    ];
    const row: ImportItemRow = {
      row: rows.length,
      line: o.line,
      date,
      title: o.private ? 'Private event' : o.title,
      who: peerIds.map((id) => nameOf.get(id) ?? '').join(', '),
      action: 'add',
      reason: null,
      skip: null,
      addresses: [],
      leftOut: '',
    };
    const skip = (why: MeetingSkip, reason: string = MEETING_SKIP_WORDS[why]) => {
      row.action = 'skip';
      row.skip = why;
      row.reason = reason;
      skips[why] = (skips[why] ?? 0) + 1;
      counts.skip++;
      rows.push(row);
    };
    if (o.cancelled) {
      skip('cancelled');
      continue;
    }
    if (o.allDay) {
      skip('all-day');
      continue;
    }
    if (o.attendees.some((a) => a.partstat === 'DECLINED' && mine.has(a.email))) {
      skip('declined');
      continue;
    }
    if (peerIds.length === 0) {
      // a private event's guests are part of what it hides
      row.addresses = o.private ? [] : [...addresses].filter((e) => !mine.has(e)).slice(0, 20);
      row.who = row.addresses.slice(0, 3).join(', ') + (row.addresses.length > 3 ? ` and ${row.addresses.length - 3} more` : '');
      skip('no-peer');
      continue;
    }
    const before = byKey.get(key);
    if (before) {
      if (before.date === date) skip('imported');
      else if (before.importedDate !== undefined && before.date !== before.importedDate) skip('edited');
      else {
        row.action = 'update';
        row.reason = `moved in the calendar from ${before.date}`;
        counts.update++;
        records.set(row.row, { ...before, date, importedDate: date, updatedAt: opts.now });
        rows.push(row);
      }
      continue;
    }
    // the people in it: everyone present, and the person (whose calendar it is) if not listed
    const people = addresses.size + ([...addresses].some((e) => mine.has(e)) ? 0 : 1);
    const channel: InteractionChannel = o.meetingLink ? 'video' : people >= 3 ? 'group-meeting' : 'other';
    const minutes = o.end !== null ? Math.round((o.end - o.start) / 60_000) : null;
    const record = interactionSchema.parse({
      id: opts.newId(),
      date,
      peerIds: peerIds.slice(0, 200),
      channel,
      initiatedBy: o.organizer && peerByEmail.has(o.organizer) && !mine.has(o.organizer) ? 'them' : 'me',
      summary: o.title,
      durationMinutes: minutes !== null && minutes >= 0 && minutes <= 24 * 60 ? minutes : null,
      confidential: o.private,
      importKey: key,
      importedDate: date,
      createdAt: opts.now,
      updatedAt: opts.now,
    });
    counts.add++;
    records.set(row.row, record);
    rows.push(row);
  }

  function* opSteps(leaveOut: ReadonlySet<number>, size = IMPORT_STEP): Generator<VaultOp[]> {
    let step: VaultOp[] = [];
    for (const [row, record] of records) {
      if (leaveOut.has(row)) continue;
      step.push({ op: 'put', collection: 'interactions', record: record as unknown as Record<string, unknown> });
      if (step.length >= size) {
        yield step;
        step = [];
      }
    }
    if (step.length) yield step;
  }
  return { rows, counts, skips, opSteps };
}

/** "12 cancelled, 3 you declined it…": the skips of a plan in words, most first. */
export function skipsInWords(skips: Partial<Record<MeetingSkip, number>>): string[] {
  return (Object.entries(skips) as [MeetingSkip, number][])
    .sort((a, b) => b[1] - a[1])
    .map(([why, n]) => `${n.toLocaleString('en')} ${MEETING_SKIP_WORDS[why]}`);
}
