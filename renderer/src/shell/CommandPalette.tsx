import { Spotlight, type SpotlightActionData } from '@mantine/spotlight';
// after the Mantine components Spotlight is built on, whose styles come with them
import '@mantine/spotlight/styles.css';
import { IconLock, IconMoon, IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { PAGES } from './navigation';
import type { Nav } from './nav';
import { useFeatureCommands } from './palette';

export const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
export const MOD = isMac ? '⌘' : 'Ctrl';

/** The command palette (Ctrl/Cmd+K): pages, lock, theme, and what features add. */
export function CommandPalette({ nav, lock, toggleTheme }: { nav: Nav; lock: () => void; toggleTheme: () => void }) {
  const features = useFeatureCommands(nav);
  const actions = useMemo<SpotlightActionData[]>(
    () => [
      ...PAGES.map((p) => ({ id: `go-${p.id}`, label: p.label, description: p.description, onClick: () => nav.go(p.id), leftSection: <p.icon size={18} /> })),
      ...features,
      { id: 'lock', label: 'Lock vault', description: `Lock now (${MOD}+L)`, onClick: lock, leftSection: <IconLock size={18} /> },
      { id: 'theme', label: 'Switch light / dark', description: 'Change the colour scheme', onClick: toggleTheme, leftSection: <IconMoon size={18} /> },
    ],
    [nav, features, lock, toggleTheme],
  );
  return (
    <Spotlight
      actions={actions}
      nothingFound="Nothing found"
      highlightQuery
      searchProps={{ leftSection: <IconSearch size={18} />, placeholder: 'Go to a page, lock, switch theme…' }}
      shortcut={['mod + K']}
    />
  );
}
