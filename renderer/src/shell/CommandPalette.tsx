import { Badge, Group, Loader, Mark, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Spotlight, type SpotlightActionData, type SpotlightActionGroupData } from '@mantine/spotlight';
// after the Mantine components Spotlight is built on, whose styles come with them
import '@mantine/spotlight/styles.css';
import { IconBook2, IconLock, IconMessages, IconMoon, IconNote, IconSearch, IconUser } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { dayWordsOr } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import type { SearchHit, SearchKind } from '../../../shared/search';
import { foldedIncludes, markTerms } from '../../../shared/text-fold';
import { send } from '../data/channel';
import { useVaultQuery } from '../data/queries';
import { PAGES } from './navigation';
import type { Nav } from './nav';
import { useFeatureCommands } from './palette';
import { showError } from '../data/ErrorNote';

export const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
export const MOD = isMac ? '⌘' : 'Ctrl';

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
  minHeight: 0,
} as const;

const KIND_GROUP: Record<SearchKind, { label: string; icon: ReactNode }> = {
  peer: { label: 'Peers', icon: <IconUser size={18} /> },
  journal: { label: 'Journal', icon: <IconBook2 size={18} /> },
  note: { label: 'Notes', icon: <IconNote size={18} /> },
  interaction: { label: 'Interactions', icon: <IconMessages size={18} /> },
};
const KIND_ORDER: SearchKind[] = ['peer', 'journal', 'note', 'interaction'];

const NO_HITS: SearchHit[] = [];

/** Matched words marked, whatever their case or accents. */
function Marked({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {markTerms(text, terms).map((p, i) =>
        p.hit ? (
          <Mark key={i} color="yellow">
            {p.text}
          </Mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

const matches = (query: string, a: SpotlightActionData) => {
  if (!query.trim()) return true;
  return [a.label, a.description, ...(Array.isArray(a.keywords) ? a.keywords : a.keywords ? [a.keywords] : [])].some(
    (s) => typeof s === 'string' && foldedIncludes(s, query),
  );
};

/**
 * The command palette (Ctrl/Cmd+K): search across peers, journal entries, notes and
 * interactions (from the index in main, grouped by kind, matched words marked), then pages,
 * lock, theme and what features add. A confidential match says so and shows nothing of
 * its text; Enter (or a click) reveals that one preview, a second opens it.
 */
export function CommandPalette({ nav, lock, toggleTheme }: { nav: Nav; lock: () => void; toggleTheme: () => void }) {
  const features = useFeatureCommands(nav);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 120);
  // answers and revealed previews are kept with the query they belong to: a new query masks again
  const [shownFor, setShownFor] = useState<{ query: string; items: Record<string, { title: string; snippet: string | null }> }>({
    query: '',
    items: {},
  });
  const wanted = debounced.length >= 2 ? debounced : '';
  const search = useVaultQuery('search:query', { query: wanted, limit: 40 }, { enabled: wanted !== '' });
  const hits: SearchHit[] = (wanted && !search.isError && search.data?.results) || NO_HITS;
  const searching = wanted !== '' && search.isPending;
  const revealed = shownFor.query === wanted ? shownFor.items : {};
  const setRevealed = (items: Record<string, { title: string; snippet: string | null }>) => setShownFor({ query: wanted, items });

  const commands = useMemo<SpotlightActionData[]>(
    () => [
      ...PAGES.map((p) => ({
        id: `go-${p.id}`,
        label: p.label,
        description: p.description,
        onClick: () => nav.go(p.id),
        leftSection: <p.icon size={18} />,
      })),
      ...features,
      { id: 'lock', label: 'Lock vault', description: `Lock now (${MOD}+L)`, onClick: lock, leftSection: <IconLock size={18} /> },
      {
        id: 'theme',
        label: 'Switch light / dark',
        description: 'Change the colour scheme',
        onClick: toggleTheme,
        leftSection: <IconMoon size={18} />,
      },
    ],
    [nav, features, lock, toggleTheme],
  );

  const open = (h: SearchHit) => {
    if (h.kind === 'journal') nav.go('journal', { entry: h.id });
    else if (h.peerId) nav.openPeer(h.peerId);
    else notifications.show({ message: 'This note is not about a peer; find it in a Markdown export.' });
  };

  const reveal = async (h: SearchHit) => {
    try {
      const r = await send('search:reveal', { query: wanted, kind: h.kind, id: h.id });
      setRevealed({ ...revealed, [`${h.kind}:${h.id}`]: r });
    } catch (e) {
      showError(e);
    }
  };

  const resultGroups = useMemo<SpotlightActionGroupData[]>(
    () =>
      KIND_ORDER.map((kind) => ({
        group: KIND_GROUP[kind].label,
        actions: hits
          .filter((h) => h.kind === kind)
          .map((h): SpotlightActionData => {
            const key = `${h.kind}:${h.id}`;
            const shown = revealed[key];
            const masked = h.confidential && h.snippet === null && !shown;
            return {
              id: `search-${key}`,
              // a masked match stays open on Enter: the first reveals, the second opens
              closeSpotlightOnTrigger: !masked,
              onClick: () => (masked ? void reveal(h) : open(h)),
              leftSection: KIND_GROUP[kind].icon,
              'data-testid': 'search-result',
              children: (
                <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={500} truncate>
                      <Marked text={shown?.title ?? h.title} terms={h.terms} />
                    </Text>
                    {h.date && (
                      <Text size="xs" c="dimmed">
                        {dayWordsOr(h.date, dayOf(new Date()))}
                      </Text>
                    )}
                    {h.confidential && (
                      <Badge size="xs" variant="light" color="gray" leftSection={<IconLock size={10} />}>
                        confidential
                      </Badge>
                    )}
                  </Group>
                  {masked ? (
                    <Text size="xs" c="dimmed" fs="italic" data-testid="confidential-match">
                      confidential match · Enter to reveal
                    </Text>
                  ) : (
                    (shown?.snippet ?? h.snippet) && (
                      <Text size="xs" c="dimmed" lineClamp={2} data-testid="search-snippet">
                        <Marked text={(shown?.snippet ?? h.snippet)!} terms={h.terms} />
                      </Text>
                    )
                  )}
                </Stack>
              ),
            } as SpotlightActionData;
          }),
      })).filter((g) => g.actions.length > 0),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [hits, revealed],
  );

  // a command the query names comes first ("lock", "settings"); then what the search found
  const actions: (SpotlightActionData | SpotlightActionGroupData)[] = useMemo(() => {
    const named = { group: 'Commands', actions: commands.filter((a) => matches(query, a)) };
    return [named, ...resultGroups].filter((g) => g.actions.length > 0);
  }, [resultGroups, commands, query]);

  return (
    <Spotlight
      actions={actions}
      query={query}
      onQueryChange={setQuery}
      filter={(_q, a) => a}
      nothingFound={
        searching
          ? 'Searching…'
          : query.trim().length < 2
            ? 'Type to search peers, notes, your journal and interactions'
            : 'Nothing found. Try fewer or shorter words.'
      }
      // Mantine clears the query only once the palette has finished closing: opened again
      // sooner, it kept the old query and typing added to it
      onSpotlightOpen={() => setQuery('')}
      onSpotlightClose={() => {
        setRevealed({});
        setQuery('');
      }}
      limit={80}
      scrollable
      maxHeight={520}
      searchProps={{
        leftSection: <IconSearch size={18} />,
        rightSection: searching ? <Loader size="xs" /> : null,
        placeholder: 'Search peers, notes, journal, interactions… or type a command',
        'aria-label': 'Search and commands',
        // @ts-expect-error data attributes pass through to the input
        'data-testid': 'palette-input',
      }}
      shortcut={['mod + K']}
      // the shortcut works with the focus in a text field too (the journal's editor keeps its
      // own Ctrl/Cmd+K, which inserts a link)
      tagsToIgnore={[]}
      // the dialog's name for screen readers; the search field says the rest
      title="Search and commands"
      styles={{ header: VISUALLY_HIDDEN }}
    />
  );
}
