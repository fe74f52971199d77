import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useCallback, useState } from 'react';
import { call, compeer, messageOf } from '../api';
import { useSession } from '../session/SessionProvider';
import { PassphraseFields, type NewPassphrase } from './PassphraseFields';
import { VaultFrame } from './VaultFrame';

/** Open with the recovery code; a new passphrase is set at once and a new code issued. */
export function RecoveryUnlock({ onCancel }: { onCancel: () => void }) {
  const { showRecoveryCode } = useSession();
  const [code, setCode] = useState('');
  const [pass, setPass] = useState<NewPassphrase>({ value: '', problem: 'Choose a passphrase.' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onChange = useCallback((p: NewPassphrase) => setPass(p), []);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await call(compeer().vault.unlockWithRecoveryCode({ code, newPassphrase: pass.value }));
      showRecoveryCode(r.recoveryCode, false);
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <VaultFrame title="Use your recovery code" subtitle="Then choose a new passphrase. You will get a new recovery code; the one you use now stops working." width={500}>
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
          {error && (
            <Alert color="red" title="Could not open the vault" data-testid="recovery-error">
              {error}
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
