import { useCallback, useEffect, useState } from 'react';
import type { PeerSummary } from '../../../shared/ipc/contract';
import type { Tie } from '../../../shared/schema/document';
import { call, compeer, messageOf } from '../api';

/** The peer list and ties from main, with a reload after every change. */
export function usePeers() {
  const [peers, setPeers] = useState<PeerSummary[] | null>(null);
  const [ties, setTies] = useState<Tie[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.all([call(compeer().peers.list()), call(compeer().ties.list())]).then(
      ([p, t]) => {
        if (!live) return;
        setPeers(p);
        setTies(t);
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
  return { peers, ties, error, reload };
}
