import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { indexPeers, type PeerIndex } from '../../../shared/domain/peer-filter';
import type { PeerSummary } from '../../../shared/ipc/contract';
import { messageOf } from '../api';
import { send } from '../data/channel';
import { sameSummaries } from './same-summaries';

interface PeerStore {
  peers: PeerSummary[] | null;
  /** the kept list prepared for search and sorting, kept with it (sorted once, not per visit) */
  index: PeerIndex<PeerSummary>;
  error: string | null;
  /** bumps after every reload and whenever the kept list was replaced: pages that show more than the list refetch on it */
  version: number;
  /** check the kept list against main's (on opening a screen); it stays if nothing in it changed */
  revalidate: () => Promise<void>;
  /** after a change: fetch the list again, and tell the pages (version) */
  reload: () => Promise<void>;
}

const PeerStoreContext = createContext<PeerStore | null>(null);

/**
 * The peer summaries, fetched once and kept for the unlocked session (the provider lives in
 * the unlocked app, so a lock drops it with everything else). Screens show the kept list at
 * once and ask for a fresh one behind it; a fresh list equal to the kept one changes nothing,
 * so nothing re-renders or re-sorts.
 */
export function PeerStoreProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ peers: PeerSummary[] | null; error: string | null; version: number }>({
    peers: null,
    error: null,
    version: 0,
  });
  const kept = useRef<PeerSummary[] | null>(null);
  const pending = useRef<Promise<void> | null>(null);

  const fetchList = useCallback(async (changed: boolean) => {
    try {
      const fresh = await send('peers:list');
      const same = kept.current !== null && sameSummaries(kept.current, fresh);
      if (!same) kept.current = fresh;
      if (!same || changed) setState((s) => ({ peers: kept.current, error: null, version: s.version + 1 }));
    } catch (e) {
      setState((s) => ({ ...s, error: messageOf(e) }));
    }
  }, []);
  // one check at a time; a reload after a change always asks anew (a check in flight may predate it)
  const revalidate = useCallback(() => (pending.current ??= fetchList(false).finally(() => (pending.current = null))), [fetchList]);
  const reload = useCallback(() => fetchList(true), [fetchList]);

  const index = useMemo(() => indexPeers(state.peers ?? []), [state.peers]);
  const store = useMemo(() => ({ ...state, index, revalidate, reload }), [state, index, revalidate, reload]);
  return <PeerStoreContext.Provider value={store}>{children}</PeerStoreContext.Provider>;
}

export function usePeerStore(): PeerStore {
  const store = useContext(PeerStoreContext);
  if (!store) throw new Error('usePeerStore outside PeerStoreProvider');
  return store;
}
