import {
  ActionIcon,
  AppShell,
  Badge,
  Button,
  Center,
  Group,
  Kbd,
  Loader,
  NavLink,
  ScrollArea,
  Text,
  Tooltip,
  UnstyledButton,
  useComputedColorScheme,
} from '@mantine/core';
import { useHotkeys, useMediaQuery } from '@mantine/hooks';
import { spotlight } from '@mantine/spotlight';
import { IconLock, IconMoon, IconSearch, IconSun } from '@tabler/icons-react';
import { Suspense, useCallback, useMemo, useState } from 'react';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { CommandPalette, MOD } from './CommandPalette';
import { GLOBAL_MOUNTS } from './global-mounts';
import { NavContext, type Nav, type PageParams } from './nav';
import { PAGES, type PageId } from './navigation';
import { PAGE_COMPONENTS } from './pages';
import { useFocusHeading } from './focus-heading';
import { ConflictCopies } from './ConflictCopies';
import { VaultWarnings } from './VaultWarnings';

/** The unlocked app: navigation, header with search and Lock, and the current page. */
export function AppLayout() {
  const { lock, phase, setSettings, reload } = useSession();
  const leaveSample = async () => {
    await send('sample:close');
    await reload();
  };
  const [where, setWhere] = useState<{ page: PageId; params: PageParams }>({ page: 'today', params: {} });
  const scheme = useComputedColorScheme('light');
  const settings = phase.kind === 'unlocked' ? phase.settings : null;

  const toggleTheme = useCallback(async () => {
    const next = scheme === 'dark' ? 'light' : 'dark';
    setSettings(await send('settings:update', { theme: next }));
  }, [scheme, setSettings]);

  useHotkeys([['mod+L', () => void lock()]], []);

  const nav = useMemo<Nav>(
    () => ({
      page: where.page,
      params: where.params,
      go: (page, params = {}) => setWhere({ page, params }),
      openPeer: (id) => setWhere({ page: 'peers', params: { peer: id } }),
    }),
    [where],
  );

  // under 1000 px the sidebar folds to its icons
  const wide = useMediaQuery('(min-width: 1000px)', true, { getInitialValueInEffect: false });
  const Page = PAGE_COMPONENTS[where.page];
  useFocusHeading(where);

  return (
    <NavContext.Provider value={nav}>
      <AppShell header={{ height: 56 }} navbar={{ width: wide ? 220 : 64, breakpoint: 0 }} padding="lg">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="xs">
              <Text fw={700} size="lg">
                Compeer
              </Text>
              {phase.kind === 'unlocked' && phase.state.warnings?.loss && (
                <Tooltip label="Saved changes are missing: nothing is saved until you choose what to do (the notice on the page)">
                  <Badge color="red" variant="filled" data-testid="read-only-badge">
                    Read-only
                  </Badge>
                </Tooltip>
              )}
              {phase.kind === 'unlocked' && phase.state.sample && (
                <>
                  <Badge color="grape" variant="filled" data-testid="sample-badge">
                    Sample data
                  </Badge>
                  <Button size="compact-xs" variant="light" color="grape" onClick={() => void leaveSample()} data-testid="leave-sample">
                    Leave sample data
                  </Button>
                </>
              )}
            </Group>
            <UnstyledButton onClick={() => spotlight.open()} data-testid="open-spotlight">
              <Group
                gap={8}
                px="sm"
                py={6}
                style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8, minWidth: 260 }}
              >
                <IconSearch size={16} />
                <Text size="sm" c="dimmed" style={{ flex: 1 }}>
                  Search and commands
                </Text>
                <Kbd size="xs">{MOD} K</Kbd>
              </Group>
            </UnstyledButton>
            <Group gap="xs">
              <Tooltip label={scheme === 'dark' ? 'Light theme' : 'Dark theme'}>
                <ActionIcon
                  variant="default"
                  size="lg"
                  onClick={() => void toggleTheme()}
                  aria-label="Switch light or dark theme"
                  data-testid="toggle-theme"
                >
                  {scheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
                </ActionIcon>
              </Tooltip>
              <Tooltip label={`Lock (${MOD}+L)`}>
                <ActionIcon variant="filled" size="lg" onClick={() => void lock()} aria-label="Lock vault" data-testid="lock">
                  <IconLock size={18} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label="Pages">
          <AppShell.Section grow component={ScrollArea}>
            {PAGES.map((p) => {
              const link = (
                <NavLink
                  key={p.id}
                  label={wide ? p.label : undefined}
                  // folded: the icon alone, named for screen readers and in a tooltip
                  aria-label={wide ? undefined : p.label}
                  leftSection={<p.icon size={wide ? 18 : 22} stroke={1.7} />}
                  active={p.id === where.page}
                  // a real button: in the Tab order, and the current page announced as such
                  component="button"
                  aria-current={p.id === where.page ? 'page' : undefined}
                  onClick={() => nav.go(p.id)}
                  data-testid={`nav-${p.id}`}
                  styles={wide ? undefined : { root: { justifyContent: 'center', paddingInline: 0 }, section: { marginInlineEnd: 0 } }}
                />
              );
              return wide ? (
                link
              ) : (
                <Tooltip key={p.id} label={p.label} position="right" withArrow>
                  {link}
                </Tooltip>
              );
            })}
          </AppShell.Section>
          {wide && (
            <AppShell.Section>
              <Text size="xs" c="dimmed" p="xs">
                Auto-lock after {settings?.autoLockMinutes ?? '–'} idle minutes
              </Text>
            </AppShell.Section>
          )}
        </AppShell.Navbar>
        <AppShell.Main>
          {phase.kind === 'unlocked' && !phase.state.sample && phase.state.warnings?.conflictCopies && (
            <ConflictCopies names={phase.state.warnings.conflictCopies} />
          )}
          {phase.kind === 'unlocked' && !phase.state.sample && (
            <VaultWarnings
              warnings={phase.state.warnings}
              onOpenBackups={() => nav.go('settings', { section: 'backups' })}
              onRestore={(name) => nav.go('settings', { section: 'backups', restore: name })}
            />
          )}
          <Suspense
            fallback={
              <Center h={200}>
                <Loader />
              </Center>
            }
          >
            <Page key={`${where.page}:${JSON.stringify(where.params)}`} params={where.params} />
          </Suspense>
        </AppShell.Main>
        {GLOBAL_MOUNTS.map((Mount, i) => (
          <Mount key={i} />
        ))}
        <CommandPalette nav={nav} lock={() => void lock()} toggleTheme={() => void toggleTheme()} />
      </AppShell>
    </NavContext.Provider>
  );
}
