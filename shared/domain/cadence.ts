import type { Group, Interaction, Peer, Settings } from '../schema/document';
import type { PeerStatus, PeerType } from '../schema/vocabulary';
import { dayOfTimestamp, daysBetween, plusDays, type Day } from './days';
import { byLocale, byName } from './collate';

/**
 * Keeping in touch ("Regular Communication"): how often to check in with each peer, when
 * the next check-in falls, and who is due. Pure: `today` is passed in.
 */

export type CadenceSource =
  | { kind: 'peer' }
  | { kind: 'type'; type: PeerType }
  | { kind: 'tag'; tag: string }
  | { kind: 'group'; groupId: string }
  | { kind: 'fallback' };

export interface Cadence {
  days: number;
  /** where the number comes from, to say so on screen */
  source: CadenceSource;
}

export type CadenceDefaults = Settings['cadence'];

/**
 * The peer's own cadence when set; otherwise the shortest of the defaults that apply to
 * them (by peer type, by tag, by group), then the fallback; null when none applies.
 */
export function cadenceFor(
  peer: Pick<Peer, 'cadenceDays' | 'peerTypes' | 'tags'>,
  defaults: CadenceDefaults,
  groupIds: readonly string[] = [],
): Cadence | null {
  if (peer.cadenceDays !== null) return { days: peer.cadenceDays, source: { kind: 'peer' } };
  let best: Cadence | null = null;
  const consider = (days: number | undefined, source: CadenceSource) => {
    if (days !== undefined && (best === null || days < best.days)) best = { days, source };
  };
  for (const type of peer.peerTypes) consider(defaults.byType[type], { kind: 'type', type });
  if (peer.tags.length) {
    const byTag = new Map(Object.entries(defaults.byTag).map(([t, d]) => [t.toLowerCase(), [t, d] as const]));
    for (const tag of peer.tags) {
      const hit = byTag.get(tag.toLowerCase());
      if (hit) consider(hit[1], { kind: 'tag', tag: hit[0] });
    }
  }
  for (const g of groupIds) consider(defaults.byGroup[g], { kind: 'group', groupId: g });
  return best ?? (defaults.fallbackDays !== null ? { days: defaults.fallbackDays, source: { kind: 'fallback' } } : null);
}

/** Peers in these statuses are due check-ins; archived peers and those you keep at a distance are not. */
export const CHECK_IN_STATUSES: readonly PeerStatus[] = ['active', 'dormant'];

/** "Due this week": a check-in falling within this many days from today is listed beside the overdue ones. */
export const DUE_SOON_DAYS = 7;

export interface CheckIn {
  peerId: string;
  cadence: Cadence | null;
  /** the last interaction on or before today, or null */
  lastContact: Day | null;
  /** last contact (or the day the peer was added) plus the cadence; null without a cadence */
  nextDue: Day | null;
  snoozedUntil: Day | null;
  /** today minus nextDue: positive when overdue, negative when still ahead; null without a cadence */
  daysOverdue: number | null;
  /** whether this peer gets check-ins at all (status) */
  tracked: boolean;
}

/** The last interaction on or before `today` with each peer. */
export function lastContacts(interactions: readonly Pick<Interaction, 'date' | 'peerIds'>[], today: Day): Map<string, Day> {
  const out = new Map<string, Day>();
  for (const i of interactions) {
    if (i.date > today) continue;
    for (const id of i.peerIds) {
      const seen = out.get(id);
      if (seen === undefined || i.date > seen) out.set(id, i.date);
    }
  }
  return out;
}

export type CheckInPeer = Pick<Peer, 'id' | 'cadenceDays' | 'peerTypes' | 'tags' | 'status' | 'snoozedUntil' | 'createdAt'>;

/** One peer's check-in: logging anything resets it; a peer never contacted counts from the day they were added. */
export function checkInFor(peer: CheckInPeer, cadence: Cadence | null, lastContact: Day | null, today: Day): CheckIn {
  const base = lastContact ?? dayOfTimestamp(peer.createdAt);
  const nextDue = cadence ? plusDays(base, cadence.days) : null;
  return {
    peerId: peer.id,
    cadence,
    lastContact,
    nextDue,
    snoozedUntil: peer.snoozedUntil,
    daysOverdue: nextDue ? daysBetween(nextDue, today) : null,
    tracked: CHECK_IN_STATUSES.includes(peer.status),
  };
}

/** Which groups each peer belongs to (cadence defaults by group). */
export function groupsByPeer(groups: readonly Pick<Group, 'id' | 'memberIds'>[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const g of groups) for (const m of g.memberIds) out.set(m, [...(out.get(m) ?? []), g.id]);
  return out;
}

export interface CheckInSources {
  peers: readonly CheckInPeer[];
  interactions: readonly Pick<Interaction, 'date' | 'peerIds'>[];
  groups: readonly Pick<Group, 'id' | 'memberIds'>[];
  settings: Pick<Settings, 'cadence'>;
}

/** Every peer's check-in, in one pass over the interactions. */
export function checkIns(src: CheckInSources, today: Day): Map<string, CheckIn> {
  const last = lastContacts(src.interactions, today);
  const groupsOf = groupsByPeer(src.groups);
  const out = new Map<string, CheckIn>();
  for (const p of src.peers)
    out.set(p.id, checkInFor(p, cadenceFor(p, src.settings.cadence, groupsOf.get(p.id)), last.get(p.id) ?? null, today));
  return out;
}

/** A snoozed check-in stays off the due lists until its day comes. */
export const isSnoozed = (c: Pick<CheckIn, 'snoozedUntil'>, today: Day): boolean => c.snoozedUntil !== null && c.snoozedUntil > today;

/** Overdue or due within `withinDays` (0: due today or before), tracked, not snoozed. */
export const isDue = (c: CheckIn, today: Day, withinDays = 0): boolean =>
  c.tracked && c.daysOverdue !== null && c.daysOverdue >= -withinDays && !isSnoozed(c, today);

/** How far past the cadence: 1 means a whole cadence late. */
export const overdueShare = (c: CheckIn): number => (c.cadence && c.daysOverdue !== null ? c.daysOverdue / c.cadence.days : 0);

export interface DueCheckIn extends CheckIn {
  name: string;
  closeness: number;
}

/**
 * Today's list: overdue and due within DUE_SOON_DAYS, most days overdue first (the list reads
 * as it says: 98, 79, 51 days), then the closest peers, then by name.
 */
export function dueThisWeek(
  all: ReadonlyMap<string, CheckIn>,
  peers: readonly Pick<Peer, 'id' | 'name' | 'closeness'>[],
  today: Day,
): DueCheckIn[] {
  const out: DueCheckIn[] = [];
  for (const p of peers) {
    const c = all.get(p.id);
    if (c && isDue(c, today, DUE_SOON_DAYS)) out.push({ ...c, name: p.name, closeness: p.closeness });
  }
  return out.sort((a, b) => b.daysOverdue! - a.daysOverdue! || b.closeness - a.closeness || byLocale(a.name, b.name));
}

/** The command line's `due`: due today or overdue, most days overdue first, then by name. */
export function dueNow(
  all: ReadonlyMap<string, CheckIn>,
  peers: readonly Pick<Peer, 'id' | 'name' | 'closeness'>[],
  today: Day,
): DueCheckIn[] {
  const out: DueCheckIn[] = [];
  for (const p of peers) {
    const c = all.get(p.id);
    if (c && isDue(c, today)) out.push({ ...c, name: p.name, closeness: p.closeness });
  }
  return out.sort((a, b) => b.daysOverdue! - a.daysOverdue! || byName(a.name, b.name) || byLocale(a.peerId, b.peerId));
}

/** Describe where a cadence comes from, for the peer page and the list. */
export function cadenceSourceText(s: CadenceSource, groupName: (id: string) => string = (id) => id): string {
  switch (s.kind) {
    case 'peer':
      return 'set for this peer';
    case 'type':
      return `default for ${s.type} peers`;
    case 'tag':
      return `default for the tag "${s.tag}"`;
    case 'group':
      return `default for the group ${groupName(s.groupId)}`;
    case 'fallback':
      return 'default for everyone';
  }
}
