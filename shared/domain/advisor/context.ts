import { withoutConfidential } from '../../confidential';
import { COLLECTION_NAMES, type Goal, type Interaction, type Peer, type VaultDocument } from '../../schema/document';
import { ME } from '../../schema/vocabulary';
import { cadenceFor } from '../cadence';
import { interactionsByPeer } from '../interaction-index';
import type { KeptIndex } from '../kept-index';
import type { Day } from '../days';
import { prepareTerms, type PreparedTerm } from '../words';

/** What the advisor reads of the vault (the advisor's own memory is applied after). */
export type AdvisorSources = Pick<
  VaultDocument,
  'peers' | 'ties' | 'interactions' | 'lifeEvents' | 'notes' | 'journal' | 'groups' | 'goals' | 'opportunities' | 'me'
> &
  // the check-in cadence defaults, so a suggestion never says what Today's check-ins contradict
  Partial<Pick<VaultDocument, 'settings'>>;

export interface PreparedPeer {
  peer: Peer;
  skills: PreparedTerm[];
  needs: PreparedTerm[];
  interests: PreparedTerm[];
}

/** Everything the seven rules share, worked out once and in a fixed order (ids sorted). */
export interface AdvisorContext {
  src: AdvisorSources;
  today: Day;
  /** every peer, sorted by id */
  peers: Peer[];
  /** active and dormant peers: the network (archived peers and those kept at a distance are left out) */
  network: PreparedPeer[];
  byId: Map<string, Peer>;
  me: { skills: PreparedTerm[]; needs: PreparedTerm[]; interests: PreparedTerm[] };
  /** each peer's interactions, oldest first */
  interactionsOf: Map<string, Interaction[]>;
  /** pairs of peers with a tie ("a|b", ids in order) */
  tied: Set<string>;
  /** open goals by owner ("me" or a peer id), sorted by id */
  openGoals: Map<string, Goal[]>;
  nameOf: (id: string) => string;
  /** phrases prepared for matching (prepareTerms; from the kept index when there is one) */
  prepare: (terms: readonly string[]) => PreparedTerm[];
  /** how often I mean to be in touch with a peer (Today's rule), in days, or null */
  cadenceDays: (peer: Peer) => number | null;
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The vault as the advisor may quote it: every record masked as for the screen (confidential
 * text emptied, the part marked `hidden`), so no rule can quote what the user has not revealed.
 */
export function shownSources<S extends Partial<AdvisorSources>>(src: S): S {
  const out: Record<string, unknown> = { ...src };
  for (const c of COLLECTION_NAMES) {
    const list = (src as Record<string, unknown>)[c];
    if (Array.isArray(list)) out[c] = list.map((r: object) => withoutConfidential(c, r));
  }
  return out as S;
}

/**
 * `kept`: the vault thread's kept index (kept-index.ts), whose masked records, prepared terms
 * and per-peer lists stand in for the same work done afresh; the context is the same.
 */
export function advisorContext(vault: AdvisorSources, today: Day, kept?: KeptIndex): AdvisorContext {
  const src = kept ? kept.shownSources(vault) : shownSources(vault);
  const peers = [...src.peers].sort(byId);
  const map = new Map(peers.map((p) => [p.id, p]));
  const network = peers
    .filter((p) => p.status === 'active' || p.status === 'dormant')
    .map((peer) =>
      kept
        ? { peer, ...kept.preparedTerms(peer) }
        : { peer, skills: prepareTerms(peer.skills), needs: prepareTerms(peer.needs), interests: prepareTerms(peer.interests) },
    );
  // interactionsByPeer puts each peer's in date order itself
  const interactionsOf = kept ? kept.shownInteractionsUpTo(today) : interactionsByPeer(src.interactions.filter((i) => i.date <= today));
  const groupsOf = kept?.groupsByPeer();
  const tied = new Set(src.ties.map((t) => pairKey(t.a, t.b)));
  const openGoals = new Map<string, Goal[]>();
  for (const g of [...src.goals].sort(byId)) if (g.status === 'open') openGoals.set(g.owner, [...(openGoals.get(g.owner) ?? []), g]);
  return {
    src,
    today,
    peers,
    network,
    byId: map,
    me: { skills: prepareTerms(src.me.skills), needs: prepareTerms(src.me.needs), interests: prepareTerms(src.me.interests) },
    interactionsOf,
    tied,
    openGoals,
    prepare: kept ? (terms) => kept.prepareTerms(terms) : prepareTerms,
    nameOf: (id) => (id === ME ? 'you' : (map.get(id)?.name ?? 'someone removed')),
    cadenceDays: (peer) => {
      if (!src.settings) return peer.cadenceDays;
      const groupIds = groupsOf ? (groupsOf.get(peer.id) ?? []) : src.groups.filter((g) => g.memberIds.includes(peer.id)).map((g) => g.id);
      return cadenceFor(peer, src.settings.cadence, groupIds)?.days ?? null;
    },
  };
}

/** "Ana" from "Ana Lima": how suggestions speak of a peer. */
export const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? name;
