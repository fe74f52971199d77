import { useCallback, useEffect, useState } from 'react';
import type { TodayData } from '../../../shared/domain/today';
import { call, compeer, messageOf } from '../api';
import { useLogVersion } from '../interactions/log-store';

/** Today's lists from main, refetched after every change to the log and after each action here. */
export function useToday() {
  const version = useLogVersion();
  const [data, setData] = useState<TodayData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    call(compeer().today.data()).then(
      (d) => live && (setData(d), setError(null)),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [version, n]);
  const reload = useCallback(() => setN((x) => x + 1), []);
  return { data, error, reload };
}
