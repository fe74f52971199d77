import { Text } from '@mantine/core';
import type { PeerPartProps } from '../peers/peer-page';

/** Journal entries and notes about this peer (placeholder until its feature lands). */
export function JournalPeerTab(_props: PeerPartProps) {
  return (
    <Text size="sm" c="dimmed">
      Coming in a later version.
    </Text>
  );
}
