import { SegmentedControl } from '@mantine/core';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { Section } from './Section';

export function AppearanceSection() {
  const { phase, setSettings } = useSession();
  const theme = phase.kind === 'unlocked' ? phase.settings.theme : 'auto';
  return (
    <Section title="Appearance">
      <SegmentedControl
        value={theme}
        onChange={(v) => void send('settings:update', { theme: v }).then(setSettings)}
        data={[
          { label: 'Follow the system', value: 'auto' },
          { label: 'Light', value: 'light' },
          { label: 'Dark', value: 'dark' },
        ]}
        w="fit-content"
      />
    </Section>
  );
}
