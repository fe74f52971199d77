import { Button, Group, Stack, Text } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState } from 'react';
import type { PeerDetail } from '../../../shared/ipc/contract';
import { send } from '../data/channel';
import { showError } from '../data/ErrorNote';

/** A peer's notes: confidential ones hidden until revealed, here only (hidden again when the peer changes or the page goes). */
export function PeerNotes({ peer }: { peer: PeerDetail }) {
  const [notes, setNotes] = useState<string | null>(null);
  const reveal = () =>
    void send('peers:revealNotes', { id: peer.id }).then(
      (r) => setNotes(r.notes),
      (e: unknown) => showError(e),
    );
  if (peer.notesHidden && notes === null)
    return (
      <Group>
        <Text size="sm" c="dimmed">
          Confidential notes, hidden.
        </Text>
        <Button size="xs" variant="light" leftSection={<IconEye size={14} />} onClick={reveal} data-testid="reveal-notes">
          Reveal
        </Button>
      </Group>
    );
  return (
    <Stack gap={4}>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="notes-text">
        {notes ?? peer.notes ?? ''}
        {!(notes ?? peer.notes) && (
          <Text span c="dimmed">
            No notes.
          </Text>
        )}
      </Text>
      {notes !== null && (
        <Button size="xs" variant="subtle" w="fit-content" leftSection={<IconEyeOff size={14} />} onClick={() => setNotes(null)}>
          Hide again
        </Button>
      )}
    </Stack>
  );
}
