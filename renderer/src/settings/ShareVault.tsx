import { Alert, Button, Group, List, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ApiError, messageOf } from '../api';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * "Share between devices": what `compeer devices VAULT --share` does, from Settings, after
 * saying what will happen. The new recovery code is then shown once, as after a recovery.
 */
export function ShareVault() {
  const { phase, showRecoveryCode } = useSession();
  const vaultPath = phase.kind === 'unlocked' ? phase.state.vaultPath : '';
  const name = fileName(vaultPath);
  const [open, setOpen] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | string | null>(null);

  const share = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await send('vault:share', { passphrase });
      setPassphrase('');
      showRecoveryCode(r.recoveryCode, false);
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
      setBusy(false);
    }
  };
  const wrong = error instanceof ApiError && error.code === 'WRONG_PASSPHRASE';

  return (
    <>
      <Button variant="default" size="xs" w="fit-content" onClick={() => (setOpen(true), setError(null))} data-testid="share-vault">
        Share between devices…
      </Button>
      <Modal opened={open} onClose={() => !busy && setOpen(false)} title="Share this vault between devices?" size="lg" centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void share();
          }}
        >
          <Stack>
            <Text size="sm">Do this on one device only. Then:</Text>
            <List size="sm" spacing={4} data-testid="share-what-happens">
              <List.Item>
                A folder <b>{name}.d</b> appears beside the vault file: the vault as encrypted files, one set per device, for the sync tool
                to carry.
              </List.Item>
              <List.Item>
                The file as it is now is kept as <b>{name}.before-sharing</b>; remove it once every device has opened the shared vault.
              </List.Item>
              <List.Item>
                A new recovery code is shown once: write it down. The old one does not open the shared vault. Your passphrase stays the same
                and opens it on every device.
              </List.Item>
              <List.Item>Your other devices open it from the same place in their synced folder, with the same passphrase.</List.Item>
            </List>
            <PasswordInput
              label="Your passphrase"
              value={passphrase}
              onChange={(e) => (setPassphrase(e.currentTarget.value), setError(null))}
              autoComplete="current-password"
              autoFocus
              error={wrong ? 'That is not your current passphrase.' : undefined}
              data-testid="share-passphrase"
            />
            {error && !wrong && <Alert color="red">{typeof error === 'string' ? error : error.message}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" loading={busy} disabled={passphrase === ''} data-testid="confirm-share">
                Share between devices
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
