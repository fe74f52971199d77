import { useCallback, useEffect, useState } from 'react';
import type { PeerSummary } from '../../../shared/ipc/contract';
import { call, compeer, messageOf } from '../api';

/** The peer list from main, with a reload after every change. */
export function usePeers() {
  const [peers, setPeers] = useState<PeerSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    call(compeer().peers.list()).then(
      (p) => {
        if (!live) return;
        setPeers(p);
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
  return { peers, error, reload, version };
}
