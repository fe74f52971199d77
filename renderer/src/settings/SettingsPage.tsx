import { Stack, Title } from '@mantine/core';
import { useSession } from '../session/SessionProvider';
import { AppearanceSection } from './AppearanceSection';
import { AutoLockSection } from './AutoLockSection';
import { BackupsSection } from './BackupsSection';
import { PassphraseSection } from './PassphraseSection';
import { ProfileSection } from './ProfileSection';
import { SampleDataSection } from './SampleDataSection';
import { VaultLocationSection } from './VaultLocationSection';

export function SettingsPage() {
  const { phase } = useSession();
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
      {!sample && <PassphraseSection />}
      {!sample && <BackupsSection />}
      <VaultLocationSection />
      <SampleDataSection />
    </Stack>
  );
}
