import { Stack, Text } from '@mantine/core';
import type { AdvisedSuggestion } from '../../../shared/domain/advisor';
import { messageOf } from '../api';
import { useVaultQuery } from '../data/queries';
import type { PeerPartProps } from '../peers/peer-part';
import { SuggestionCard } from './SuggestionCard';

/** The advisor's suggestions about this peer, above their tabs (folded: "Why?" opens the reasons). */
export function AdvisorPeerBanner({ peer, peers, onChanged, onOpenPeer }: PeerPartProps) {
  const { data, error } = useVaultQuery('advisor:forPeer', { peerId: peer.id });
  const items: AdvisedSuggestion[] = data?.slice(0, 3) ?? [];
  if (error)
    return (
      <Text size="sm" c="red" role="alert">
        The advisor could not run: {messageOf(error)}
      </Text>
    );
  if (items.length === 0) return null;
  const names = new Map(peers.map((p) => [p.id, p.name]));
  return (
    <Stack gap="xs" data-testid="peer-advice">
      {items.map((s) => (
        <SuggestionCard
          key={s.id}
          s={s}
          compact
          nameOf={(id) => (id === peer.id ? undefined : names.get(id))}
          onOpenPeer={onOpenPeer}
          onChanged={() => void onChanged()}
        />
      ))}
    </Stack>
  );
}
