import { Text } from '@mantine/core';
import type { PeerPartProps } from '../peers/peer-page';

/** The interaction timeline, the balance over time, given and received by kind (placeholder until its feature lands). */
export function InteractionsPeerTab(_props: PeerPartProps) {
  return (
    <Text size="sm" c="dimmed">
      Coming in a later version.
    </Text>
  );
}
