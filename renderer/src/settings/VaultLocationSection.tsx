import { Code, Text } from '@mantine/core';
import { useSession } from '../session/SessionProvider';
import { Section } from './Section';

export function VaultLocationSection() {
  const { phase } = useSession();
  const path = phase.kind === 'unlocked' ? phase.settings.vaultPath : '';
  const folder = path.replace(/[\\/][^\\/]*$/, '');
  return (
    <Section title="Where your vault lives" description="One encrypted file. Copy it (while Compeer is locked or closed) to move or back up your vault yourself.">
      <Code block data-testid="vault-path">
        {path}
      </Code>
      <Text size="sm" c="dimmed">
        Backups are in <Code>{folder}/backups</Code>. Anyone with the file still needs your passphrase or recovery code to read it.
      </Text>
    </Section>
  );
}
