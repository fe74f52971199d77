import { Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AdvisedSuggestion } from '../../../shared/domain/advisor';
import { call, compeer, messageOf } from '../api';
import { useLogVersion } from '../interactions/log-store';
import type { PeerPartProps } from '../peers/peer-part';
import { SuggestionCard } from './SuggestionCard';

/** The advisor's suggestions about this peer, above their tabs (folded: "Why?" opens the reasons). */
export function AdvisorPeerBanner({ peer, peers, version, onChanged, onOpenPeer }: PeerPartProps) {
  const log = useLogVersion();
  const [items, setItems] = useState<AdvisedSuggestion[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    call(compeer().advisor.forPeer({ peerId: peer.id })).then(
      (s) => {
        if (!live) return;
        setItems(s.slice(0, 3));
        setError(null);
      },
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [peer.id, version, log, tick]);
  if (error)
    return (
      <Text size="sm" c="red" role="alert">
        The advisor could not run: {error}
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
          onChanged={() => {
            setTick((t) => t + 1);
            void onChanged();
          }}
        />
      ))}
    </Stack>
  );
}
