import { useEffect, useRef, useState } from 'react';
import { Box, Group, NavLink, Stack, Title } from '@mantine/core';
import { useSession } from '../session/SessionProvider';
import type { PageProps } from '../shell/nav';
import { FEATURE_SETTINGS } from './feature-sections';
import { AppearanceSection } from './AppearanceSection';
import { AutoLockSection } from './AutoLockSection';
import { BackupsSection } from './BackupsSection';
import { DevicesSection } from './DevicesSection';
import { PassphraseSection } from './PassphraseSection';
import { ProfileSection } from './ProfileSection';
import { SampleDataSection } from './SampleDataSection';
import { VaultLocationSection } from './VaultLocationSection';

interface Entry {
  id: string;
  title: string;
}

/** Settings: its sections one under another, with a side list that names each and goes to it. */
export function SettingsPage({ params }: PageProps) {
  const { phase } = useSession();
  const body = useRef<HTMLDivElement>(null);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [current, setCurrent] = useState<string | null>(null);

  // the list is read from the sections drawn (features add their own), kept as they come and go
  useEffect(() => {
    const root = body.current;
    if (!root) return;
    const read = () =>
      setEntries((old) => {
        const next = [...root.querySelectorAll<HTMLElement>('[data-settings-section]')].map((el) => ({
          id: el.id,
          title: el.dataset.settingsSection ?? '',
        }));
        return JSON.stringify(next) === JSON.stringify(old) ? old : next;
      });
    read();
    const seen = new MutationObserver(read);
    seen.observe(root, { childList: true, subtree: true });
    return () => seen.disconnect();
  }, []);

  // the list marks the last section whose top has passed the top of the window (at the very
  // bottom of the page, the one chosen last stays marked: the last sections cannot reach the top)
  useEffect(() => {
    const mark = () => {
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) return;
      let top: string | null = entries[0]?.id ?? null;
      for (const e of entries) if ((document.getElementById(e.id)?.getBoundingClientRect().top ?? Infinity) <= 140) top = e.id;
      setCurrent(top);
    };
    mark();
    window.addEventListener('scroll', mark, { passive: true });
    return () => window.removeEventListener('scroll', mark);
  }, [entries]);

  const goTo = (id: string) => {
    const el = document.getElementById(id);
    el?.scrollIntoView({ block: 'start' });
    // the keyboard follows: Tab goes on inside the section
    el?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    setCurrent(id);
  };

  // go('settings', { section: 'backups' }) lands on that section
  useEffect(() => {
    if (params.section) document.getElementById(`settings-${params.section}`)?.scrollIntoView({ block: 'start' });
  }, [params.section]);
  // the sample vault's passphrase is random and never shown: no passphrase or backup tools there
  const sample = phase.kind === 'unlocked' && phase.state.sample;
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        Settings
      </Title>
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <Box
          component="nav"
          aria-label="Settings sections"
          w={190}
          style={{ flexShrink: 0, position: 'sticky', top: 'calc(var(--app-shell-header-height, 56px) + var(--mantine-spacing-md))' }}
          data-testid="settings-sections"
        >
          {entries.map((e) => (
            <NavLink
              key={e.id}
              component="button"
              label={e.title}
              active={e.id === current}
              aria-current={e.id === current ? 'location' : undefined}
              onClick={() => goTo(e.id)}
              py={6}
            />
          ))}
        </Box>
        <Stack maw={760} gap="lg" style={{ flex: 1, minWidth: 0 }} ref={body}>
          <ProfileSection />
          <AutoLockSection />
          <AppearanceSection />
          {FEATURE_SETTINGS.map((Section, i) => (
            <Section key={i} />
          ))}
          {!sample && <PassphraseSection />}
          {!sample && <BackupsSection restore={params.restore} />}
          {/* the sample vault is this device's alone and never shared */}
          {!sample && <DevicesSection />}
          <VaultLocationSection />
          <SampleDataSection />
        </Stack>
      </Group>
    </Stack>
  );
}
