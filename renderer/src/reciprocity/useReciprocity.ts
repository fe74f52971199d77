import { useEffect, useState } from 'react';
import type { WindowChoice } from '../../../shared/domain/reciprocity';
import type { NetworkReciprocity, PeerReciprocityView } from '../../../shared/ipc/features/interactions.contract';
import { call, compeer, messageOf } from '../api';
import { useLogVersion } from '../interactions/log-store';

/** The network's reciprocity over a window, refetched when the window or the log changes. */
export function useNetworkReciprocity(choice: WindowChoice) {
  const version = useLogVersion();
  const [data, setData] = useState<NetworkReciprocity | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call(compeer().reciprocity.network({ window: choice })).then(
      (d) => live && (setData(d), setError(null)),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [choice, version]);
  return { data, error };
}

/** One peer's reciprocity over a window. */
export function usePeerReciprocity(peerId: string, choice: WindowChoice, reload: number) {
  const version = useLogVersion();
  const [data, setData] = useState<PeerReciprocityView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call(compeer().reciprocity.peer({ peerId, window: choice })).then(
      (d) => live && (setData(d), setError(null)),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [peerId, choice, version, reload]);
  return { data, error };
}
