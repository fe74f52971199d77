import { keepPreviousData, QueryClient, QueryClientProvider, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import type { Channel } from '../../../shared/ipc/channels';
import type { Input, Result } from '../../../shared/ipc/contract';
import { invoke, onChangeSent, onVaultEvent, type ChannelArgs } from './channel';

/**
 * The unlocked screens' data: read with useVaultQuery (cached by channel and input, shown at
 * once on a revisit and asked again behind it), asked again after every change (sent from
 * here, or told by main's `vault:changed`). The cache is memory only and is emptied when the
 * vault locks: no persister, nothing written anywhere.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // main's errors are plain words about the vault (locked, not found): asking again would say the same
      retry: false,
      // the vault changes only through main, which tells the window (vault:changed)
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    },
  },
});

/** A query's key: the channel's area and verb, then its input when it has one. */
export function vaultKey<C extends Channel>(channel: C, ...[input]: ChannelArgs<C>): readonly unknown[] {
  const [area, verb] = channel.split(':') as [string, string];
  return input === undefined ? [area, verb] : [area, verb, input];
}

/** Queries read once (what an editor opens with), never asked again behind the person's typing. */
const refreshed = { predicate: (q: { meta?: Record<string, unknown> }) => q.meta?.once !== true };

export interface VaultQueryOptions {
  enabled?: boolean;
  /**
   * Read once for this screen's life (an entry the editor opens, then edits): not asked again
   * after a change, and dropped as soon as no screen shows it (its text may be confidential).
   */
  once?: boolean;
  /** while the next input's answer is on its way (or the query is turned off), show the last one */
  keepPrevious?: boolean;
  /** a fresh answer equal to the kept one by this rule keeps the kept one, so nothing showing it re-renders */
  same?: (kept: never, fresh: never) => boolean;
}

const sharing = (same: (kept: unknown, fresh: unknown) => boolean) => (kept: unknown, fresh: unknown) =>
  kept !== undefined && same(kept, fresh) ? kept : fresh;

/** A screen's data from one channel: loaded on mount, kept while the vault is open, asked again after every change. */
export function useVaultQuery<C extends Channel>(
  channel: C,
  input: Input<C>,
  options: VaultQueryOptions = {},
): UseQueryResult<Result<C>, Error> {
  const key = vaultKey(channel, ...([input] as ChannelArgs<C>));
  return useQuery({
    // a query read once is a query of its own: the screens' copy of the same channel stays refreshed
    queryKey: options.once ? ['once', ...key] : key,
    queryFn: () => invoke(channel, input),
    enabled: options.enabled,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    ...(options.same ? { structuralSharing: sharing(options.same as (kept: unknown, fresh: unknown) => boolean) } : {}),
    ...(options.once ? { staleTime: Infinity, gcTime: 0, meta: { once: true } } : {}),
  });
}

/**
 * The unlocked app's data cache (its provider lives in the unlocked app, whose chunk alone
 * carries the query library): refreshed by every change, emptied on every lock and when the
 * unlocked screens go.
 */
export function DataProvider({ children }: { children: ReactNode }) {
  useEffect(() => connectCache(queryClient), []);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/**
 * Tie a cache to the vault: a change sent from here or told by main (`vault:changed`) asks
 * every query on view again; a lock, and the end of the unlocked screens, empty it.
 * Returns the function that unties it.
 */
export function connectCache(client: QueryClient): () => void {
  const refresh = () => client.invalidateQueries(refreshed, { cancelRefetch: false });
  const offSent = onChangeSent((channel) => (channel === 'vault:lock' ? client.clear() : refresh()));
  const offChanged = onVaultEvent('vault:changed', () => void client.invalidateQueries(refreshed));
  const offLocked = onVaultEvent('vault:locked', () => client.clear());
  return () => {
    offSent();
    offChanged();
    offLocked();
    client.clear();
  };
}
