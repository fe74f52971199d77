import { checkIns, type CheckIn } from './cadence';
import type { Day } from './days';
import { weeklySupport } from './groups/boundaries';
import { goalReason } from './groups/goals';
import { openActionItems } from './groups/meetings';
import { groupListItems, groupsToday, type Sources as GroupSources } from './groups/views';
import { todayData, type TodaySources } from './today';
import { ME, type LifeEventKind } from '../schema/vocabulary';

/** A check-in as `compeer due` lists it (one shape for both commands). */
export interface DueEntry {
  id: string;
  name: string;
  cadenceDays: number;
  lastContact: Day | null;
  nextDue: Day;
  /** positive: days overdue; 0: due today; negative: due in that many days */
  daysOverdue: number;
}

export const dueEntry = (c: CheckIn & { name: string }): DueEntry => ({
  id: c.peerId,
  name: c.name,
  cadenceDays: c.cadence!.days,
  lastContact: c.lastContact,
  nextDue: c.nextDue!,
  daysOverdue: c.daysOverdue!,
});

/**
 * What the Today screen shows, as one plain object for the terminal and for scripts
 * (`compeer today --json`). Built from the same rules as the screen (todayData, groupsToday);
 * confidential text is never in it: a confidential follow-up or action item has `text: null`.
 */
export interface TodayReport {
  today: Day;
  due: DueEntry[];
  followUps: { id: string; text: string | null; due: Day | null; peerIds: string[] }[];
  lifeEvents: { peerId: string; kind: LifeEventKind; date: Day; action: 'celebrate' | 'support' }[];
  patterns: { peerId: string; kind: string; text: string }[];
  goals: { id: string; title: string; reason: string }[];
  groups: {
    id: string;
    name: string;
    nextMeeting: Day | null;
    /** the next facilitator's name ("You" for yourself), null without a rotation */
    nextFacilitator: string | null;
    myActionItems: { id: string; text: string | null; due: Day | null }[];
  }[];
  budget: { minutesThisWeek: number; minutesLimit: number | null };
}

export function todayReport(src: TodaySources & GroupSources, today: Day): TodayReport {
  const t = todayData(src, today, checkIns(src, today));
  const g = groupsToday(src, today);
  const nameOf = new Map(src.peers.map((p) => [p.id, p.name]));
  const mine = openActionItems(src.groups, ME);
  return {
    today,
    due: t.due.map(dueEntry),
    followUps: t.followUps.map((f) => ({
      id: f.followUp.id,
      text: f.hidden ? null : f.followUp.text,
      due: f.followUp.due,
      peerIds: f.peers.map((p) => p.id),
    })),
    lifeEvents: t.lifeEvents.map((m) => ({ peerId: m.event.peerId, kind: m.event.kind, date: m.on, action: m.suggestion })),
    patterns: t.patterns.map((p) => ({ peerId: p.peerId, kind: p.kind, text: `${p.reason} ${p.suggestion}` })),
    goals: g.goals.map((x) => ({ id: x.goalId, title: x.title, reason: goalReason(x, (d) => `on ${d}`) })),
    groups: groupListItems(src).map((x) => ({
      id: x.id,
      name: x.name,
      nextMeeting: x.nextDate,
      nextFacilitator: x.nextFacilitatorId === null ? null : x.nextFacilitatorId === ME ? 'You' : (nameOf.get(x.nextFacilitatorId) ?? null),
      myActionItems: mine
        .filter((a) => a.groupId === x.id)
        .map((a) => ({ id: a.item.id, text: a.hidden ? null : a.item.text, due: a.item.due })),
    })),
    budget: (() => {
      const w = g.week ?? weeklySupport(src.interactions, src.groups, today, null, src.settings.channelMinutes);
      return { minutesThisWeek: w.minutes, minutesLimit: w.budget };
    })(),
  };
}
