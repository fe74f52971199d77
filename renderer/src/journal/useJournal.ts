import { useCallback } from 'react';
import { dayOf } from '../../../shared/domain/days';
import type { JournalSummary } from '../../../shared/domain/journal/summaries';
import type { PeerName } from '../../../shared/ipc/features/journal.contract';
import { queryClient, useVaultQuery, vaultKey } from '../data/queries';

const NO_PEERS: PeerName[] = [];

/** The journal's entries (masked summaries) and the peers to name in them, asked again after every change. */
export function useJournal() {
  const q = useVaultQuery('journal:list', undefined);
  const reload = useCallback(async () => {
    await q.refetch();
  }, [q]);
  // show a saved or deleted entry in the list at once, before the list is asked again
  const setEntries = useCallback((update: (list: JournalSummary[] | null) => JournalSummary[]) => {
    queryClient.setQueryData(vaultKey('journal:list'), (old: { entries: JournalSummary[]; peers: PeerName[] } | undefined) =>
      old ? { ...old, entries: update(old.entries) } : old,
    );
  }, []);
  return { entries: q.data?.entries ?? null, peers: q.data?.peers ?? NO_PEERS, error: q.error, reload, setEntries };
}

/** Today as the user's calendar sees it (local time), YYYY-MM-DD. */
export const localToday = (d = new Date()): string => dayOf(d);
