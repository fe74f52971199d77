import { Button } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import type { PeerPartProps } from '../peers/peer-part';
import { openLogInteraction } from './log-store';

/** Log an interaction with this peer (the dialog starts with them). */
export function InteractionsPeerActions({ peer, onChanged }: PeerPartProps) {
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconMessagePlus size={14} />}
      onClick={() => openLogInteraction({ peerIds: [peer.id], onSaved: () => void onChanged() })}
      data-testid="log-with-peer"
    >
      Log interaction
    </Button>
  );
}
