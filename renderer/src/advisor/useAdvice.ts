import { useMemo } from 'react';
import { useVaultQuery } from '../data/queries';

/** Every suggestion and the peers' names, asked again after every change. */
export function useAdvice() {
  const list = useVaultQuery('advisor:list', {});
  const peers = useVaultQuery('peers:list', undefined);
  const names = useMemo(() => new Map((peers.data ?? []).map((p) => [p.id, p.name])), [peers.data]);
  return {
    data: list.data && peers.data ? list.data : null,
    names,
    error: list.error ?? peers.error,
    reload: () => void Promise.all([list.refetch(), peers.refetch()]),
  };
}
