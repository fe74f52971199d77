import { Button } from '@mantine/core';
import { IconMessageCircle, IconNotes } from '@tabler/icons-react';
import type { PeerPartProps } from '../peers/peer-part';
import { openDebrief, openPrep } from './openers';

/** Prepare a conversation, debrief one. */
export function JournalPeerActions({ peer }: PeerPartProps) {
  return (
    <>
      <Button
        variant="light"
        size="xs"
        leftSection={<IconMessageCircle size={14} />}
        onClick={() => openPrep(peer.id)}
        data-testid="prepare-conversation"
      >
        Prepare
      </Button>
      <Button
        variant="light"
        size="xs"
        color="grape"
        leftSection={<IconNotes size={14} />}
        onClick={() => openDebrief(peer.id)}
        data-testid="debrief-conversation"
      >
        Debrief
      </Button>
    </>
  );
}
