import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useNav } from '../shell/nav';
import { CheckInDialog } from './CheckInDialog';
import { GoalDialog } from './GoalDialog';
import { GroupForm } from './GroupForm';
import { MeetingDialog } from './MeetingDialog';
import { useGroupsRequests, type GroupsRequest } from './openers';
import { OpportunityDialog } from './OpportunityDialog';
import { ShareDialog } from './ShareDialog';

export { openCheckIn, openGoal, openGroup, openMeeting, openOpportunity, openShare } from './openers';

/** Group, goal and opportunity dialogs reachable from anywhere (Today, a peer's page, the palette). */
export function GroupsGlobal() {
  const nav = useNav();
  const [open, setOpen] = useState<(GroupsRequest & { key: number }) | null>(null);
  useGroupsRequests(useCallback((r: GroupsRequest) => setOpen({ ...r, key: Date.now() }), []));
  const close = () => setOpen(null);
  const done = (message: string) => {
    setOpen(null);
    notifications.show({ message });
  };

  if (!open) return null;
  switch (open.dialog) {
    case 'group':
      return (
        <GroupForm
          key={open.key}
          groupId={open.groupId}
          memberIds={open.memberIds}
          onClose={close}
          onSaved={(id, created) => {
            done(created ? 'Group created.' : 'Group saved.');
            if (created) nav.go('groups', { group: id });
          }}
        />
      );
    case 'meeting':
      return <MeetingDialog key={open.key} groupId={open.groupId} meetingId={open.meetingId} onClose={close} onSaved={done} />;
    case 'goal':
      return (
        <GoalDialog
          key={open.key}
          goalId={open.goalId}
          owner={open.owner}
          onClose={close}
          onSaved={() => done(open.goalId ? 'Goal saved.' : 'Goal added.')}
        />
      );
    case 'check-in':
      return (
        <CheckInDialog
          key={open.key}
          goalId={open.goalId}
          withPeerId={open.withPeerId}
          onClose={close}
          onSaved={(logged) => done(logged ? 'Check-in saved, and logged as an accountability exchange.' : 'Check-in saved.')}
        />
      );
    case 'opportunity':
      return (
        <OpportunityDialog
          key={open.key}
          opportunityId={open.opportunityId}
          onClose={close}
          onSaved={(_id, created) =>
            done(created ? 'Opportunity saved. Press “Who would this help?” to find the peers it fits.' : 'Opportunity saved.')
          }
        />
      );
    case 'share':
      return <ShareDialog key={open.key} opportunityId={open.opportunityId} onClose={close} onShared={done} />;
  }
}
