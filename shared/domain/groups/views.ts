import { maskRecord } from '../../confidential';
import type { Goal, Group, Meeting, Opportunity, VaultDocument } from '../../schema/document';
import { ME, type OpportunityStatus } from '../../schema/vocabulary';
import type { Day } from '../days';
import { weeklySupport, type WeeklySupport } from './boundaries';
import { peerCommitments, type PeerCommitments } from './commitments';
import {
  goalProgress,
  goalsNeedingAttention,
  checkInDue,
  partnersToUpdate,
  type CheckInDue,
  type GoalAttention,
  type PartnerToUpdate,
} from './goals';
import { groupDiversity, type GroupDiversity } from './group-diversity';
import { lastMeetingDate, newestFirst, openActionItems, upcomingDates, type ActionItemRef } from './meetings';
import { daysLeft, opportunityStatus, whoWouldThisHelp, type Fit } from './opportunities';
import { comingAbsences, rotationSchedule, type Absence, type RotationSlot } from './rotation';
import { sizeGuidance, type SizeGuidance } from './size';

/**
 * What the screens see of groups, goals and opportunities, built from the document by the
 * rules beside this file. Confidential text (a confidential meeting's agenda, notes and action
 * items, a goal's why and check-in notes) is left out, as the declaration says (revealed one
 * meeting or goal at a time).
 */

export type Sources = Pick<VaultDocument, 'peers' | 'groups' | 'goals' | 'opportunities' | 'interactions' | 'me' | 'settings'>;

/** How many coming meetings the rotation shows. */
export const SCHEDULE_LENGTH = 6;

export interface MeetingView extends Meeting {
  /** 1 for the group's first meeting (by date) */
  number: number;
  /** its confidential text (notes, agenda, action items) is not sent: reveal it one meeting at a time */
  notesHidden: boolean;
}

export interface GroupListItem {
  id: string;
  name: string;
  kind: Group['kind'];
  purpose: string;
  memberIds: string[];
  cadenceDays: number | null;
  meetings: number;
  lastMeeting: Day | null;
  /** the next meeting's expected day (may be past: overdue), null without a cadence or a first meeting */
  nextDate: Day | null;
  nextFacilitatorId: string | null;
  size: SizeGuidance;
  /** open action items across its meetings */
  openItems: number;
}

export interface RotationView {
  order: string[];
  absences: Absence[];
  slots: RotationSlot[];
  /** members who are not in the line (added since it was made) */
  notInLine: string[];
}

export interface GroupView {
  group: Omit<Group, 'meetings'> & { meetings: MeetingView[] };
  size: SizeGuidance;
  rotation: RotationView;
  diversity: GroupDiversity;
}

export interface GoalView extends Goal {
  /** its why and check-in notes are not sent (always private): goals:reveal */
  hidden: boolean;
  progress: number | null;
  checkIn: CheckInDue | null;
  partnersToUpdate: PartnerToUpdate[];
}

export interface OpportunityView extends Opportunity {
  /** its status today (past its deadline: expired) */
  state: OpportunityStatus;
  daysLeft: number | null;
}

export interface GroupsToday {
  today: Day;
  actionItems: ActionItemRef[];
  goals: (Omit<GoalAttention, 'partners'> & { partners: (PartnerToUpdate & { name: string })[]; ownerName: string | null })[];
  /** null when the weekly budget is off */
  week: WeeklySupport | null;
}

const numberedView = (m: Meeting & { hidden?: boolean }, number: number): MeetingView => {
  const { hidden, ...shown } = m;
  return { ...shown, notesHidden: hidden === true, number };
};

/** Meetings numbered in date order (1 = the first), listed newest first, as the screen may see them. */
export function meetingViews(g: Pick<Group, 'meetings'>): MeetingView[] {
  const { meetings } = maskRecord('groups', g);
  const numbered = [...meetings]
    .sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1))
    .map((m, i) => numberedView(m, i + 1));
  return newestFirst(numbered);
}

function rotationOf(g: Group): RotationView {
  const absences = comingAbsences(g.absences ?? [], g.meetings.length);
  const slots = rotationSchedule(
    g.facilitatorOrder,
    absences,
    g.meetings.length + 1,
    SCHEDULE_LENGTH,
    upcomingDates(g.meetings, g.cadenceDays, SCHEDULE_LENGTH),
  );
  const notInLine = g.facilitatorOrder.length ? g.memberIds.filter((m) => !g.facilitatorOrder.includes(m)) : [];
  return { order: [...g.facilitatorOrder], absences, slots, notInLine };
}

export function groupListItems(src: Pick<Sources, 'groups'>): GroupListItem[] {
  return src.groups
    .map((g) => {
      const next = rotationSchedule(g.facilitatorOrder, comingAbsences(g.absences ?? [], g.meetings.length), g.meetings.length + 1, 1)[0]!;
      return {
        id: g.id,
        name: g.name,
        kind: g.kind,
        purpose: g.purpose,
        memberIds: [...g.memberIds],
        cadenceDays: g.cadenceDays,
        meetings: g.meetings.length,
        lastMeeting: lastMeetingDate(g.meetings),
        nextDate: upcomingDates(g.meetings, g.cadenceDays, 1)[0]!,
        nextFacilitatorId: next.facilitatorId,
        size: sizeGuidance(g.kind, g.memberIds.length),
        openItems: g.meetings.reduce((n, m) => n + m.actionItems.filter((a) => !a.done).length, 0),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function groupView(src: Pick<Sources, 'peers' | 'me'>, g: Group): GroupView {
  const byId = new Map(src.peers.map((p) => [p.id, p]));
  const members = g.memberIds.flatMap((id) => byId.get(id) ?? []);
  return {
    group: { ...g, meetings: meetingViews(g) },
    size: sizeGuidance(g.kind, g.memberIds.length),
    rotation: rotationOf(g),
    diversity: groupDiversity(members, { ...src.me, peerTypes: [] }, src.peers),
  };
}

export function goalView(g: Goal, today: Day, periodDays: number): GoalView {
  return {
    ...maskRecord('goals', g),
    progress: goalProgress(g),
    checkIn: checkInDue(g, today, periodDays),
    partnersToUpdate: partnersToUpdate(g, today, periodDays),
  };
}

export const opportunityView = (o: Opportunity, today: Day): OpportunityView => ({
  ...o,
  state: opportunityStatus(o, today),
  daysLeft: daysLeft(o, today),
});

export function fitsFor(src: Pick<Sources, 'peers' | 'goals'>, o: Opportunity): Fit[] {
  return whoWouldThisHelp(o, src.peers, src.goals);
}

export function groupsToday(src: Sources, today: Day): GroupsToday {
  const nameOf = new Map(src.peers.map((p) => [p.id, p.name]));
  const goals = goalsNeedingAttention(
    src.goals.filter((g) => g.owner === ME || nameOf.has(g.owner)),
    today,
    src.settings.goalCheckInDays,
  ).map((a) => ({
    ...a,
    ownerName: a.owner === ME ? null : nameOf.get(a.owner)!,
    partners: a.partners.flatMap((p) => (nameOf.has(p.peerId) ? [{ ...p, name: nameOf.get(p.peerId)! }] : [])),
  }));
  const budget = src.settings.weeklyBudgetMinutes;
  return {
    today,
    actionItems: openActionItems(src.groups, ME),
    goals: goals.filter((g) => (g.checkIn && g.checkIn.due) || g.partners.length > 0),
    week: budget === null ? null : weeklySupport(src.interactions, src.groups, today, budget, src.settings.channelMinutes),
  };
}

export function commitmentsOf(
  src: Pick<Sources, 'groups' | 'goals' | 'opportunities' | 'settings'>,
  peerId: string,
  today: Day,
): PeerCommitments {
  return peerCommitments(src, peerId, today, src.settings.goalCheckInDays);
}
