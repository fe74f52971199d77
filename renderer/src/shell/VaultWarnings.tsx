import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { momentWords } from '../../../shared/date-words';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconLockExclamation } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { lossSentence, lostChanges } from '../../../shared/domain/vault-loss';
import type { VaultLoss, VaultWarnings as Warnings } from '../../../shared/ipc/contract';
import { ApiError } from '../api';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { ErrorNote } from '../data/ErrorNote';

const when = (iso: string) => momentWords(iso);

/** What the vault file's checks found at unlock, in plain words, with the way out: a backup. */
export function describeWarnings(w: Warnings): string[] {
  const out: string[] = [];
  // the loss, when there is one, is said on its own above these (it covers a file cut short)
  if (w.missingRecords > 0 && !w.loss) {
    out.push(
      `The vault file is shorter than when it was last saved: ${w.missingRecords} saved change${w.missingRecords === 1 ? ' is' : 's are'} missing. It may have been cut short or replaced by an older copy.`,
    );
  }
  if (w.commitUnreadable && !w.loss)
    out.push("The vault file's record of how many changes were saved is damaged, so Compeer cannot tell whether changes are missing.");
  if (w.possibleRollback)
    out.push(
      'This vault is not newer than its newest backup. If you did not put an older copy back yourself, someone may have replaced it.',
    );
  if (w.markUnverified) {
    out.push(
      "Compeer's record of this vault's newest save does not check out (it was changed, or this file is a copy from before a passphrase change), so Compeer cannot tell whether an older copy was put back.",
    );
  }
  if (w.droppedTornRecord)
    out.push(
      'A change that was being written when Compeer or the computer stopped was set aside; it had not been saved. A copy of the file as it was is in the backups.',
    );
  if (w.invalidRecord)
    out.push(
      `A record in your vault does not match what this version of Compeer expects (${w.invalidRecord}). Everything else works; a backup may hold it as it was.`,
    );
  if (w.compactionError)
    out.push(`Compeer could not write the vault afresh (${w.compactionError}). Your changes are safe as saved changes; it will try again.`);
  if (w.sharedProblem)
    out.push(
      `Your latest changes could not be written to the shared folder yet (${w.sharedProblem}). They are saved on this device and sent with the next change, and again when you lock.`,
    );
  return out;
}

/**
 * While saved changes are missing the vault is read-only: a save refused for that reason
 * (anywhere in the app, also where a screen does not expect a refusal) is said in a
 * notification, never left as an unhandled error.
 */
function useReadOnlyRefusals(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const onRejection = (e: PromiseRejectionEvent) => {
      if (!(e.reason instanceof ApiError) || e.reason.code !== 'CHANGES_MISSING') return;
      e.preventDefault();
      notifications.show({ id: 'read-only', color: 'red', title: 'Not saved: your vault is read-only', message: e.reason.message });
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('unhandledrejection', onRejection);
      // chosen (or locked): a refusal said before is no longer true
      notifications.hide('read-only');
    };
  }, [active]);
}

/** Saved changes are missing: the two ways on, restore a backup that has them or go on without them. */
function LossNotice({ loss, onOpenBackups, onRestore }: { loss: VaultLoss; onOpenBackups: () => void; onRestore: (name: string) => void }) {
  const { reload } = useSession();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      await send('vault:acceptLoss');
      setConfirming(false);
      await reload();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <>
      <Text size="sm" fw={600}>
        {lossSentence(loss)}
      </Text>
      <Text size="sm">
        So that nothing hides the loss, Compeer opened your vault read-only: you can look at everything, but nothing is saved until you
        choose one of these.
      </Text>
      <Text size="sm" data-testid="loss-backup">
        {loss.backup
          ? `The backup from ${when(loss.backup.createdAt)} holds them: restoring it brings them back.`
          : 'No backup holds them. If you have a newer copy of this vault (on another computer, or kept by a sync tool), put it in place of this one instead.'}
      </Text>
      <Group gap="xs" mt="xs">
        {loss.backup && (
          <Button size="xs" color="red" onClick={() => onRestore(loss.backup!.name)} data-testid="restore-loss-backup">
            Restore that backup…
          </Button>
        )}
        <Button size="xs" variant="light" color="red" onClick={onOpenBackups}>
          See backups
        </Button>
        <Button size="xs" variant="default" onClick={() => (setConfirming(true), setError(null))} data-testid="accept-loss">
          Go on without them…
        </Button>
      </Group>
      <Modal opened={confirming} onClose={() => !busy && setConfirming(false)} title="Go on without the missing changes?" centered>
        <Stack>
          <Text size="sm">
            Your vault will be written afresh as it is now, without {lostChanges(loss)}. The file as it is now is kept in the backups first,
            so you can still go back to it.
          </Text>
          <Text size="sm">Settings, Backups will show that you chose this, and when.</Text>
          <ErrorNote error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={busy}>
              Cancel
            </Button>
            <Button color="red" loading={busy} onClick={() => void accept()} data-testid="confirm-accept-loss">
              Go on without them
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

export function VaultWarnings({
  warnings,
  onOpenBackups,
  onRestore,
}: {
  warnings: Warnings | undefined;
  onOpenBackups: () => void;
  /** go to the backups with the restore of this one open */
  onRestore: (name: string) => void;
}) {
  // dismissed for what it said then: anything new shows again
  const [dismissed, setDismissed] = useState<string | null>(null);
  const loss = warnings?.loss ?? null;
  useReadOnlyRefusals(loss !== null);
  const lines = warnings ? describeWarnings(warnings) : [];
  if (loss) {
    // not dismissable: it goes only when the person has chosen
    return (
      <Alert
        color="red"
        icon={<IconLockExclamation size={18} />}
        title="Saved changes are missing: your vault is read-only"
        mb="md"
        data-testid="vault-warnings"
        role="alert"
      >
        <Stack gap={6}>
          <LossNotice loss={loss} onOpenBackups={onOpenBackups} onRestore={onRestore} />
          {lines.map((l) => (
            <Text size="sm" key={l}>
              {l}
            </Text>
          ))}
        </Stack>
      </Alert>
    );
  }
  if (lines.length === 0 || dismissed === lines.join('\n')) return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Your vault file needs a look" mb="md" data-testid="vault-warnings">
      {lines.map((l) => (
        <Text size="sm" key={l}>
          {l}
        </Text>
      ))}
      <Group gap="xs" mt="xs">
        <Button size="xs" variant="light" color="orange" onClick={onOpenBackups}>
          See backups
        </Button>
        <Button size="xs" variant="subtle" color="gray" onClick={() => setDismissed(lines.join('\n'))}>
          Dismiss
        </Button>
      </Group>
    </Alert>
  );
}
