import { useEffect } from 'react';

/**
 * What other screens ask of the groups feature's global dialogs (Today, a peer's page, the
 * palette, the groups page itself), and a signal that something changed, so every screen
 * showing groups, goals or opportunities reloads.
 */
export type GroupsRequest =
  | { dialog: 'meeting'; groupId: string; meetingId: string | null }
  | { dialog: 'goal'; goalId: string | null; owner: string | null }
  | { dialog: 'check-in'; goalId: string; withPeerId: string | null }
  | { dialog: 'opportunity'; opportunityId: string | null }
  | { dialog: 'share'; opportunityId: string }
  | { dialog: 'group'; groupId: string | null; memberIds: string[] };

const requests = new Set<(r: GroupsRequest) => void>();

const ask = (r: GroupsRequest) => {
  for (const l of requests) l(r);
};

/** Log a meeting of a group (or edit one). */
export const openMeeting = (groupId: string, meetingId: string | null = null) => ask({ dialog: 'meeting', groupId, meetingId });
/** A new goal (mine, or `owner`'s: a goal a peer shared with me), or edit one. */
export const openGoal = (goalId: string | null = null, owner: string | null = null) => ask({ dialog: 'goal', goalId, owner });
/** Record a check-in on a goal, with a partner when known. */
export const openCheckIn = (goalId: string, withPeerId: string | null = null) => ask({ dialog: 'check-in', goalId, withPeerId });
/** Note an opportunity (or edit one). */
export const openOpportunity = (opportunityId: string | null = null) => ask({ dialog: 'opportunity', opportunityId });
/** "Who would this help?", and share it. */
export const openShare = (opportunityId: string) => ask({ dialog: 'share', opportunityId });
/** A new group (with these members), or edit one. */
export const openGroup = (groupId: string | null = null, memberIds: string[] = []) => ask({ dialog: 'group', groupId, memberIds });

export function useGroupsRequests(cb: (r: GroupsRequest) => void): void {
  useEffect(() => {
    requests.add(cb);
    return () => void requests.delete(cb);
  }, [cb]);
}
