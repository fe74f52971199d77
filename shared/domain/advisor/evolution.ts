import { dayWords } from '../../date-words';
import { daysBetween, plusDays } from '../days';
import { LIFE_EVENT_RECENT_DAYS, lifeEventsNear } from '../life-events';
import { diversityOf, NETWORK_DIMENSIONS } from '../diversity';
import { firstName, type AdvisorContext } from './context';
import type { Because, Draft } from './types';

/**
 * evolution ("Evolve with Changing Careers", "Group Evolution"): contact fading against the
 * peer's own rhythm (the last months against the year before), careers moving apart (lasting
 * differences after a new job, promotion or move, once Today is done celebrating it), and a
 * network too small or too uniform.
 */

/** The recent stretches compared with the history: the last 180 days, and the last 90 within them. */
export const RECENT_DAYS = 180;
export const SHORT_DAYS = 90;
/** The history a rhythm is judged on: the year before the recent stretch. */
export const HISTORY_DAYS = 365;
/** Fewer interactions than this in that year is no rhythm to fall from. */
export const MIN_HISTORY = 6;
/** Fading: a recent stretch at or below this share of what the rhythm would give. */
export const FADING_SHARE = 0.5;
/** Fewer active peers than this is a small network. */
export const SMALL_NETWORK = 8;
/** The map's diversity score below this is a uniform network. */
export const UNIFORM_BELOW = 0.4;
const CAREER_EVENT_DAYS = 180;

const EVOLVE = `As the guide's "Evolve with Changing Careers" says, some relationships change as careers diverge: keep the ones that matter with less frequent but real contact.`;
const KEEP_UP = `A short message now keeps it from lapsing; the guide's "Regular Communication" is about exactly this.`;

export function evolution(ctx: AdvisorContext): Draft[] {
  return [...fading(ctx), ...diverging(ctx), ...network(ctx)];
}

/** "about once a month", from how many times in a year */
function rhythmWord(perYear: number): string {
  if (perYear >= 45) return 'about every week';
  if (perYear >= 20) return 'about twice a month';
  if (perYear >= 10) return 'about once a month';
  return 'about every two months';
}
const times = (n: number) => (n === 0 ? 'not once' : n === 1 ? 'once' : `${n} times`);

function fading(ctx: AdvisorContext): Draft[] {
  const out: Draft[] = [];
  for (const n of ctx.network) {
    const list = ctx.interactionsOf.get(n.peer.id);
    if (!list || list.length < MIN_HISTORY) continue;
    let history = 0;
    let recent = 0;
    let short = 0;
    const ids: string[] = [];
    for (const i of list) {
      const d = daysBetween(i.date, ctx.today);
      if (d < 0) continue;
      if (d < RECENT_DAYS) {
        recent += 1;
        if (d < SHORT_DAYS) short += 1;
        ids.push(i.id);
      } else if (d < RECENT_DAYS + HISTORY_DAYS) {
        history += 1;
        ids.push(i.id);
      }
    }
    if (history < MIN_HISTORY) continue;
    const expected = (history * RECENT_DAYS) / HISTORY_DAYS;
    const expectedShort = (history * SHORT_DAYS) / HISTORY_DAYS;
    const longFall = recent <= expected * FADING_SHARE;
    const shortFall = short <= expectedShort * FADING_SHARE;
    if (!longFall && !shortFall) continue;
    const who = firstName(n.peer.name);
    const since = longFall ? `in the last six months, ${times(recent)}` : `in the last three months, ${times(short)}`;
    const last = list[list.length - 1]!;
    out.push({
      kind: 'evolution',
      key: `falling:${n.peer.id}`,
      title: `Contact with ${n.peer.name} is fading`,
      score: 40 + Math.min(25, Math.round((longFall ? expected - recent : 2 * (expectedShort - short)) * 5)) + n.peer.closeness,
      peerIds: [n.peer.id],
      because: [
        {
          text: `You were in touch with ${who} ${rhythmWord(history)} in the year before (${times(history)}); ${since}.`,
          refs: [n.peer.id, ...ids.slice(-12)],
        },
        { text: KEEP_UP, refs: [] },
      ],
      action: { type: 'log', peerId: n.peer.id },
      // it holds while no new interaction is logged
      facts: [last.id, longFall ? 'six' : 'three'],
    });
  }
  return out;
}

function diverging(ctx: AdvisorContext): Draft[] {
  const me = ctx.src.me;
  const out: Draft[] = [];
  const since = plusDays(ctx.today, -CAREER_EVENT_DAYS);
  const events = [...ctx.src.lifeEvents]
    .filter(
      (e) =>
        (e.kind === 'new-job' || e.kind === 'promotion' || e.kind === 'move') &&
        !e.date.startsWith('--') &&
        e.date >= since &&
        e.date <= ctx.today,
    )
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  // a peer with a life event Today mentions is being celebrated or supported: no divergence now
  const seen = new Set(lifeEventsNear(ctx.src.lifeEvents, (id) => ctx.interactionsOf.get(id) ?? [], ctx.today).map((m) => m.event.peerId));
  for (const e of events) {
    if (daysBetween(e.date, ctx.today) <= LIFE_EVENT_RECENT_DAYS) continue;
    const p = ctx.byId.get(e.peerId);
    if (!p || (p.status !== 'active' && p.status !== 'dormant') || seen.has(p.id)) continue;
    const apart: string[] = [];
    if (p.careerStage && me.careerStage && p.careerStage !== me.careerStage)
      apart.push(`career stage (${p.careerStage}; you are ${me.careerStage})`);
    if (p.industry && me.industry && p.industry.trim().toLowerCase() !== me.industry.trim().toLowerCase())
      apart.push(`industry (${p.industry}; yours is ${me.industry})`);
    const place = (x: { country: string; city: string }) => (x.country || x.city).trim().toLowerCase();
    if (place(p) && place(me) && place(p) !== place(me)) apart.push(`place (${p.country || p.city}; you are in ${me.country || me.city})`);
    if (apart.length === 0) continue;
    seen.add(p.id);
    const who = firstName(p.name);
    const word = e.kind === 'new-job' ? 'a new job' : e.kind === 'promotion' ? 'a promotion' : 'a move';
    out.push({
      kind: 'evolution',
      key: `diverging:${p.id}`,
      title: `${p.name}'s career has moved away from yours`,
      score: 35 + 5 * apart.length,
      peerIds: [p.id],
      because: [
        {
          text: `Since ${who}'s ${word.replace(/^an? /, '')} on ${dayWords(e.date, ctx.today)}, your careers differ in ${listed(apart)}.`,
          refs: [p.id, e.id],
        },
        { text: EVOLVE, refs: [] },
      ],
      action: { type: 'log', peerId: p.id },
      facts: [e.id, ...apart],
    });
  }
  return out;
}

function network(ctx: AdvisorContext): Draft[] {
  const active = ctx.network.filter((n) => n.peer.status === 'active').map((n) => n.peer);
  const score = diversityOf(active, NETWORK_DIMENSIONS).score;
  const small = active.length < SMALL_NETWORK;
  const uniform = score !== null && score < UNIFORM_BELOW;
  if (!small && !uniform) return [];
  const because: Because[] = [];
  if (small)
    because.push({
      text: `You have ${active.length} active peer${active.length === 1 ? '' : 's'}; a network smaller than ${SMALL_NETWORK} gives little reach.`,
      refs: active.map((p) => p.id),
    });
  if (uniform)
    because.push({
      text: `Your network scores ${Math.round(score * 100)} of 100 on the map's diversity index: most peers share an industry, function, place or stage.`,
      refs: active.map((p) => p.id).slice(0, 50),
    });
  because.push({
    text: `Look in professional associations, alumni networks, conferences and online communities for peers unlike the ones you have (the guide's "Expanded Networks" and "Different Perspectives").`,
    refs: [],
  });
  return [
    {
      kind: 'evolution',
      key: 'network',
      title: small ? 'Your network is small' : 'Your network is uniform',
      score: small ? 38 : 33,
      peerIds: [],
      because,
      action: { type: 'snooze' },
      facts: [small ? 'small' : '', uniform ? 'uniform' : ''],
    },
  ];
}

/** "a", "a and b", "a, b and c" */
const listed = (xs: readonly string[]): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
