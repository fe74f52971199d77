import { Badge, Group, Paper, Text } from '@mantine/core';
import { forwardRef, useImperativeHandle, useState } from 'react';
import type { MapData } from '../../../shared/ipc/contract';
import { PEER_TYPE_COLOR, PEER_TYPE_LABEL } from '../peers/labels';

export interface MapHoverCardHandle {
  show: (peer: MapData['nodes'][number] | undefined, at: { x: number; y: number } | null) => void;
}

/**
 * The card beside the peer under the pointer. It keeps its own state, so following the
 * pointer re-renders this card alone, not the map page.
 */
export const MapHoverCard = forwardRef<MapHoverCardHandle>(function MapHoverCard(_props, ref) {
  const [hover, setHover] = useState<{ peer: MapData['nodes'][number]; x: number; y: number } | null>(null);
  useImperativeHandle(ref, () => ({ show: (peer, at) => setHover(peer && at ? { peer, ...at } : null) }), []);
  if (!hover) return null;
  const { peer } = hover;
  return (
    <Paper
      shadow="md"
      withBorder
      p="xs"
      radius="md"
      style={{ position: 'absolute', left: hover.x + 14, top: hover.y + 14, pointerEvents: 'none', maxWidth: 260 }}
      data-testid="map-hover"
    >
      <Text size="sm" fw={600}>
        {peer.name}
      </Text>
      <Text size="xs" c="dimmed">
        {[peer.role, peer.company].filter(Boolean).join(' · ')}
      </Text>
      <Group gap={4} mt={4}>
        {peer.peerTypes.map((t) => (
          <Badge key={t} size="xs" variant="light" color={PEER_TYPE_COLOR[t]}>
            {PEER_TYPE_LABEL[t]}
          </Badge>
        ))}
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        Click to open
      </Text>
    </Paper>
  );
});
