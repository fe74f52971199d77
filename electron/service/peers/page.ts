import { dayOf } from '../../../shared/domain/days';
import type { KeptIndex } from '../../../shared/domain/kept-index';
import { indexPeers, type PeerIndex } from '../../../shared/domain/peer-filter';
import { filterOptions, peerPage } from '../../../shared/domain/peer-page';
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

/** Every peer's summary as peers:list gives it (summarizeAll), from the same kept list. */
export const keptSummaries = (session: AppSession, day: string): readonly PeerSummary[] => keptList(session, day).index.peers;

/**
 * peers:page: the Peers screen's rows, sorted, filtered and searched here, where the vault
 * is, from the session's kept index; the window asks for the first rows, then the rest.
 */
export function peerPageHandlers(session: AppSession, deps: HandlerDeps): Pick<Handlers, 'peers:page'> {
  return {
    'peers:page': (q) => {
      const list = keptList(session, dayOf(deps.now()));
      return Promise.resolve(peerPage(list.index, q, list.options));
    },
  };
}
