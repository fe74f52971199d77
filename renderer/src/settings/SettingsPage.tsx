import { Stack, Title } from '@mantine/core';
import { AppearanceSection } from './AppearanceSection';
import { AutoLockSection } from './AutoLockSection';
import { BackupsSection } from './BackupsSection';
import { PassphraseSection } from './PassphraseSection';
import { VaultLocationSection } from './VaultLocationSection';

export function SettingsPage() {
  return (
    <Stack maw={760} gap="lg">
      <Title order={1} size="h2">
        Settings
      </Title>
      <AutoLockSection />
      <AppearanceSection />
      <PassphraseSection />
      <BackupsSection />
      <VaultLocationSection />
    </Stack>
  );
}
