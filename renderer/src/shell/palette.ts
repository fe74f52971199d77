import type { SpotlightActionData } from '@mantine/spotlight';
import { useAdvisorCommands } from '../advisor/commands';
import { useGroupCommands } from '../groups/commands';
import { useInteractionCommands } from '../interactions/commands';
import { useJournalCommands } from '../journal/commands';
import type { Nav } from './nav';

/** The command palette's actions that features add (beside going to a page, lock, theme). */
export function useFeatureCommands(nav: Nav): SpotlightActionData[] {
  const interactions = useInteractionCommands(nav);
  const journal = useJournalCommands(nav);
  const groups = useGroupCommands(nav);
  const advisor = useAdvisorCommands(nav);
  return [...interactions, ...journal, ...groups, ...advisor];
}
