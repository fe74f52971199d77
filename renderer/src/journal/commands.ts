import type { SpotlightActionData } from '@mantine/spotlight';
import { createElement } from 'react';
import { IconBook2, IconMessageCircle, IconNotes, IconPencilPlus } from '@tabler/icons-react';
import type { Nav } from '../shell/nav';
import { openDebrief, openPrep } from './openers';

const icon = (I: typeof IconBook2) => createElement(I, { size: 18 });

/** Command palette actions of the journal. */
export function useJournalCommands(nav: Nav): SpotlightActionData[] {
  return [
    {
      id: 'journal-new',
      label: 'New journal entry',
      description: 'A reflection, in your private journal',
      keywords: ['write', 'reflect', 'journal'],
      onClick: () => nav.go('journal', { new: 'reflection' }),
      leftSection: icon(IconPencilPlus),
    },
    {
      id: 'journal-vulnerability',
      label: 'Practise sharing a struggle',
      description: 'Vulnerability practice (Be Vulnerable)',
      keywords: ['vulnerable', 'challenge'],
      onClick: () => nav.go('journal', { new: 'vulnerability' }),
      leftSection: icon(IconPencilPlus),
    },
    {
      id: 'journal-weekly',
      label: 'Weekly review',
      description: 'Whom you helped, who helped you, whom you neglected',
      keywords: ['week', 'review'],
      onClick: () => nav.go('journal', { new: 'weekly-review' }),
      leftSection: icon(IconBook2),
    },
    {
      id: 'journal-prep',
      label: 'Prepare a conversation…',
      description: 'The prep sheet: context and the honest-dialogue template',
      keywords: ['prep', 'honest', 'dialogue'],
      onClick: () => openPrep(nav.page === 'peers' && nav.params.peer ? nav.params.peer : null),
      leftSection: icon(IconMessageCircle),
    },
    {
      id: 'journal-debrief',
      label: 'Debrief a conversation…',
      description: 'What you learned and promised; logs the conversation too',
      keywords: ['debrief', 'after'],
      onClick: () => openDebrief(nav.page === 'peers' && nav.params.peer ? nav.params.peer : null),
      leftSection: icon(IconNotes),
    },
  ];
}
