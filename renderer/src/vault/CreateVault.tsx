import { Button, List, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { PassphraseFields, type NewPassphrase } from './PassphraseFields';
import { VaultFrame } from './VaultFrame';
import { ErrorNote } from '../data/ErrorNote';

export function CreateVault() {
  const { showRecoveryCode } = useSession();
  const [pass, setPass] = useState<NewPassphrase>({ value: '', problem: 'Choose a passphrase.' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const onChange = useCallback((p: NewPassphrase) => setPass(p), []);
  const { enter } = useSession();
  const [sampleBusy, setSampleBusy] = useState(false);
  const trySample = async () => {
    setSampleBusy(true);
    try {
      await send('sample:open');
      await enter();
    } catch (e) {
      setError(e);
      setSampleBusy(false);
    }
  };

  const submit = async () => {
    if (pass.problem) return;
    setBusy(true);
    setError(null);
    try {
      const { recoveryCode } = await send('vault:create', { passphrase: pass.value });
      showRecoveryCode(recoveryCode, true);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <VaultFrame title="Create your vault" subtitle="Your peers, notes and journal are kept in one encrypted file on this computer.">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <PassphraseFields onChange={onChange} autoFocus />
          <List size="sm" c="dimmed" spacing={4}>
            <List.Item>Only this passphrase (or the recovery code you will see next) opens the vault.</List.Item>
            <List.Item>Nobody can reset it for you, so pick one you will remember.</List.Item>
          </List>
          <ErrorNote error={error} title="The vault was not created" />
          <div>
            <Button
              type="submit"
              size="md"
              fullWidth
              loading={busy}
              disabled={pass.problem !== null}
              aria-describedby={pass.problem ? 'create-vault-why' : undefined}
              data-testid="create-vault"
            >
              Create vault
            </Button>
            {/* why the button is disabled, right under it; two lines kept for it, so the card does not jump */}
            <Text
              id="create-vault-why"
              size="sm"
              c="dimmed"
              ta="center"
              mt={6}
              mih="calc(2 * var(--mantine-line-height-sm) * var(--mantine-font-size-sm))"
              data-testid={pass.problem ? 'passphrase-problem' : undefined}
            >
              {pass.problem}
            </Text>
          </div>
          <Button variant="subtle" color="grape" onClick={() => void trySample()} loading={sampleBusy} data-testid="try-sample">
            Or try Compeer with sample data first
          </Button>
        </Stack>
      </form>
    </VaultFrame>
  );
}
