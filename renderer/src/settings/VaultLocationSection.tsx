import { Button, Code, Group, Text } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { messageOf } from '../api';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { Section } from './Section';

export function VaultLocationSection() {
  const { phase } = useSession();
  const path = phase.kind === 'unlocked' ? phase.settings.vaultPath : '';
  const file = /[^\\/]*$/.exec(path)?.[0] ?? path;
  const folder = path.slice(0, path.length - file.length).replace(/[\\/]$/, '');
  const shared = phase.kind === 'unlocked' && phase.state.shared === true;
  const [problem, setProblem] = useState<string | null>(null);
  // main opens the folder of the open vault; the renderer never sends a path
  const open = () => {
    setProblem(null);
    send('vault:showFolder').catch((e: unknown) => setProblem(messageOf(e)));
  };
  return (
    <Section
      title="Where your vault lives"
      description={
        shared
          ? 'A folder of encrypted files, one set per device, that your sync tool carries between your devices (Settings, Devices). Move it with the sync tool, not by copying it by hand.'
          : 'One encrypted file. Copy it (while Compeer is locked or closed) to move or back up your vault yourself.'
      }
    >
      <Group gap="sm" wrap="nowrap" align="center">
        <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }} data-testid="vault-path" title={path}>
          <Code>{shared ? `${file}.d` : file}</Code> in the folder {folder}
        </Text>
        <Button
          variant="default"
          size="sm"
          leftSection={<IconFolderOpen size={16} />}
          onClick={open}
          style={{ flexShrink: 0 }}
          data-testid="open-vault-folder"
        >
          Open folder
        </Button>
      </Group>
      {problem && (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {shared ? (
          'The sync tool sees only encrypted files and their sizes. Anyone with the folder still needs your passphrase or recovery code to read it.'
        ) : (
          <>
            Backups are in its <Code>backups</Code> folder. Anyone with the file still needs your passphrase or recovery code to read it.
          </>
        )}
      </Text>
    </Section>
  );
}
