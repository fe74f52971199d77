import { Alert, Badge, Button, Group, List, Modal, PasswordInput, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { dayWithYear, momentWords } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import { useState } from 'react';
import { acceptedSentence } from '../../../shared/domain/vault-loss';
import type { BackupSummary } from '../../../shared/ipc/contract';
import { messageOf } from '../api';
import { send } from '../data/channel';
import { ErrorNote } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';
import { useSession } from '../session/SessionProvider';
import { Section } from './Section';

const when = (iso: string) => momentWords(iso);
const size = (bytes: number) => (bytes < 1e6 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1e6).toFixed(1)} MB`);

const day = (iso: string) => dayWithYear(dayOf(new Date(iso)));

/** `restore`: a backup to offer to restore at once (from the notice that saved changes are missing). */
export function BackupsSection(props: { restore?: string } = {}) {
  const { phase } = useSession();
  // a vault shared between devices has no vault file to back up: said instead of offering backups
  if (phase.kind === 'unlocked' && phase.state.shared) return <SharedBackups />;
  return <FileBackups {...props} />;
}

function SharedBackups() {
  return (
    <Section id="backups" title="Backups" description="This vault is shared between devices, so it has no whole-file backups.">
      <Text size="sm" data-testid="shared-no-backups" maw={640}>
        Every device that shares it keeps its own changes and a copy of everything it has seen, and a change made on two devices at once
        keeps both versions for you to choose (Devices, below). To keep a copy of your own, export your peers from Peers.
      </Text>
    </Section>
  );
}

function FileBackups({ restore: offered }: { restore?: string }) {
  const { reload, phase } = useSession();
  const state = phase.kind === 'unlocked' ? phase.state : null;
  const holder = state?.warnings?.loss?.backup?.name ?? null;
  const accepted = state?.acceptedLosses ?? [];
  const list = useVaultQuery('vault:listBackups', undefined);
  const backups: BackupSummary[] | null = list.data ?? null;
  const [target, setTarget] = useState<BackupSummary | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [backupPassphrase, setBackupPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);

  // arrived to restore one: its dialog opens once the list is there
  const [offeredFor, setOfferedFor] = useState<string | null>(null);
  if (offered && backups && offeredFor !== offered) {
    setOfferedFor(offered);
    const b = backups.find((x) => x.name === offered);
    if (b) setTarget(b);
  }

  const restore = async () => {
    if (!target) return;
    setBusy(true);
    setRestoreError(null);
    try {
      await send('vault:restoreBackup', { name: target.name, passphrase, backupPassphrase: backupPassphrase || undefined });
      await reload();
    } catch (e) {
      setRestoreError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <Section
      id="backups"
      title="Backups"
      description="Each time the vault is written afresh (when you lock or quit, and as it grows), the previous file is kept, encrypted, in the backups folder: the last 10, and one a day for a week."
    >
      <ErrorNote error={list.error} onRetry={() => void list.refetch()} />
      {accepted.length > 0 && (
        <Alert color="gray" title="Saved changes you chose to go on without" data-testid="accepted-losses">
          <List size="sm" spacing={4}>
            {accepted.map((a) => (
              <List.Item key={a.on}>
                On {day(a.on)}, {acceptedSentence(a)}.
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {backups && backups.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="no-backups">
          No backups yet. The first is made the next time you lock Compeer.
        </Text>
      )}
      {backups && backups.length > 0 && (
        <ScrollArea.Autosize mah={280}>
          <Table striped highlightOnHover verticalSpacing="xs" data-testid="backups">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Saved</Table.Th>
                <Table.Th>Size</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.map((b) => (
                <Table.Tr key={b.name}>
                  <Table.Td>
                    {when(b.createdAt)}
                    {b.name === holder && (
                      <Badge ml="xs" size="sm" color="red" variant="light" data-testid="holds-missing">
                        Holds the missing changes
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{size(b.bytes)}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => (setTarget(b), setPassphrase(''), setBackupPassphrase(''), setRestoreError(null))}
                      data-testid="restore-backup"
                    >
                      Restore…
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      <Modal opened={target !== null} onClose={() => !busy && setTarget(null)} title="Restore this backup?" centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void restore();
          }}
        >
          <Stack>
            <Text size="sm">
              Your vault goes back to how it was on <b>{target ? when(target.createdAt) : ''}</b>. The vault as it is now is backed up
              first, so you can undo this by restoring that backup.
            </Text>
            <PasswordInput
              label="Your current passphrase"
              description="The restored vault keeps opening with it, and with your current recovery code."
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              autoFocus
              data-testid="restore-passphrase"
            />
            <PasswordInput
              label="The backup's passphrase, if it was different"
              description="Only for a backup made before you last changed your passphrase."
              value={backupPassphrase}
              onChange={(e) => setBackupPassphrase(e.currentTarget.value)}
              data-testid="restore-backup-passphrase"
            />
            {restoreError && <Alert color="red">{restoreError}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setTarget(null)} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" color="orange" loading={busy} disabled={passphrase === ''} data-testid="confirm-restore">
                Restore
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Section>
  );
}
