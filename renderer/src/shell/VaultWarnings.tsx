import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { VaultWarnings as Warnings } from '../../../shared/ipc/contract';

/** What the vault file's checks found at unlock, in plain words, with the way out: a backup. */
export function describeWarnings(w: Warnings): string[] {
  const out: string[] = [];
  if (w.missingRecords > 0) {
    out.push(
      `The vault file is shorter than when it was last saved: ${w.missingRecords} saved change${w.missingRecords === 1 ? ' is' : 's are'} missing. It may have been cut short or replaced by an older copy.`,
    );
  }
  if (w.commitUnreadable) out.push("The vault file's record of how many changes were saved is damaged, so Compeer cannot tell whether changes are missing.");
  if (w.possibleRollback) out.push('This vault is not newer than its newest backup. If you did not put an older copy back yourself, someone may have replaced it.');
  if (w.droppedTornRecord) out.push('A change that was being written when Compeer or the computer stopped was set aside; it had not been saved. A copy of the file as it was is in the backups.');
  if (w.invalidRecord) out.push(`A record in your vault does not match what this version of Compeer expects (${w.invalidRecord}). Everything else works; a backup may hold it as it was.`);
  if (w.compactionError) out.push(`Compeer could not write the vault afresh (${w.compactionError}). Your changes are safe as saved changes; it will try again.`);
  return out;
}

export function VaultWarnings({ warnings, onOpenBackups }: { warnings: Warnings | undefined; onOpenBackups: () => void }) {
  // dismissed for what it said then: anything new shows again
  const [dismissed, setDismissed] = useState<string | null>(null);
  const lines = warnings ? describeWarnings(warnings) : [];
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
