import { useCallback, useEffect, useState } from 'react';
import type { IpcResult } from '../../../shared/ipc/result';
import { call, messageOf } from '../api';
import { useGroupsChanged } from './openers';

/**
 * Data from main for one of this feature's screens, loaded on mount, when `load` changes
 * (make it with useCallback), and whenever groups, goals or opportunities change anywhere
 * (a dialog saved, an item ticked).
 */
export function useGroupsData<T>(load: () => Promise<IpcResult<T>>) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useGroupsChanged(reload);
  useEffect(() => {
    let live = true;
    call(load()).then(
      (d) => {
        if (!live) return;
        setData(d);
        setError(null);
      },
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [load, version]);
  return { data, error, reload };
}
