import type { SpotlightActionData } from '@mantine/spotlight';
import { createElement, useMemo } from 'react';
import { IconMessagePlus, IconScale } from '@tabler/icons-react';
import type { Nav } from '../shell/nav';
import { LOG_SHORTCUT_TEXT } from './shortcut';
import { openLogInteraction } from './log-store';

/** Command palette actions: log an interaction (with its shortcut), see who is due. */
export function useInteractionCommands(nav: Nav): SpotlightActionData[] {
  return useMemo(
    () => [
      {
        id: 'log-interaction',
        label: 'Log interaction',
        description: `Coffee, a call, a message: who, what passed between you (${LOG_SHORTCUT_TEXT})`,
        keywords: ['log', 'interaction', 'coffee', 'call', 'gave', 'received', LOG_SHORTCUT_TEXT],
        onClick: () => openLogInteraction(),
        leftSection: createElement(IconMessagePlus, { size: 18 }),
      },
      {
        id: 'reciprocity-balance',
        label: 'Reciprocity balance',
        description: 'What you gave and received over the last 12 months',
        onClick: () => nav.go('reciprocity'),
        leftSection: createElement(IconScale, { size: 18 }),
      },
    ],
    [nav],
  );
}
