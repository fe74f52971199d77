import { startOfISOWeek, parseISO } from 'date-fns';
import type { FollowUp, Interaction, LifeEvent, Peer, Settings } from '../schema/document';
import { checkIns, dueThisWeek, type CheckIn, type CheckInSources, type DueCheckIn } from './cadence';
import { dayOf, type Day } from './days';
import { interactionsByPeer } from './interaction-index';
import { viewOf, type InteractionView } from './interaction-view';
import { lifeEventsNear, type LifeEventMention } from './life-events';
import { notBeingVulnerable as journalNotVulnerable } from './journal/not-vulnerable';
import { peerPatterns, type JournalSignal, type Pattern, type PatternKind } from './patterns';
import { balanceWord, reciprocityReport, windowEnding, type BalanceWord } from './reciprocity';
import { byLocale } from './collate';
import { meetingsToReview, type MeetingToReview } from './meetings-review';

/**
 * Today: due check-ins, open follow-ups, life events to celebrate or support, patterns worth
 * a gentle word, this week's interactions and a one-line reciprocity summary. Pure: `today`
 * is passed in. Each list comes whole; the screen decides how much to show at once.
 */

export type TodayPeer = Pick<
  Peer,
  'id' | 'name' | 'closeness' | 'status' | 'cadenceDays' | 'peerTypes' | 'tags' | 'snoozedUntil' | 'createdAt'
>;

export interface TodaySources extends CheckInSources {
  peers: readonly TodayPeer[];
  interactions: readonly Interaction[];
  lifeEvents: readonly LifeEvent[];
  /** the journal, for the not-being-vulnerable pattern (left out: that pattern is not looked for) */
  journal?: readonly JournalSignal[];
  /** with when the person last finished going through an import's meetings (absent: never) */
  settings: Pick<Settings, 'cadence' | 'meetingsReviewedThrough'>;
}

export interface PeerRef {
  id: string;
  name: string;
}

export interface OpenFollowUp {
  interactionId: string;
  /** when the interaction happened */
  date: Day;
  /** its text emptied while the interaction is confidential (revealed with it: interactions:get) */
  followUp: FollowUp;
  hidden: boolean;
  peers: PeerRef[];
}

export interface TodayData {
  today: Day;
  counts: { peers: number; interactions: number; withCadence: number };
  due: DueCheckIn[];
  followUps: OpenFollowUp[];
  lifeEvents: (LifeEventMention & { peerName: string })[];
  patterns: Pattern[];
  thisWeek: { since: Day; interactions: (InteractionView & { peers: PeerRef[] })[] };
  summary: { since: Day; until: Day; given: number; received: number; word: BalanceWord; peersWithExchanges: number };
  /** "What passed in these meetings?": the latest calendar import's recent meetings with nothing said of them yet */
  meetings: { importedAt: string | null; meetings: (MeetingToReview & { peers: PeerRef[] })[] };
}

/** Follow-ups not done yet: those with a due date first (soonest first), then the rest by when the interaction happened. */
export function openFollowUps(interactions: readonly Interaction[], nameOf: (id: string) => string | undefined): OpenFollowUp[] {
  const out: OpenFollowUp[] = [];
  for (const i of interactions) {
    if (i.followUps.every((f) => f.done)) continue;
    for (const f of viewOf(i).followUps) {
      if (f.done) continue;
      const { hidden, ...followUp } = f as FollowUp & { hidden?: boolean };
      out.push({ interactionId: i.id, date: i.date, followUp, hidden: hidden === true, peers: refs(i.peerIds, nameOf) });
    }
  }
  return out.sort((a, b) => {
    const da = a.followUp.due;
    const db = b.followUp.due;
    if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
    return a.date < b.date ? -1 : a.date > b.date ? 1 : byLocale(a.followUp.id, b.followUp.id);
  });
}

const refs = (ids: readonly string[], nameOf: (id: string) => string | undefined): PeerRef[] =>
  ids.flatMap((id) => {
    const name = nameOf(id);
    return name === undefined ? [] : [{ id, name }];
  });

/** Patterns only the log can reveal come first; neglect is also visible in the due list, so it comes last. */
const TODAY_ORDER: readonly PatternKind[] = ['only-when-in-need', 'immediate-reciprocity', 'one-sided', 'not-vulnerable', 'neglect'];
const KIND_ORDER = new Map(TODAY_ORDER.map((k, i) => [k, i]));

/**
 * `all` and `byPeer` may come from the vault thread's kept index (kept-index.ts); left out,
 * they are worked out from `src`, with the same result.
 */
export function todayData(
  src: TodaySources,
  today: Day,
  all: ReadonlyMap<string, CheckIn> = checkIns(src, today),
  byPeer: ReadonlyMap<string, readonly Interaction[]> = interactionsByPeer(src.interactions),
): TodayData {
  const byId = new Map(src.peers.map((p) => [p.id, p]));
  const nameOf = (id: string) => byId.get(id)?.name;
  const none: readonly Interaction[] = [];

  const patterns: Pattern[] = [];
  const openness = src.journal && journalNotVulnerable(src.journal, today);
  for (const p of src.peers) {
    patterns.push(...peerPatterns({ peer: p, interactions: byPeer.get(p.id) ?? none, checkIn: all.get(p.id), today, openness }));
  }
  patterns.sort(
    (a, b) =>
      KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
      (byId.get(b.peerId)?.closeness ?? 0) - (byId.get(a.peerId)?.closeness ?? 0) ||
      byLocale(a.peerName, b.peerName),
  );
  // not being vulnerable is about me, not one peer: Today says it once, with the closest peer
  const firstOpenUp = patterns.findIndex((x) => x.kind === 'not-vulnerable');
  if (firstOpenUp >= 0) patterns.splice(0, patterns.length, ...patterns.filter((x, i) => x.kind !== 'not-vulnerable' || i === firstOpenUp));

  const lifeEvents = lifeEventsNear(
    src.lifeEvents.filter((e) => byId.has(e.peerId)),
    (id) => byPeer.get(id) ?? none,
    today,
  )
    .filter((m) => !m.acknowledged)
    .map((m) => ({ ...m, peerName: nameOf(m.event.peerId)! }));

  const since = dayOf(startOfISOWeek(parseISO(today)));
  const thisWeek = src.interactions
    .filter((i) => i.date >= since && i.date <= today)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : byLocale(a.id, b.id)))
    .map((i) => ({ ...viewOf(i), peers: refs(i.peerIds, nameOf) }));

  const review = meetingsToReview(src.interactions, today, src.settings.meetingsReviewedThrough);

  const w = windowEnding(today);
  const report = reciprocityReport(src.interactions, src.peers, w);

  return {
    today,
    counts: {
      peers: src.peers.length,
      interactions: src.interactions.length,
      withCadence: [...all.values()].filter((c) => c.cadence !== null && c.tracked).length,
    },
    due: dueThisWeek(all, src.peers, today),
    followUps: openFollowUps(src.interactions, nameOf),
    lifeEvents,
    patterns,
    thisWeek: { since, interactions: thisWeek },
    summary: {
      since: w.since,
      until: w.until,
      given: report.totals.given,
      received: report.totals.received,
      word: balanceWord(report.totals),
      peersWithExchanges: report.peers.filter((p) => p.given + p.received > 0).length,
    },
    meetings: { importedAt: review.importedAt, meetings: review.meetings.map((m) => ({ ...m, peers: refs(m.peerIds, nameOf) })) },
  };
}
