import { differenceInCalendarDays, parseISO } from 'date-fns';
import { maskAll, maskRecord } from '../../confidential';
import type { Goal, Interaction, LifeEvent, Me, Note, Peer } from '../../schema/document';
import type { InteractionChannel, InteractionPurpose, LearningTopic, LifeEventKind } from '../../schema/vocabulary';
import { balanceSeries, balanceWord, countsFor, windowEnding, type BalanceWord, type SeriesPoint, type Tally } from '../reciprocity';
import { explainMatch, matchTerms } from '../words';

/**
 * What "Prepare" gathers before a conversation with one peer, so the prep sheet needs no
 * searching: the last interactions and their open follow-ups, the balance and its trend,
 * their goals, needs and life events, the topics of my notes about them, and what I could
 * offer (my skills against their needs). Pure: `today` is passed in. It reads the records as
 * the screen may see them (shared/confidential.ts): confidential text is never part of it,
 * only the fact that there is some (a summary, a follow-up or a note that is null).
 */
export interface PrepContext {
  peer: { id: string; name: string; role: string; company: string };
  lastInteractions: {
    id: string;
    date: string;
    channel: InteractionChannel;
    purpose: InteractionPurpose;
    summary: string | null;
    given: number;
    received: number;
  }[];
  /** text null while the interaction is confidential */
  openFollowUps: { interactionId: string; id: string; text: string | null; due: string | null; overdue: boolean; date: string }[];
  balance: Tally & { word: BalanceWord; since: string };
  /** monthly, over the same 12 months */
  trend: SeriesPoint[];
  /** how the last three months lean against the three before */
  trendWord: 'toward-giving' | 'toward-receiving' | 'steady' | 'quiet';
  goals: { id: string; title: string; theirs: boolean; status: Goal['status']; progress: number | null; due: string | null }[];
  needs: string[];
  skills: string[];
  lifeEvents: { id: string; kind: LifeEventKind; date: string; note: string | null; daysAway: number }[];
  topics: { topic: LearningTopic | null; notes: number; last: string }[];
  offers: { skill: string; need: string; why: string }[];
  daysSinceContact: number | null;
}

export const LAST_INTERACTIONS = 5;
/** life events this many days either side of today */
export const LIFE_EVENT_DAYS = 60;

export interface PrepInput {
  peer: Peer;
  me: Me;
  interactions: readonly Interaction[];
  goals: readonly Goal[];
  lifeEvents: readonly LifeEvent[];
  notes: readonly Note[];
}

/** Days from today to the event: for a yearly `--MM-DD` day, its nearest occurrence. */
function daysAway(date: string, today: string): number {
  if (!date.startsWith('--')) return differenceInCalendarDays(parseISO(date), parseISO(today));
  const year = Number(today.slice(0, 4));
  const options = [year - 1, year, year + 1].map((y) => differenceInCalendarDays(parseISO(`${y}-${date.slice(2)}`), parseISO(today)));
  return options.reduce((best, d) => (Math.abs(d) < Math.abs(best) ? d : best));
}

export function prepContext(input: PrepInput, today: string): PrepContext {
  const { me } = input;
  const peer = maskRecord('peers', input.peer);
  const withPeer = maskAll(
    'interactions',
    input.interactions.filter((i) => i.peerIds.includes(peer.id) && i.date <= today),
  ).sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt));
  const lastInteractions = withPeer.slice(0, LAST_INTERACTIONS).map((i) => {
    let given = 0;
    let received = 0;
    for (const x of i.exchanges) {
      if (!countsFor(x, i, peer.id)) continue;
      if (x.direction === 'given') given += x.weight;
      else received += x.weight;
    }
    return { id: i.id, date: i.date, channel: i.channel, purpose: i.purpose, summary: i.hidden ? null : i.summary, given, received };
  });
  const openFollowUps = withPeer
    .flatMap((i) =>
      i.followUps
        .filter((f) => !f.done)
        .map((f) => ({
          interactionId: i.id,
          id: f.id,
          text: 'hidden' in f ? null : f.text,
          due: f.due,
          overdue: f.due !== null && f.due < today,
          date: i.date,
        })),
    )
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || b.date.localeCompare(a.date));

  const w = windowEnding(today, 12);
  const trend = balanceSeries(withPeer, w, 'month', peer.id);
  const given = trend.reduce((s, p) => s + p.given, 0);
  const received = trend.reduce((s, p) => s + p.received, 0);
  const lean = (ps: SeriesPoint[]) => ps.reduce((s, p) => s + p.balance, 0);
  const recent = trend.slice(-3);
  const before = trend.slice(-6, -3);
  const moved = recent.concat(before).reduce((s, p) => s + p.given + p.received, 0);
  const delta = lean(recent) - lean(before);
  const trendWord = moved === 0 ? 'quiet' : delta > 1 ? 'toward-giving' : delta < -1 ? 'toward-receiving' : 'steady';

  const goals = input.goals
    .filter((g) => g.owner === peer.id || g.partnerIds.includes(peer.id))
    .filter((g) => g.status === 'open')
    .map((g) => {
      const latest = [...g.checkIns].sort((a, b) => b.date.localeCompare(a.date))[0];
      return { id: g.id, title: g.title, theirs: g.owner === peer.id, status: g.status, progress: latest?.progress ?? null, due: g.due };
    });

  const lifeEvents = maskAll(
    'lifeEvents',
    input.lifeEvents.filter((e) => e.peerId === peer.id),
  )
    .map((e) => ({ id: e.id, kind: e.kind, date: e.date, note: e.hidden ? null : e.note, daysAway: daysAway(e.date, today) }))
    .filter((e) => Math.abs(e.daysAway) <= LIFE_EVENT_DAYS)
    .sort((a, b) => a.daysAway - b.daysAway);

  const byTopic = new Map<LearningTopic | null, { notes: number; last: string }>();
  for (const n of input.notes) {
    if (n.peerId !== peer.id) continue;
    const t = byTopic.get(n.topic) ?? { notes: 0, last: '' };
    t.notes += 1;
    const d = n.updatedAt.slice(0, 10);
    if (d > t.last) t.last = d;
    byTopic.set(n.topic, t);
  }
  const topics = [...byTopic].map(([topic, t]) => ({ topic, ...t })).sort((a, b) => b.last.localeCompare(a.last));

  const offers = matchTerms(me.skills, peer.needs).map((m) => ({ skill: m.a, need: m.b, why: explainMatch(m) }));
  const lastDate = withPeer[0]?.date ?? null;
  return {
    peer: { id: peer.id, name: peer.name, role: peer.role, company: peer.company },
    lastInteractions,
    openFollowUps,
    balance: { given, received, word: balanceWord({ given, received }), since: w.since },
    trend,
    trendWord,
    goals,
    needs: [...peer.needs],
    skills: [...peer.skills],
    lifeEvents,
    topics,
    offers,
    daysSinceContact: lastDate ? differenceInCalendarDays(parseISO(today), parseISO(lastDate)) : null,
  };
}
