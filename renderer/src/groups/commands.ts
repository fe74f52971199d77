import type { SpotlightActionData } from '@mantine/spotlight';
import { IconBulb, IconCalendarPlus, IconTarget, IconUsersGroup } from '@tabler/icons-react';
import { createElement } from 'react';
import type { Nav } from '../shell/nav';
import { openGoal, openGroup, openMeeting, openOpportunity } from './openers';

const icon = (I: typeof IconBulb) => createElement(I, { size: 18 });

/** Command palette actions of groups, goals and opportunities. */
export function useGroupCommands(nav: Nav): SpotlightActionData[] {
  const inGroup = nav.page === 'groups' && nav.params.group ? nav.params.group : null;
  const peer = nav.page === 'peers' && nav.params.peer ? nav.params.peer : null;
  return [
    ...(inGroup
      ? [
          {
            id: 'groups-log-meeting',
            label: 'Log a meeting of this group',
            description: 'Who led, who came, agenda, notes, action items',
            keywords: ['meeting', 'group'],
            onClick: () => openMeeting(inGroup),
            leftSection: icon(IconCalendarPlus),
          },
        ]
      : []),
    {
      id: 'groups-new',
      label: 'New peer group',
      description: 'Peer Group Dynamics: five to eight peers, a rotating facilitator',
      keywords: ['group', 'mastermind', 'cohort'],
      onClick: () => openGroup(null, peer ? [peer] : []),
      leftSection: icon(IconUsersGroup),
    },
    {
      id: 'groups-goal',
      label: 'New goal',
      description: 'Goal Accountability: with a partner who keeps you to it',
      keywords: ['goal', 'accountability'],
      onClick: () => openGoal(),
      leftSection: icon(IconTarget),
    },
    ...(peer
      ? [
          {
            id: 'groups-their-goal',
            label: 'Record a goal this peer shared',
            description: 'So you can hold them accountable',
            keywords: ['goal', 'their'],
            onClick: () => openGoal(null, peer),
            leftSection: icon(IconTarget),
          },
        ]
      : []),
    {
      id: 'groups-opportunity',
      label: 'Note an opportunity to pass on',
      description: 'Share Opportunities: and see who it would help',
      keywords: ['opportunity', 'job', 'share', 'referral'],
      onClick: () => openOpportunity(),
      leftSection: icon(IconBulb),
    },
    {
      id: 'groups-page-goals',
      label: 'Goals',
      description: 'My goals and those peers shared with me',
      keywords: ['goals'],
      onClick: () => nav.go('groups', { tab: 'goals' }),
      leftSection: icon(IconTarget),
    },
    {
      id: 'groups-page-opportunities',
      label: 'Opportunities',
      description: 'Open, shared, expired and taken',
      keywords: ['opportunities'],
      onClick: () => nav.go('groups', { tab: 'opportunities' }),
      leftSection: icon(IconBulb),
    },
  ];
}
