import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { plural } from '../../../shared/plural';
import { ApiError, messageOf } from '../api';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';

/**
 * Copies of the vault file a sync tool left beside it (two computers wrote the one file): never
 * ignored. Each can be merged in, loss-free, with the rule `compeer devices VAULT --merge` uses;
 * the copy is kept as `<copy>.merged`. Not dismissable: it goes when the copies are merged.
 */
export function ConflictCopies({ names }: { names: readonly string[] }) {
  const { reload } = useSession();
  const [merging, setMerging] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | string | null>(null);

  const close = () => {
    if (busy) return;
    setMerging(null);
    setPassphrase('');
    setError(null);
  };
  const merge = async () => {
    if (!merging) return;
    setBusy(true);
    setError(null);
    try {
      const r = await send('vault:mergeCopy', { name: merging, passphrase });
      notifications.show({
        color: 'teal',
        title: `Merged ${merging}`,
        message: `${plural(r.added, 'record')} added, ${plural(r.changed, 'record')} brought up to date${r.bothKept > 0 ? `, both versions kept of ${plural(r.bothKept, 'text')}` : ''}. The copy is kept as ${r.keptAs}.`,
      });
      setBusy(false);
      setMerging(null);
      setPassphrase('');
      await reload();
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
      setBusy(false);
    }
  };
  const wrong = error instanceof ApiError && error.code === 'WRONG_PASSPHRASE';

  return (
    <Alert
      color="orange"
      icon={<IconCopy size={18} />}
      title={names.length === 1 ? 'Your sync tool left a copy of this vault' : 'Your sync tool left copies of this vault'}
      mb="md"
      data-testid="conflict-copies"
    >
      <Stack gap={6}>
        <Text size="sm">
          Two computers wrote this vault file, so the sync tool kept the other version beside it. It may hold changes this file lacks.
          Merging adds what only the copy has, keeps the later change of a record changed in both, and keeps both versions of a text changed
          in both; the copy itself is kept, renamed with “.merged” at the end.
        </Text>
        {names.map((n) => (
          <Group key={n} gap="xs" wrap="nowrap">
            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {n}
            </Text>
            <Button size="xs" variant="light" color="orange" onClick={() => setMerging(n)} aria-label={`Merge ${n}`}>
              Merge…
            </Button>
          </Group>
        ))}
      </Stack>
      <Modal opened={merging !== null} onClose={close} title="Merge the copy into your vault?" centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void merge();
          }}
        >
          <Stack>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              <b>{merging}</b> is opened with the passphrase you give (usually your current one; the one it was saved with if you changed it
              since), and what it holds is merged into your vault. Nothing is deleted.
            </Text>
            <PasswordInput
              label="Passphrase of the copy"
              value={passphrase}
              onChange={(e) => (setPassphrase(e.currentTarget.value), setError(null))}
              autoComplete="current-password"
              autoFocus
              error={wrong ? 'The copy does not open with this passphrase. Nothing was changed.' : undefined}
              data-testid="copy-passphrase"
            />
            {error && !wrong && <Alert color="red">{typeof error === 'string' ? error : error.message}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" loading={busy} disabled={passphrase === ''} data-testid="confirm-merge-copy">
                Merge
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Alert>
  );
}
