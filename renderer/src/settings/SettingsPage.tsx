import { useEffect } from 'react';
import { Stack, Title } from '@mantine/core';
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

export function SettingsPage({ params }: PageProps) {
  const { phase } = useSession();
  // go('settings', { section: 'backups' }) lands on that section
  useEffect(() => {
    if (params.section) document.getElementById(`settings-${params.section}`)?.scrollIntoView({ block: 'start' });
  }, [params.section]);
  // the sample vault's passphrase is random and never shown: no passphrase or backup tools there
  const sample = phase.kind === 'unlocked' && phase.state.sample;
  return (
    <Stack maw={760} gap="lg">
      <Title order={1} size="h2">
        Settings
      </Title>
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
  );
}
