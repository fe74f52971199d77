import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { ApiError, messageOf } from '../api';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { VaultFrame } from './VaultFrame';

// opening with the recovery code is rare: its screen is a chunk of its own
const RecoveryUnlock = lazy(() => import('./RecoveryUnlock').then((m) => ({ default: m.RecoveryUnlock })));

const REASONS: Record<string, string> = {
  idle: 'Locked after the idle time you set.',
  suspend: 'Locked when the computer went to sleep.',
  'screen-lock': 'Locked when the screen was locked.',
  user: 'Locked.',
  restore: 'Locked to restore a backup.',
  stopped:
    "Compeer's vault thread stopped unexpectedly, so the vault was locked. Your vault file is intact: every change Compeer confirmed is saved.",
};

export function Unlock({ reason, notice = null }: { reason: string | null; notice?: string | null }) {
  const { enter } = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [restoreNote, setRestoreNote] = useState<string | null>(null);
  const [recovery, setRecovery] = useState(false);

  if (recovery)
    return (
      <Suspense fallback={null}>
        <RecoveryUnlock onCancel={() => setRecovery(false)} />
      </Suspense>
    );

  const unlock = async (takeOverLock = false) => {
    if (!passphrase) return;
    setBusy(true);
    setError(null);
    try {
      await send('vault:unlock', { passphrase, takeOverLock });
      await enter();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('INTERNAL', messageOf(e)));
      setBusy(false);
    }
  };

  const restoreNewest = async () => {
    setBusy(true);
    try {
      const r = await send('vault:restoreNewestBackup', { passphrase });
      setRestoreNote(`Restored the backup ${r.restored}.`);
      await enter();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('INTERNAL', messageOf(e)));
      setBusy(false);
    }
  };

  return (
    <VaultFrame title="Unlock your vault" subtitle={reason ? REASONS[reason] : 'Enter your passphrase to open Compeer.'}>
      {notice && (
        <Alert color="orange" mb="md" data-testid="lock-notice">
          {notice}
        </Alert>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void unlock();
        }}
      >
        <Stack gap="md">
          <PasswordInput
            label="Passphrase"
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            autoFocus
            autoComplete="current-password"
            error={error?.code === 'WRONG_PASSPHRASE' ? error.message : undefined}
            data-testid="passphrase"
          />
          {error && error.code === 'DAMAGED' && (
            <Alert color="red" title="This vault file cannot be read" data-testid="damaged">
              <Stack gap="xs">
                <Text size="sm">{error.message}</Text>
                <Text size="sm">
                  Compeer keeps backups. You can restore the newest one that opens with this passphrase; the damaged file is kept in the
                  backups folder too.
                </Text>
                <Button color="red" variant="light" onClick={() => void restoreNewest()} loading={busy} data-testid="restore-newest">
                  Restore the newest readable backup
                </Button>
              </Stack>
            </Alert>
          )}
          {error && error.code === 'IN_USE' && error.details?.foreign === true && (
            <Alert color="orange" title="Open on another computer?" data-testid="foreign-lock">
              <Stack gap="xs">
                <Text size="sm">{error.message}</Text>
                <Button color="orange" variant="light" onClick={() => void unlock(true)} loading={busy} data-testid="take-over-lock">
                  Take over and unlock here
                </Button>
              </Stack>
            </Alert>
          )}
          {error &&
            error.code !== 'WRONG_PASSPHRASE' &&
            error.code !== 'DAMAGED' &&
            !(error.code === 'IN_USE' && error.details?.foreign === true) && (
              <Alert color="red" title="Could not unlock" data-testid="unlock-error">
                {error.message}
              </Alert>
            )}
          {restoreNote && <Alert color="teal">{restoreNote}</Alert>}
          <Button type="submit" size="md" loading={busy} disabled={!passphrase} data-testid="unlock">
            Unlock
          </Button>
          <Text size="sm" ta="center">
            Forgot it?{' '}
            <Anchor component="button" type="button" onClick={() => setRecovery(true)} data-testid="use-recovery">
              Use your recovery code
            </Anchor>
          </Text>
        </Stack>
      </form>
    </VaultFrame>
  );
}
