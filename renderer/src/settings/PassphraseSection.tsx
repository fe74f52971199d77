import { Alert, Button, Checkbox, Code, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { ApiError, messageOf } from '../api';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { PassphraseFields, type NewPassphrase } from '../vault/PassphraseFields';
import { Section } from './Section';

export function PassphraseSection() {
  const { phase } = useSession();
  const shared = phase.kind === 'unlocked' && phase.state.shared === true;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPassphrase>({ value: '', problem: 'Choose a passphrase.' });
  const [formKey, setFormKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | string | null>(null);
  const [newCode, setNewCode] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  /** a vault shared between devices: changed for every device, the recovery code kept */
  const [everyDevice, setEveryDevice] = useState(false);
  const onChange = useCallback((p: NewPassphrase) => setNext(p), []);

  const submit = async () => {
    setBusy(true);
    setError(null);
    setEveryDevice(false);
    try {
      const r = await send('vault:changePassphrase', { current, next: next.value });
      setNewCode(r.recoveryCode);
      setEveryDevice(r.recoveryCode === null);
      setCurrent('');
      setFormKey((k) => k + 1);
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section
      title="Passphrase"
      description={
        shared
          ? 'This vault is shared between devices: the new passphrase opens it on every device, and its recovery code stays the same.'
          : 'Changing it makes a new encryption key and a new recovery code. Backups made before keep opening with the passphrase they were made with.'
      }
    >
      <form
        key={formKey}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm" maw={420}>
          <PasswordInput
            label="Current passphrase"
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            autoComplete="current-password"
            error={error instanceof ApiError && error.code === 'WRONG_PASSPHRASE' ? 'That is not the current passphrase.' : undefined}
            data-testid="current-passphrase"
          />
          <PassphraseFields onChange={onChange} />
          {error && !(error instanceof ApiError && error.code === 'WRONG_PASSPHRASE') && (
            <Alert color="red">{typeof error === 'string' ? error : error.message}</Alert>
          )}
          {everyDevice && (
            <Alert color="green" data-testid="passphrase-changed-everywhere">
              Passphrase changed for every device that shares this vault: the new one opens it everywhere once the sync tool has copied its
              key file. Your recovery code is unchanged.
            </Alert>
          )}
          <Button
            type="submit"
            loading={busy}
            disabled={current === '' || next.problem !== null}
            w="fit-content"
            data-testid="change-passphrase"
          >
            Change passphrase
          </Button>
        </Stack>
      </form>
      <Modal
        opened={newCode !== null}
        onClose={() => undefined}
        withCloseButton={false}
        closeOnClickOutside={false}
        closeOnEscape={false}
        title="Passphrase changed: your new recovery code"
        size="lg"
        centered
      >
        <Stack>
          <Text size="sm">The old recovery code no longer works. This one is shown only now.</Text>
          <Code block fz={20} ta="center" py="md" style={{ letterSpacing: '0.08em' }} data-testid="new-recovery-code">
            {newCode}
          </Code>
          <Checkbox
            label="I have saved my new recovery code somewhere safe"
            checked={saved}
            onChange={(e) => setSaved(e.currentTarget.checked)}
            data-testid="saved-new-code"
          />
          <Button
            disabled={!saved}
            onClick={() => {
              setNewCode(null);
              setSaved(false);
            }}
            data-testid="close-new-code"
          >
            Done
          </Button>
        </Stack>
      </Modal>
    </Section>
  );
}
