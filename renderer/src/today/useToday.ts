import { useVaultQuery } from '../data/queries';

/** Today's lists from main, asked again after every change. */
export function useToday() {
  const q = useVaultQuery('today:data', undefined);
  return { data: q.data ?? null, error: q.error, reload: () => void q.refetch() };
}
