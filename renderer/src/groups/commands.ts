import type { SpotlightActionData } from '@mantine/spotlight';
import type { Nav } from '../shell/nav';

/** Command palette actions of this feature (placeholder until it lands). */
export function useGroupCommands(_nav: Nav): SpotlightActionData[] {
  return [];
}
