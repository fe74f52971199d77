import { useCallback, useEffect, useState } from 'react';
import { dayOf } from '../../../shared/domain/days';
import type { JournalSummary } from '../../../shared/domain/journal/summaries';
import type { PeerName } from '../../../shared/ipc/features/journal.contract';
import { call, compeer, messageOf } from '../api';

/** The journal's entries (masked summaries) and the peers to name in them, reloaded on demand. */
export function useJournal() {
  const [entries, setEntries] = useState<JournalSummary[] | null>(null);
  const [peers, setPeers] = useState<PeerName[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    call(compeer().journal.list()).then(
      (r) => {
        if (!live) return;
        setEntries(r.entries);
        setPeers(r.peers);
        setError(null);
      },
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [version]);

  const reload = useCallback(() => {
    setVersion((v) => v + 1);
    return Promise.resolve();
  }, []);

  return { entries, peers, error, reload, setEntries };
}

/** Today as the user's calendar sees it (local time), YYYY-MM-DD. */
export const localToday = (d = new Date()): string => dayOf(d);
