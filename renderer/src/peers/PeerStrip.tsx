import { Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { IconBulb, IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useId, useState, type ComponentType } from 'react';
import { whenText } from '../../../shared/domain/life-events';
import { useVaultQuery } from '../data/queries';
import { nearLifeEvents } from '../interactions/InteractionsPeerBanner';
import { LIFE_EVENT_LABEL } from '../interactions/labels';
import type { PeerPartProps } from './peer-part';

/** The advisor's cards shown on a peer's page (the Advisor screen has the rest). */
export const PEER_ADVICE_SHOWN = 3;

/**
 * Suggestions, patterns and news about this peer in one strip, folded to a line that names
 * them: the page is about the person, so their story comes first and what the app has to
 * say waits one click away. Unfolded, each feature's banner shows in full.
 */
export function PeerStrip({ part, banners }: { part: PeerPartProps; banners: readonly ComponentType<PeerPartProps>[] }) {
  const peerId = part.peer.id;
  const overview = useVaultQuery('interactions:peerOverview', { peerId });
  const advice = useVaultQuery('advisor:forPeer', { peerId });
  const [open, setOpen] = useState(false);
  const id = useId();
  const titles = [
    ...nearLifeEvents(overview.data?.lifeEvents ?? []).map((m) => `${LIFE_EVENT_LABEL[m.event.kind]} ${whenText(m.inDays)}`),
    ...(overview.data?.patterns ?? []).map((p) => p.title),
    ...(advice.data ?? []).slice(0, PEER_ADVICE_SHOWN).map((s) => s.title),
  ];
  // an advisor that could not run says so in its banner: show it rather than nothing
  if (titles.length === 0 && !advice.error) return null;
  const shown = open || (titles.length === 0 && !!advice.error);
  return (
    <Paper withBorder radius="md" px="sm" py={6} data-testid="peer-strip">
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
          <IconBulb size={16} stroke={1.6} style={{ flexShrink: 0 }} aria-hidden />
          <Text size="sm" lineClamp={1} data-testid="peer-strip-summary">
            <Text span size="sm" fw={600}>
              {titles.length === 1 ? '1 thing worth a look' : `${titles.length} things worth a look`}
            </Text>
            {titles.length > 0 && (
              <Text span size="sm" c="dimmed">
                : {titles.join(' · ')}
              </Text>
            )}
          </Text>
        </Group>
        <Button
          size="compact-xs"
          variant="subtle"
          rightSection={shown ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
          onClick={() => setOpen((o) => !o)}
          aria-expanded={shown}
          aria-controls={id}
          style={{ flexShrink: 0 }}
        >
          {shown ? 'Hide' : 'Show'}
        </Button>
      </Group>
      <Collapse expanded={shown} keepMounted id={id}>
        <Stack gap="xs" pt="xs" pb={4}>
          {banners.map((Banner, i) => (
            <Banner key={i} {...part} />
          ))}
        </Stack>
      </Collapse>
    </Paper>
  );
}
