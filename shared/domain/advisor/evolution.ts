import { daysBetween, plusDays } from '../days';
import { diversityOf, NETWORK_DIMENSIONS } from '../diversity';
import { firstName, type AdvisorContext } from './context';
import type { Because, Draft } from './types';

/**
 * evolution ("Evolve with Changing Careers", "Group Evolution"): contact falling across
 * consecutive windows, careers moving apart (a new job, promotion or move lately, to another
 * stage, industry or place than mine), and a network too small or too uniform.
 */

/** Three windows of this many days, oldest first, ending today. */
export const WINDOW_DAYS = 90;
export const WINDOWS = 3;
/** Fewer active peers than this is a small network. */
export const SMALL_NETWORK = 8;
/** The map's diversity score below this is a uniform network. */
export const UNIFORM_BELOW = 0.4;
const CAREER_EVENT_DAYS = 180;

const EVOLVE =
  'Evolve with Changing Careers: as careers diverge, some peer relationships naturally change; keep the ones that matter with less frequent but real contact, and let the network grow with you.';

export function evolution(ctx: AdvisorContext): Draft[] {
  return [...falling(ctx), ...diverging(ctx), ...network(ctx)];
}

function falling(ctx: AdvisorContext): Draft[] {
  const out: Draft[] = [];
  const starts = Array.from({ length: WINDOWS }, (_, i) => plusDays(ctx.today, -WINDOW_DAYS * (WINDOWS - i) + 1));
  for (const n of ctx.network) {
    const list = ctx.interactionsOf.get(n.peer.id);
    if (!list || list.length < WINDOWS) continue;
    const counts = starts.map(() => 0);
    const ids: string[][] = starts.map(() => []);
    for (const i of list) {
      for (let w = WINDOWS - 1; w >= 0; w--) {
        if (i.date >= starts[w]!) {
          counts[w]! += 1;
          ids[w]!.push(i.id);
          break;
        }
      }
    }
    if (!counts.every((c, w) => w === 0 || c < counts[w - 1]!)) continue;
    const who = firstName(n.peer.name);
    const because: Because[] = [
      {
        text: `Contact with ${who} has fallen across the last ${WINDOWS} stretches of ${WINDOW_DAYS} days: ${counts.join(', then ')} interactions.`,
        refs: [n.peer.id, ...ids.flat().slice(-12)],
      },
      { text: EVOLVE, refs: [] },
    ];
    out.push({
      kind: 'evolution',
      key: `falling:${n.peer.id}`,
      title: `Contact with ${n.peer.name} is fading`,
      score: 40 + Math.min(25, (counts[0]! - counts[WINDOWS - 1]!) * 5) + n.peer.closeness,
      peerIds: [n.peer.id],
      because,
      action: { type: 'log', peerId: n.peer.id },
      facts: counts,
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
  const seen = new Set<string>();
  for (const e of events) {
    const p = ctx.byId.get(e.peerId);
    if (!p || (p.status !== 'active' && p.status !== 'dormant') || seen.has(p.id)) continue;
    const apart: string[] = [];
    if (p.careerStage && me.careerStage && p.careerStage !== me.careerStage)
      apart.push(`career stage (${p.careerStage}, you ${me.careerStage})`);
    if (p.industry && me.industry && p.industry.trim().toLowerCase() !== me.industry.trim().toLowerCase())
      apart.push(`industry (${p.industry}, you ${me.industry})`);
    const place = (x: { country: string; city: string }) => (x.country || x.city).trim().toLowerCase();
    if (place(p) && place(me) && place(p) !== place(me)) apart.push(`place (${p.country || p.city}, you ${me.country || me.city})`);
    if (apart.length === 0) continue;
    seen.add(p.id);
    const who = firstName(p.name);
    const word = e.kind === 'new-job' ? 'a new job' : e.kind === 'promotion' ? 'a promotion' : 'a move';
    out.push({
      kind: 'evolution',
      key: `diverging:${p.id}`,
      title: `${p.name}'s career is taking another path`,
      score: 35 + 5 * apart.length,
      peerIds: [p.id],
      because: [
        { text: `${who} had ${word} on ${e.date} (${daysBetween(e.date, ctx.today)} days ago).`, refs: [p.id, e.id] },
        { text: `Your careers now differ in ${apart.join(' and ')}.`, refs: [p.id] },
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
    text: 'Expanded Networks and Different Perspectives: look in professional associations, alumni networks, conferences and online communities for peers unlike the ones you have.',
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
