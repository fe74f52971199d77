import { ME } from '../../schema/vocabulary';
import type { Day } from '../days';

/**
 * Leadership rotation ("Peer Group Dynamics": in formal groups, rotate leadership to keep
 * engagement high). The group's `facilitatorOrder` is a line: the first person leads the
 * next meeting and then goes to the back. Someone away for a meeting is skipped and stays at
 * the front, so they lead the next meeting they attend. Over many meetings everyone leads
 * as often as anyone, give or take the meetings they missed. Reordering the line by hand
 * changes who leads next, at once and visibly.
 */

/** A member who will miss a coming meeting, by its number (a group's first meeting is 1). */
export interface Absence {
  meetingNumber: number;
  personId: string;
}

export interface RotationSlot {
  meetingNumber: number;
  /** when it is expected (from the cadence), or null when the group has none */
  date: Day | null;
  /** who leads it; null when everyone in the line is away */
  facilitatorId: string | null;
  /** people ahead in the line who are away: they lead the next meeting they attend */
  skipped: string[];
  /** everyone marked away for this meeting */
  absent: string[];
}

/** The line after `facilitatorId` led a meeting: they go to the back (someone not in the line changes nothing). */
export function afterMeeting(order: readonly string[], facilitatorId: string | null): string[] {
  if (facilitatorId === null || !order.includes(facilitatorId)) return [...order];
  return [...order.filter((p) => p !== facilitatorId), facilitatorId];
}

/**
 * Who leads each of the next `count` meetings, numbered from `firstNumber`. Pure: the same
 * line and absences give the same schedule. `dates[i]`, when given, is the i-th meeting's day.
 */
export function rotationSchedule(
  order: readonly string[],
  absences: readonly Absence[],
  firstNumber: number,
  count: number,
  dates: readonly (Day | null)[] = [],
): RotationSlot[] {
  const away = new Map<number, Set<string>>();
  for (const a of absences) {
    if (!away.has(a.meetingNumber)) away.set(a.meetingNumber, new Set());
    away.get(a.meetingNumber)!.add(a.personId);
  }
  let line = [...new Set(order)];
  const slots: RotationSlot[] = [];
  for (let k = 0; k < count; k++) {
    const meetingNumber = firstNumber + k;
    const out = away.get(meetingNumber) ?? new Set<string>();
    const at = line.findIndex((p) => !out.has(p));
    const facilitatorId = at < 0 ? null : line[at]!;
    slots.push({
      meetingNumber,
      date: dates[k] ?? null,
      facilitatorId,
      skipped: at < 0 ? [...line] : line.slice(0, at),
      absent: line.filter((p) => out.has(p)),
    });
    line = afterMeeting(line, facilitatorId);
  }
  return slots;
}

/**
 * A fair line to start from: who has never led first (in the order given), then whoever
 * led longest ago. `people` are the members (and "me" when I take turns too).
 */
export function generateRotation(people: readonly string[], meetings: readonly { date: Day; facilitatorId: string | null }[]): string[] {
  const last = new Map<string, Day>();
  for (const m of meetings) {
    if (m.facilitatorId === null) continue;
    const before = last.get(m.facilitatorId);
    if (before === undefined || m.date > before) last.set(m.facilitatorId, m.date);
  }
  const unique = [...new Set(people)];
  return unique
    .map((p, i) => ({ p, i, led: last.get(p) ?? '' }))
    .sort((a, b) => (a.led === b.led ? a.i - b.i : a.led < b.led ? -1 : 1))
    .map((x) => x.p);
}

/** Move one person `delta` places (negative: toward the front), staying inside the line. */
export function moveInRotation(order: readonly string[], id: string, delta: number): string[] {
  const from = order.indexOf(id);
  if (from < 0) return [...order];
  const to = Math.max(0, Math.min(order.length - 1, from + delta));
  const out = order.filter((p) => p !== id);
  out.splice(to, 0, id);
  return out;
}

/**
 * The line kept in step with the members: people who left are dropped, new members join at
 * the back (in member order); "me" stays if I was in it.
 */
export function reconcileRotation(order: readonly string[], memberIds: readonly string[]): string[] {
  if (order.length === 0) return [];
  const members = new Set(memberIds);
  const kept = order.filter((p) => p === ME || members.has(p));
  return [...kept, ...memberIds.filter((m) => !kept.includes(m))];
}

/** Absences still ahead: those for meetings already recorded are history. */
export const comingAbsences = (absences: readonly Absence[], recorded: number): Absence[] =>
  absences.filter((a) => a.meetingNumber > recorded);

/**
 * The line and absences once a new meeting is recorded among `others` (the meetings already
 * there): its leader goes to the back and absences for it become history. A meeting filled
 * in afterwards (dated before the latest) leaves the line as it is, and the coming meetings'
 * numbers move up by one, so each absence stays with the meeting it was for.
 */
export function recordInRotation(
  order: readonly string[],
  absences: readonly Absence[] | undefined,
  others: readonly { date: Day }[],
  meeting: { date: Day; facilitatorId: string | null },
): { facilitatorOrder: string[]; absences: Absence[] | undefined } {
  const latest = others.reduce<Day | null>((d, m) => (d === null || m.date > d ? m.date : d), null);
  const inOrder = latest === null || meeting.date >= latest;
  const shifted = inOrder ? absences : absences?.map((a) => ({ ...a, meetingNumber: a.meetingNumber + 1 }));
  return {
    facilitatorOrder: inOrder ? afterMeeting(order, meeting.facilitatorId) : [...order],
    absences: shifted && comingAbsences(shifted, others.length + 1),
  };
}
