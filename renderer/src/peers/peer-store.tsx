import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { indexPeers, type PeerIndex } from '../../../shared/domain/peer-filter';
import type { PeerSummary } from '../../../shared/ipc/contract';
import { messageOf } from '../api';
import { useVaultQuery } from '../data/queries';
import { sameSummaries } from './same-summaries';

interface PeerStore {
  peers: PeerSummary[] | null;
  /** the kept list prepared for search and sorting, kept with it (sorted once, not per visit) */
  index: PeerIndex<PeerSummary>;
  error: string | null;
  /** changes after every answer from main: pages that show more than the list may key on it */
  version: number;
  /** check the kept list against main's (on opening a screen); it stays if nothing in it changed */
  revalidate: () => Promise<void>;
  /** fetch the list again (every change already does) */
  reload: () => Promise<void>;
}

const PeerStoreContext = createContext<PeerStore | null>(null);

/**
 * The peer summaries, read once and kept for the unlocked session in the data cache (asked
 * again after every change, dropped on lock). Screens show the kept list at once; a fresh
 * list equal to the kept one changes nothing, so nothing re-renders or re-sorts.
 */
export function PeerStoreProvider({ children }: { children: ReactNode }) {
  const q = useVaultQuery('peers:list', undefined, { same: sameSummaries });
  const { refetch } = q;
  const peers = q.data ?? null;
  const revalidate = useCallback(async () => {
    await refetch({ cancelRefetch: false });
  }, [refetch]);
  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);
  const index = useMemo(() => indexPeers(peers ?? []), [peers]);
  const error = q.error ? messageOf(q.error) : null;
  const store = useMemo(
    () => ({ peers, index, error, version: q.dataUpdatedAt, revalidate, reload }),
    [peers, index, error, q.dataUpdatedAt, revalidate, reload],
  );
  return <PeerStoreContext.Provider value={store}>{children}</PeerStoreContext.Provider>;
}

export function usePeerStore(): PeerStore {
  const store = useContext(PeerStoreContext);
  if (!store) throw new Error('usePeerStore outside PeerStoreProvider');
  return store;
}
