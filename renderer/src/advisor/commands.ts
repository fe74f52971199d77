import type { SpotlightActionData } from '@mantine/spotlight';
import { IconBulb } from '@tabler/icons-react';
import { createElement } from 'react';
import type { Nav } from '../shell/nav';

const icon = () => createElement(IconBulb, { size: 18 });

/** Command palette actions of the offline advisor. */
export function useAdvisorCommands(nav: Nav): SpotlightActionData[] {
  const peer = nav.page === 'peers' && nav.params.peer ? nav.params.peer : null;
  return [
    {
      id: 'advisor-open',
      label: 'Open the advisor',
      description: 'Every suggestion by kind, with the facts it rests on',
      keywords: ['advisor', 'suggestions', 'advice', 'ideas'],
      onClick: () => nav.go('advisor'),
      leftSection: icon(),
    },
    ...(peer
      ? [
          {
            id: 'advisor-peer',
            label: 'Suggestions about this peer',
            description: 'The advisor, only what concerns them',
            keywords: ['advisor', 'suggestions', 'peer'],
            onClick: () => nav.go('advisor', { peer }),
            leftSection: icon(),
          },
        ]
      : []),
    {
      id: 'advisor-dismissed',
      label: 'Dismissed and snoozed suggestions',
      description: 'To restore one',
      keywords: ['advisor', 'dismissed', 'snoozed', 'restore'],
      onClick: () => nav.go('advisor', { hidden: '1' }),
      leftSection: icon(),
    },
  ];
}
