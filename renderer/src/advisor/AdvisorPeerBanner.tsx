import { Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AdvisedSuggestion } from '../../../shared/domain/advisor';
import { call, compeer } from '../api';
import { useLogVersion } from '../interactions/log-store';
import type { PeerPartProps } from '../peers/peer-page';
import { SuggestionCard } from './SuggestionCard';

/** The advisor's suggestions about this peer, above their tabs (folded: "Why?" opens the reasons). */
export function AdvisorPeerBanner({ peer, peers, version, onChanged, onOpenPeer }: PeerPartProps) {
  const log = useLogVersion();
  const [items, setItems] = useState<AdvisedSuggestion[]>([]);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    call(compeer().advisor.forPeer({ peerId: peer.id })).then(
      (s) => live && setItems(s.slice(0, 3)),
      () => live && setItems([]),
    );
    return () => {
      live = false;
    };
  }, [peer.id, version, log, tick]);
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
