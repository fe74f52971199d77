import { Stack, Title } from '@mantine/core';
import { AppearanceSection } from './AppearanceSection';
import { AutoLockSection } from './AutoLockSection';
import { BackupsSection } from './BackupsSection';
import { PassphraseSection } from './PassphraseSection';
import { ProfileSection } from './ProfileSection';
import { SampleDataSection } from './SampleDataSection';
import { VaultLocationSection } from './VaultLocationSection';

export function SettingsPage() {
  return (
    <Stack maw={760} gap="lg">
      <Title order={1} size="h2">
        Settings
      </Title>
      <ProfileSection />
      <AutoLockSection />
      <AppearanceSection />
      <PassphraseSection />
      <BackupsSection />
      <VaultLocationSection />
      <SampleDataSection />
    </Stack>
  );
}
