import { Text } from '@mantine/core';
import type { PeerPartProps } from '../peers/peer-page';

/** This peer's groups, their goals and action items (placeholder until its feature lands). */
export function GroupsPeerTab(_props: PeerPartProps) {
  return (
    <Text size="sm" c="dimmed">
      Coming in a later version.
    </Text>
  );
}
