import { useEffect } from 'react';
import { usePeerStore } from './peer-store';

/**
 * The peer list: the kept one at once (peer-store.tsx), checked against main's behind it,
 * with its search index; `reload` after a change.
 */
export function usePeers() {
  const { peers, index, error, version, revalidate, reload } = usePeerStore();
  useEffect(() => {
    void revalidate();
  }, [revalidate]);
  return { peers, index, error, reload, version };
}
