import { daysBetween } from '../days';
import { mapYourNetwork, valuesOf, type Dimension } from '../diversity';
import { explainMatch, matchPrepared } from '../words';
import { firstName, type AdvisorContext } from './context';
import type { Because, Draft } from './types';

/**
 * peer-identification ("Building Peer Networks", "Complementary Skills"): gaps in the
 * network with where to look; peers whose skills meet my needs and whose needs meet my
 * skills (both directions, named); dormant peers worth reviving.
 */

/** A peer not heard from in this many days counts as gone quiet. */
export const QUIET_DAYS = 180;
const MAX_REFS = 50;

const GAP_DIMENSION: Record<string, Dimension> = {
  industry: 'industry',
  function: 'function',
  location: 'location',
  careerStage: 'careerStage',
};

export function peerIdentification(ctx: AdvisorContext): Draft[] {
  return [...gaps(ctx), ...complements(ctx), ...revivals(ctx)];
}

function gaps(ctx: AdvisorContext): Draft[] {
  const report = mapYourNetwork(ctx.network.map((n) => n.peer));
  return report.gaps.map((g): Draft => {
    // the peers a gap is about: those sharing the one value it names (none for a missing kind)
    const dim = GAP_DIMENSION[g.id.replace(/^(one|mostly|unknown)-/, '')];
    const top = dim ? report.dimensions.find((d) => d.dimension === dim)?.top?.value : undefined;
    const refs =
      dim && top && !g.id.startsWith('unknown-')
        ? ctx.network.filter((n) => valuesOf(n.peer, dim).includes(top)).map((n) => n.peer.id)
        : [];
    return {
      kind: 'peer-identification',
      key: `gap:${g.id}`,
      title: g.id.startsWith('type-') ? g.text.replace(/\.$/, '') : 'A gap in your network',
      score: g.id.startsWith('type-') ? 30 : 34,
      peerIds: [],
      because: [
        { text: g.text, refs: refs.slice(0, MAX_REFS) },
        { text: `Where to look (Building Peer Networks): ${g.where}`, refs: [] },
      ],
      action: { type: 'snooze' },
      facts: [g.id, g.text],
    };
  });
}

function complements(ctx: AdvisorContext): Draft[] {
  const out: Draft[] = [];
  for (const n of ctx.network) {
    const forMe = matchPrepared(ctx.me.needs, n.skills);
    const forThem = matchPrepared(n.needs, ctx.me.skills);
    if (forMe.length === 0 || forThem.length === 0) continue;
    const who = firstName(n.peer.name);
    const because: Because[] = [
      ...forMe.map((m) => ({ text: `For you: your need ${explainMatch(m)}, a skill of ${who}'s`, refs: [n.peer.id] })),
      ...forThem.map((m) => ({ text: `For ${who}: their need ${explainMatch(m)}, a skill of yours`, refs: [n.peer.id] })),
      { text: 'Complementary Skills: each of you can learn from the other, so the help runs both ways.', refs: [] },
    ];
    out.push({
      kind: 'peer-identification',
      key: `complement:${n.peer.id}`,
      title: `${n.peer.name} and you could help each other`,
      score: 55 + 5 * Math.min(6, forMe.length + forThem.length),
      peerIds: [n.peer.id],
      because,
      action: { type: 'prepare', peerId: n.peer.id },
      facts: [...forMe, ...forThem].map((m) => `${m.a}>${m.b}`),
    });
  }
  return out;
}

function revivals(ctx: AdvisorContext): Draft[] {
  const out: Draft[] = [];
  for (const n of ctx.network) {
    const list = ctx.interactionsOf.get(n.peer.id);
    const last = list?.[list.length - 1];
    const quiet = last ? daysBetween(last.date, ctx.today) : null;
    if (n.peer.status !== 'dormant' && (quiet === null || quiet < QUIET_DAYS)) continue;
    if (!last) continue; // never in touch: nothing to revive
    const shared = matchPrepared(ctx.me.interests, n.interests);
    const helps = matchPrepared(ctx.me.needs, n.skills);
    if (shared.length === 0 && helps.length === 0 && n.peer.closeness < 4) continue;
    const who = firstName(n.peer.name);
    const because: Because[] = [
      {
        text: `Your last contact with ${who} was on ${last.date}, ${quiet} days ago${n.peer.status === 'dormant' ? ' (marked dormant)' : ''}.`,
        refs: [n.peer.id, last.id],
      },
      ...shared.slice(0, 3).map((m) => ({ text: `A shared interest: ${explainMatch(m)}`, refs: [n.peer.id] })),
      ...helps.slice(0, 2).map((m) => ({ text: `They could help: your need ${explainMatch(m)}`, refs: [n.peer.id] })),
      ...(n.peer.closeness >= 4 ? [{ text: `You rated ${who} close (${n.peer.closeness} of 5).`, refs: [n.peer.id] }] : []),
    ];
    out.push({
      kind: 'peer-identification',
      key: `revive:${n.peer.id}`,
      title: `Revive your connection with ${n.peer.name}`,
      score: 35 + 4 * n.peer.closeness + 3 * Math.min(4, shared.length + helps.length),
      peerIds: [n.peer.id],
      because,
      action: { type: 'log', peerId: n.peer.id },
      facts: [last.id, n.peer.status, n.peer.closeness, ...shared.map((m) => m.b), ...helps.map((m) => m.b)],
    });
  }
  return out;
}
