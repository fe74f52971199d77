import { Alert, Button, Checkbox, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconPrinter } from '@tabler/icons-react';
import { download } from '../download';
import { useState } from 'react';
import { useSession } from '../session/SessionProvider';
import { VaultFrame } from './VaultFrame';

/** What the saved file says: the code, and what it is for. */
const recoveryCodeFile = (code: string) =>
  `Compeer recovery code\n\n${code}\n\nIf you forget your passphrase, choose "Use your recovery code" on the unlock screen and type this code.\nKeep this file away from the computer your vault is on (a USB stick in a drawer, a password manager).\n`;

/** The recovery code, shown once; the user confirms they saved it before going on. */
export function RecoveryCodeScreen({ code, first }: { code: string; first: boolean }) {
  const { enter } = useSession();
  const [saved, setSaved] = useState(false);
  const groups = code.split('-');
  return (
    <VaultFrame
      title={first ? 'Save your recovery code' : 'Your new recovery code'}
      subtitle={
        first
          ? 'If you forget your passphrase, this code is the only other way in.'
          : 'The old recovery code no longer works. Save this one instead.'
      }
      width={520}
    >
      <Code block fz={22} ta="center" py="lg" style={{ letterSpacing: '0.08em', lineHeight: 1.7 }} data-testid="recovery-code">
        {groups.slice(0, 4).join('-')}
        {'\n'}
        {groups.slice(4).join('-')}
      </Code>
      <Group justify="center">
        <CopyButton value={code}>
          {({ copied, copy }) => (
            <Button variant="light" size="xs" onClick={copy}>
              {copied ? 'Copied' : 'Copy to clipboard'}
            </Button>
          )}
        </CopyButton>
        {/* paper is a fine place for it: the system's print dialog, nothing kept by Compeer */}
        <Button
          variant="light"
          size="xs"
          leftSection={<IconDownload size={14} />}
          onClick={() => download('compeer-recovery-code.txt', 'text/plain', recoveryCodeFile(code))}
          data-testid="save-code"
        >
          Save to a file…
        </Button>
        <Button variant="light" size="xs" leftSection={<IconPrinter size={14} />} onClick={() => window.print()} data-testid="print-code">
          Print
        </Button>
      </Group>
      <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="It is shown only now">
        <Text size="sm">
          Write it down or store it in a password manager, away from this computer. Compeer keeps no copy it could show you again.
        </Text>
      </Alert>
      <Stack gap="sm">
        <Checkbox
          label="I have saved my recovery code somewhere safe"
          checked={saved}
          onChange={(e) => setSaved(e.currentTarget.checked)}
          data-testid="saved-code"
        />
        <Button size="md" disabled={!saved} onClick={() => void enter()} data-testid="continue">
          Continue
        </Button>
      </Stack>
    </VaultFrame>
  );
}
