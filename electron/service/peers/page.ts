import { dayOf } from '../../../shared/domain/days';
import type { KeptIndex } from '../../../shared/domain/kept-index';
import { FILTERED_FIELDS, indexPeers, type PeerIndex, type PeerSort } from '../../../shared/domain/peer-filter';
import { ROW_FIELDS, filterOptions, pageOf, peerPage, rowOf, type PeerPage, type PeerPageQuery } from '../../../shared/domain/peer-page';
import { alwaysOpen, withoutConfidential } from '../../../shared/confidential';
import { nextCheckInOf, summarize, type PeerSummary } from '../../../shared/domain/peer-summary';
import type { Peer } from '../../../shared/schema/document';
import type { Handlers } from '../dispatch';
import type { HandlerDeps } from '../handler-deps';
import type { AppSession } from '../session';

interface KeptList {
  version: number;
  day: string;
  index: PeerIndex<PeerSummary>;
  options: { tags: string[]; sources: string[] };
}

/** Per kept index (one per open vault): the summaries with their search text and orders, until the next change or day. */
const lists = new WeakMap<KeptIndex, KeptList>();
/** Each peer's summary, once per version of the peer (records are replaced, never edited) and of what the log adds. */
const summaries = new WeakMap<Peer, PeerSummary>();

function keptList(session: AppSession, day: string): KeptList {
  const kept = session.keptIndex();
  const held = lists.get(kept);
  if (held && held.version === kept.version && held.day === day) return held;
  const d = session.requireVault().data;
  const checkIns = kept.checkIns(d, day);
  const all = d.peers.map((p) => {
    const c = checkIns.get(p.id);
    const lastContact = c?.lastContact ?? null;
    const nextCheckIn = nextCheckInOf(c);
    let s = summaries.get(p);
    if (!s || s.lastContact !== lastContact || s.nextCheckIn !== nextCheckIn) summaries.set(p, (s = summarize(p, c)));
    return s;
  });
  const list = { version: kept.version, day, index: indexPeers(all), options: filterOptions(all) };
  lists.set(kept, list);
  return list;
}

/** The orders the interaction log decides: their first rows wait for it. */
const LOG_SORTS: ReadonlySet<PeerSort> = new Set(['lastContact', 'nextCheckIn']);

/** Whether the rows and everything the list reads of a peer are open: then the peers as they are match and sort as their masked copies do. */
const LIST_OPEN = alwaysOpen('peers', [...FILTERED_FIELDS, ...ROW_FIELDS.filter((f) => f !== 'lastContact' && f !== 'nextCheckIn')]);

/**
 * The first rows while the interaction log is still being parsed after unlock (a few seconds
 * with a large vault): from the peers alone, without reading the log, building the kept index
 * or a summary of each peer, each row's check-in left for the answers after (checkInsPending).
 */
function pagePendingLog(session: AppSession, q: PeerPageQuery): PeerPage {
  const peers = session.requireVault().data.peers;
  const shown = LIST_OPEN ? peers : peers.map((p) => withoutConfidential('peers', p));
  const page = pageOf(indexPeers(shown), q, filterOptions(shown), (p) => rowOf({ ...p, lastContact: null, nextCheckIn: null }));
  return { ...page, checkInsPending: true };
}

/** Every peer's summary as peers:list gives it (summarizeAll), from the same kept list. */
export const keptSummaries = (session: AppSession, day: string): readonly PeerSummary[] => keptList(session, day).index.peers;

/**
 * peers:page: the Peers screen's rows, sorted, filtered and searched here, where the vault
 * is, from the session's kept index; the window asks for the first rows, then the rest.
 */
export function peerPageHandlers(session: AppSession, deps: HandlerDeps): Pick<Handlers, 'peers:page'> {
  return {
    'peers:page': async (q) => {
      // the screen's first rows in an order of the peers' own need not wait for the log
      if (q.offset === 0 && !LOG_SORTS.has(q.sort) && session.pending('interactions')) return pagePendingLog(session, q);
      await session.parsed(['interactions']);
      const list = keptList(session, dayOf(deps.now()));
      return peerPage(list.index, q, list.options);
    },
  };
}
