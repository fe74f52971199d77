import { useCallback, useEffect, useState } from 'react';
import type { JournalSummary } from '../../../shared/domain/journal/summaries';
import type { PeerSummary } from '../../../shared/ipc/contract';
import { call, compeer, messageOf } from '../api';

/** The journal's entries (masked summaries) and the peers to name in them. */
export function useJournal() {
  const [entries, setEntries] = useState<JournalSummary[] | null>(null);
  const [peers, setPeers] = useState<PeerSummary[]>([]);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [list, ps] = await Promise.all([call(compeer().journal.list()), call(compeer().peers.list())]);
      setEntries(list);
      setPeers(ps);
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { entries, peers, error, reload, setEntries };
}

/** Today as the user's calendar sees it (local time), YYYY-MM-DD. */
export function localToday(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
