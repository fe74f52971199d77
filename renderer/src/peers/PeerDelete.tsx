import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { PeerDetail } from '../../../shared/ipc/contract';
import { send } from '../data/channel';
import { showError } from '../data/ErrorNote';

/** Delete the peer, after asking; undone from the notice until Compeer locks. */
export function PeerDelete({
  peer,
  onClose,
  onChanged,
  onOpenPeer,
}: {
  peer: PeerDetail;
  onClose: () => void;
  onChanged: () => Promise<void>;
  onOpenPeer: (id: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);

  // the page closes first: nothing on it asks again about a peer no longer there
  const remove = async () => {
    setConfirming(false);
    onClose();
    try {
      const r = await send('peers:delete', { ids: [peer.id] });
      await onChanged();
      const id = `deleted-${r.token}`;
      notifications.show({
        id,
        autoClose: 10_000,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              Deleted {peer.name}
              {r.ties ? ` and ${r.ties} tie${r.ties === 1 ? '' : 's'}` : ''}.
            </Text>
            <Button
              size="xs"
              variant="light"
              data-testid="undo-delete"
              onClick={() =>
                void send('peers:undoDelete', { token: r.token }).then(async () => {
                  notifications.hide(id);
                  await onChanged();
                  onOpenPeer(peer.id);
                })
              }
            >
              Undo
            </Button>
          </Group>
        ),
      });
    } catch (e) {
      showError(e);
    }
  };

  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={14} />}
        onClick={() => setConfirming(true)}
        data-testid="delete-peer"
      >
        Delete
      </Button>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={`Delete ${peer.name}?`} centered>
        <Stack>
          <Text size="sm">
            Their details, notes, ties, life events and the interactions with them alone are removed from your vault (group interactions
            keep the others). You can undo this until Compeer locks.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button color="red" onClick={() => void remove()} data-testid="confirm-delete">
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
