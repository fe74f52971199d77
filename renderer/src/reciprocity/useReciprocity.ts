import type { WindowChoice } from '../../../shared/domain/reciprocity';
import { useVaultQuery } from '../data/queries';

/** The network's reciprocity over a window, asked again when the window or the vault changes. */
export function useNetworkReciprocity(choice: WindowChoice) {
  const q = useVaultQuery('reciprocity:network', { window: choice });
  return { data: q.data ?? null, error: q.error };
}

/** One peer's reciprocity over a window. */
export function usePeerReciprocity(peerId: string, choice: WindowChoice) {
  const q = useVaultQuery('reciprocity:peer', { peerId, window: choice });
  return { data: q.data ?? null, error: q.error };
}
