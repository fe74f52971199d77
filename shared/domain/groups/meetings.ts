import { maskRecord } from '../../confidential';
import type { ActionItem, Group, Meeting } from '../../schema/document';
import { plusDays, type Day } from '../days';

/** A group's meetings, newest first (by date, then id, so the order is stable). */
export const newestFirst = <M extends Pick<Meeting, 'date' | 'id'>>(meetings: readonly M[]): M[] =>
  [...meetings].sort((a, b) => (a.date === b.date ? b.id.localeCompare(a.id) : a.date < b.date ? 1 : -1));

/** The day of the latest meeting recorded, or null. */
export const lastMeetingDate = (meetings: readonly Pick<Meeting, 'date'>[]): Day | null =>
  meetings.reduce<Day | null>((d, m) => (d === null || m.date > d ? m.date : d), null);

/**
 * When the next `count` meetings are expected: every `cadenceDays` after the last one. The
 * first may lie before `today` (the group is overdue). Without a cadence or a first meeting
 * there is nothing to count from, so every date is null.
 */
export function upcomingDates(meetings: readonly Pick<Meeting, 'date'>[], cadenceDays: number | null, count: number): (Day | null)[] {
  const last = lastMeetingDate(meetings);
  return Array.from({ length: count }, (_, i) => (last === null || cadenceDays === null ? null : plusDays(last, cadenceDays * (i + 1))));
}

export interface ActionItemRef {
  groupId: string;
  groupName: string;
  meetingId: string;
  meetingDate: Day;
  /** its text emptied when the meeting is confidential: revealed with the meeting (groups:revealNotes) */
  item: ActionItem;
  hidden: boolean;
}

/**
 * Open action items owned by `ownerId` ("me" or a peer) across groups: those with a due date
 * first (soonest first), then the rest, newest meeting first.
 */
export function openActionItems(groups: readonly Pick<Group, 'id' | 'name' | 'meetings'>[], ownerId: string): ActionItemRef[] {
  const out: ActionItemRef[] = [];
  const mine = (i: ActionItem) => !i.done && i.ownerId === ownerId;
  for (const g of groups) {
    if (!g.meetings.some((m) => m.actionItems.some(mine))) continue;
    for (const m of maskRecord('groups', g).meetings) {
      for (const item of m.actionItems) {
        const { hidden, ...shown } = item as ActionItem & { hidden?: boolean };
        if (mine(item))
          out.push({ groupId: g.id, groupName: g.name, meetingId: m.id, meetingDate: m.date, item: shown, hidden: hidden === true });
      }
    }
  }
  return out.sort((a, b) => {
    const da = a.item.due;
    const db = b.item.due;
    if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
    return a.meetingDate === b.meetingDate ? a.item.id.localeCompare(b.item.id) : a.meetingDate < b.meetingDate ? 1 : -1;
  });
}

/** A meeting's open action items, for the next agenda's accountability round. */
export const openItemsOf = (m: Pick<Meeting, 'actionItems'> | undefined): ActionItem[] => (m ? m.actionItems.filter((i) => !i.done) : []);
