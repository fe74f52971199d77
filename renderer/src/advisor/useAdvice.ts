import { useCallback, useEffect, useState } from 'react';
import type { AdvisorList } from '../../../shared/ipc/features/advisor.contract';
import type { PeerSummary } from '../../../shared/ipc/contract';
import { call, compeer, messageOf } from '../api';
import { useLogVersion } from '../interactions/log-store';

/** Every suggestion and the peers' names, reloaded after an action or a logged interaction. */
export function useAdvice() {
  const log = useLogVersion();
  const [data, setData] = useState<AdvisorList | null>(null);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => {
    let live = true;
    Promise.all([call(compeer().advisor.list({})), call(compeer().peers.list())]).then(
      ([list, peers]: [AdvisorList, PeerSummary[]]) => {
        if (!live) return;
        setData(list);
        setNames(new Map(peers.map((p) => [p.id, p.name])));
        setError(null);
      },
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [tick, log]);
  return { data, names, error, reload };
}
