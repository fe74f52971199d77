import { ActionIcon, AppShell, Badge, Button, Group, Kbd, NavLink, ScrollArea, Text, Tooltip, UnstyledButton, useComputedColorScheme } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Spotlight, spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { IconLock, IconMoon, IconSearch, IconSun } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { call, compeer } from '../api';
import { useSession } from '../session/SessionProvider';
import { NetworkPage } from '../network/NetworkPage';
import { PeersPage } from '../peers/PeersPage';
import { SettingsPage } from '../settings/SettingsPage';
import { ComingSoon } from './ComingSoon';
import { PAGES, type PageId } from './navigation';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';

/** The unlocked app: navigation, header with search and Lock, and the current page. */
export function AppLayout() {
  const { lock, phase, setSettings, reload } = useSession();
  const leaveSample = async () => {
    await call(compeer().sample.close());
    await reload();
  };
  const [page, setPage] = useState<PageId>('today');
  const [openPeer, setOpenPeer] = useState<string | null>(null);
  const scheme = useComputedColorScheme('light');
  const settings = phase.kind === 'unlocked' ? phase.settings : null;

  const toggleTheme = async () => {
    const next = scheme === 'dark' ? 'light' : 'dark';
    setSettings(await call(compeer().settings.update({ theme: next })));
  };

  useHotkeys([['mod+L', () => void lock()]], []);

  const actions = useMemo<SpotlightActionData[]>(
    () => [
      ...PAGES.map((p) => ({ id: `go-${p.id}`, label: p.label, description: p.description, onClick: () => (setOpenPeer(null), setPage(p.id)), leftSection: <p.icon size={18} /> })),
      { id: 'lock', label: 'Lock vault', description: `Lock now (${MOD}+L)`, onClick: () => void lock(), leftSection: <IconLock size={18} /> },
      { id: 'theme', label: 'Switch light / dark', description: 'Change the colour scheme', onClick: () => void toggleTheme(), leftSection: <IconMoon size={18} /> },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lock, scheme],
  );

  const current = PAGES.find((p) => p.id === page)!;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'xs' }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Text fw={700} size="lg">
              Compeer
            </Text>
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
          <UnstyledButton onClick={() => spotlight.open()} aria-label="Search and commands" data-testid="open-spotlight">
            <Group gap={8} px="sm" py={6} style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8, minWidth: 260 }}>
              <IconSearch size={16} />
              <Text size="sm" c="dimmed" style={{ flex: 1 }}>
                Search and commands
              </Text>
              <Kbd size="xs">{MOD} K</Kbd>
            </Group>
          </UnstyledButton>
          <Group gap="xs">
            <Tooltip label={scheme === 'dark' ? 'Light theme' : 'Dark theme'}>
              <ActionIcon variant="default" size="lg" onClick={() => void toggleTheme()} aria-label="Switch light or dark theme" data-testid="toggle-theme">
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
      <AppShell.Navbar p="xs">
        <AppShell.Section grow component={ScrollArea}>
          {PAGES.map((p) => (
            <NavLink key={p.id} label={p.label} leftSection={<p.icon size={18} stroke={1.7} />} active={p.id === page}
              onClick={() => {
                setOpenPeer(null);
                setPage(p.id);
              }} data-testid={`nav-${p.id}`} />
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" p="xs">
            Auto-lock after {settings?.autoLockMinutes ?? '–'} idle minutes
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        {page === 'settings' ? (
          <SettingsPage />
        ) : page === 'peers' ? (
          <PeersPage key={openPeer ?? 'list'} initialPeerId={openPeer} />
        ) : page === 'network' ? (
          <NetworkPage
            onOpenPeer={(id) => {
              setOpenPeer(id);
              setPage('peers');
            }}
          />
        ) : (
          <ComingSoon page={current} />
        )}
      </AppShell.Main>
      <Spotlight actions={actions} nothingFound="Nothing found" highlightQuery searchProps={{ leftSection: <IconSearch size={18} />, placeholder: 'Go to a page, lock, switch theme…' }} shortcut={['mod + K']} />
    </AppShell>
  );
}
