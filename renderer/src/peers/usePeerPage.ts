import { useEffect, useMemo } from 'react';
import type { PeerFilter, PeerSort } from '../../../shared/domain/peer-filter';
import type { PeerRow } from '../../../shared/ipc/contract';
import { messageOf } from '../api';
import { useVaultQuery } from '../data/queries';

/** The first answer: a screenful and a little more, so the list shows before the rest arrives. */
export const FIRST_ROWS = 60;
/** The rest, in one answer (the vault holds at most this many peers in a list). */
const REST = 1_000_000;

export interface PeerPageView {
  /** the rows found so far, in order: the first answer's, then the rest once it is in */
  rows: PeerRow[];
  /** every peer, and how many these filters find (null until the first answer) */
  total: number | null;
  matched: number;
  tags: string[];
  sources: string[];
  /** the rows' last contact and next check-in are on their way (the vault was just unlocked) */
  checkInsPending: boolean;
  error: string | null;
}

/**
 * The Peers screen's list, sorted, filtered and searched in the vault's thread (peers:page):
 * the first rows come in a small answer, then the rest behind them. Each is asked again after
 * every change, like every screen's data; while a new search is on its way the last list stays.
 */
export function usePeerPage(filter: PeerFilter, sort: PeerSort): PeerPageView {
  const ask = { ...filter, sort };
  const first = useVaultQuery('peers:page', { ...ask, offset: 0, limit: FIRST_ROWS }, { keepPrevious: true });
  const pending = first.data?.checkInsPending === true && !first.isPlaceholderData;
  const more = first.data !== undefined && !first.isPlaceholderData && (first.data.matched > FIRST_ROWS || pending);
  const rest = useVaultQuery('peers:page', { ...ask, offset: FIRST_ROWS, limit: REST }, { enabled: more, keepPrevious: true });
  // first rows answered before the vault had read its interaction log have no check-ins yet; the
  // rest waits for the log, so once it is in they are asked again and filled in where they are
  const restIn = more && rest.data !== undefined && !rest.isPlaceholderData;
  const { refetch } = first;
  useEffect(() => {
    if (pending && restIn) void refetch();
  }, [pending, restIn, refetch]);
  const page = first.data;
  // the rest of the last search must not follow the first rows of this one; while this search's
  // first rows are on their way, the last search shows whole
  const tail = first.isPlaceholderData ? rest.data?.rows : more && !rest.isPlaceholderData ? rest.data?.rows : undefined;
  const rows = useMemo(() => (page ? (tail?.length ? [...page.rows, ...tail] : page.rows) : []), [page, tail]);
  const error = first.error ?? rest.error;
  return {
    rows,
    total: page?.total ?? null,
    matched: page?.matched ?? 0,
    tags: page?.tags ?? [],
    sources: page?.sources ?? [],
    checkInsPending: page?.checkInsPending === true,
    error: error ? messageOf(error) : null,
  };
}
