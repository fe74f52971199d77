import { Alert, Button, Checkbox, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useSession } from '../session/SessionProvider';
import { VaultFrame } from './VaultFrame';

/** The recovery code, shown once; the user confirms they saved it before going on. */
export function RecoveryCodeScreen({ code, first }: { code: string; first: boolean }) {
  const { enter } = useSession();
  const [saved, setSaved] = useState(false);
  const groups = code.split('-');
  return (
    <VaultFrame
      title={first ? 'Save your recovery code' : 'Your new recovery code'}
      subtitle={first ? 'If you forget your passphrase, this code is the only other way in.' : 'The old recovery code no longer works. Save this one instead.'}
      width={520}
    >
      <Code block fz={22} ta="center" py="lg" style={{ letterSpacing: '0.08em', lineHeight: 1.7 }} data-testid="recovery-code">
        {groups.slice(0, 4).join('-')}
        {'\n'}
        {groups.slice(4).join('-')}
      </Code>
      <Group justify="center">
        <CopyButton value={code}>{({ copied, copy }) => <Button variant="light" size="xs" onClick={copy}>{copied ? 'Copied' : 'Copy to clipboard'}</Button>}</CopyButton>
        {/* paper is a fine place for it: the system's print dialog, nothing kept by Compeer */}
        <Button variant="light" size="xs" leftSection={<IconPrinter size={14} />} onClick={() => window.print()} data-testid="print-code">
          Print
        </Button>
      </Group>
      <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="It is shown only now">
        <Text size="sm">Write it down or store it in a password manager, away from this computer. Compeer keeps no copy it could show you again.</Text>
      </Alert>
      <Stack gap="sm">
        <Checkbox label="I have saved my recovery code somewhere safe" checked={saved} onChange={(e) => setSaved(e.currentTarget.checked)} data-testid="saved-code" />
        <Button size="md" disabled={!saved} onClick={() => void enter()} data-testid="continue">
          Continue
        </Button>
      </Stack>
    </VaultFrame>
  );
}
