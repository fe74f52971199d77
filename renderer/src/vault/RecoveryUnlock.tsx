import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useCallback, useState } from 'react';
import { isLossCause, lossSentence } from '../../../shared/domain/vault-loss';
import { ApiError } from '../api';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { PassphraseFields, type NewPassphrase } from './PassphraseFields';
import { VaultFrame } from './VaultFrame';
import { ErrorNote } from '../data/ErrorNote';

/** The refusal's facts in the notice's words (the message itself also says what to do in the unlocked app). */
function lossOf(e: ApiError): string {
  const cause = e.details?.cause;
  const missing = typeof e.details?.missing === 'number' && e.details.missing >= 0 ? e.details.missing : null;
  return isLossCause(cause) ? lossSentence({ cause, missing }) : e.message;
}

/** Open with the recovery code; a new passphrase is set at once and a new code issued. */
export function RecoveryUnlock({ onCancel }: { onCancel: () => void }) {
  const { showRecoveryCode, enter } = useSession();
  const [code, setCode] = useState('');
  const [pass, setPass] = useState<NewPassphrase>({ value: '', problem: 'Choose a passphrase.' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  /** saved changes are missing: a new passphrase writes the vault afresh, so only on the person's word */
  const [loss, setLoss] = useState<string | null>(null);
  const onChange = useCallback((p: NewPassphrase) => setPass(p), []);

  const submit = async (acceptLoss = false) => {
    setBusy(true);
    setError(null);
    try {
      const r = await send('vault:unlockWithRecoveryCode', { code, newPassphrase: pass.value, acceptLoss });
      // a vault shared between devices keeps its recovery code: nothing new to show
      if (r.recoveryCode === null) await enter();
      else showRecoveryCode(r.recoveryCode, false);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CHANGES_MISSING') setLoss(lossOf(e));
      else setError(e);
      setBusy(false);
    }
  };

  return (
    <VaultFrame
      title="Use your recovery code"
      subtitle="Then choose a new passphrase. You will get a new recovery code; the one you use now stops working."
      width={500}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <TextInput
            label="Recovery code"
            placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            autoFocus
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            data-testid="recovery-input"
          />
          <PassphraseFields onChange={onChange} />
          <ErrorNote error={error} title="Could not open the vault" data-testid="recovery-error" />
          {loss && (
            <Alert color="red" title="Saved changes are missing" data-testid="recovery-loss">
              <Stack gap="xs">
                <Text size="sm">{loss}</Text>
                <Text size="sm">
                  Setting a new passphrase writes the vault afresh without them (the file as it is now is kept in the backups). To get them
                  back instead, unlock with your passphrase and restore a backup, or put a newer copy of the vault in place.
                </Text>
                <Button color="red" variant="light" onClick={() => void submit(true)} loading={busy} data-testid="recover-accept-loss">
                  Go on without them and set the passphrase
                </Button>
              </Stack>
            </Alert>
          )}
          <Group grow>
            <Button variant="default" onClick={onCancel} disabled={busy}>
              Back
            </Button>
            <Button type="submit" loading={busy} disabled={code.trim() === '' || pass.problem !== null} data-testid="recover">
              Open and set passphrase
            </Button>
          </Group>
        </Stack>
      </form>
    </VaultFrame>
  );
}
