import { maskRecord } from '../../confidential';
import type { Goal, Group, Opportunity } from '../../schema/document';
import type { GoalStatus, GroupKind } from '../../schema/vocabulary';
import type { Day } from '../days';
import { checkInDue, goalProgress, type CheckInDue } from './goals';
import { openActionItems, type ActionItemRef } from './meetings';

/**
 * What stands between me and one peer in groups, goals and opportunities: the groups we
 * share, the goals they shared with me (so I can hold them to account), my goals they
 * partner on, their open action items, and what I passed on to them. For their page and the
 * prep sheet. Pure: `today` is passed in.
 */
export interface PeerCommitments {
  groups: { id: string; name: string; kind: GroupKind }[];
  /** `why` is empty and `hidden` true while it is confidential (goals:reveal) */
  theirGoals: {
    id: string;
    title: string;
    why: string;
    hidden: boolean;
    status: GoalStatus;
    due: Day | null;
    progress: number | null;
    checkIn: CheckInDue | null;
  }[];
  partnerOn: { id: string; title: string; progress: number | null; lastUpdate: Day | null }[];
  actionItems: ActionItemRef[];
  shared: { id: string; title: string; date: Day }[];
}

export interface CommitmentSources {
  groups: readonly Pick<Group, 'id' | 'name' | 'kind' | 'memberIds' | 'meetings'>[];
  goals: readonly Goal[];
  opportunities: readonly Pick<Opportunity, 'id' | 'title' | 'sharedWith'>[];
}

const byStatusThenTitle = (a: { status: GoalStatus; title: string }, b: { status: GoalStatus; title: string }) =>
  (a.status === 'open' ? 0 : 1) - (b.status === 'open' ? 0 : 1) || a.title.localeCompare(b.title);

export function peerCommitments(src: CommitmentSources, peerId: string, today: Day, periodDays: number): PeerCommitments {
  const groups = src.groups
    .filter((g) => g.memberIds.includes(peerId))
    .map(({ id, name, kind }) => ({ id, name, kind }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const theirGoals = src.goals
    .filter((g) => g.owner === peerId)
    .map((g) => {
      const shown = maskRecord('goals', g);
      return {
        id: g.id,
        title: shown.title,
        why: shown.why,
        hidden: shown.hidden,
        status: g.status,
        due: g.due,
        progress: goalProgress(g),
        checkIn: checkInDue(g, today, periodDays),
      };
    })
    .sort(byStatusThenTitle);
  const partnerOn = src.goals
    .filter((g) => g.owner !== peerId && g.status === 'open' && g.partnerIds.includes(peerId))
    .map((g) => {
      let lastUpdate: Day | null = null;
      for (const c of g.checkIns) if (c.withPeerId === peerId && (lastUpdate === null || c.date > lastUpdate)) lastUpdate = c.date;
      return { id: g.id, title: g.title, progress: goalProgress(g), lastUpdate };
    })
    .sort((a, b) => a.title.localeCompare(b.title));
  const shared = src.opportunities
    .flatMap((o) => o.sharedWith.filter((s) => s.peerId === peerId).map((s) => ({ id: o.id, title: o.title, date: s.date })))
    .sort((a, b) => (a.date === b.date ? a.title.localeCompare(b.title) : a.date < b.date ? 1 : -1));
  return { groups, theirGoals, partnerOn, actionItems: openActionItems(src.groups, peerId), shared };
}
