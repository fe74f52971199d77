import { dayWords } from '../../date-words';
import { daysBetween } from '../days';
import { mapYourNetwork, valuesOf, type Dimension } from '../diversity';
import { explainMatch, matchPrepared, meetsText, type TermMatch } from '../words';
import { firstName, type AdvisorContext, type PreparedPeer } from './context';
import type { Because, Draft } from './types';

/**
 * peer-identification ("Building Peer Networks", "Complementary Skills", "Offer Expertise"):
 * gaps in the network with where to look; peers whose skills meet my needs and whose needs
 * meet my skills (both directions, named); help that runs one way, in each direction; dormant
 * peers worth reviving.
 */

/** A peer not heard from in this many days counts as gone quiet. */
export const QUIET_DAYS = 180;
/** A peer marked dormant is worth reviving only after this long without contact, and never within their cadence. */
export const REVIVE_MIN_DAYS = 60;
/** At most this many one-way suggestions in each direction (the best matches). */
export const ONE_WAY_SHOWN = 8;
const MAX_REFS = 50;

const strength = (ms: readonly TermMatch[]) => ms.reduce((s, m) => s + (m.via === 'same' || m.via === 'synonym' ? 2 : 1), 0);

const GAP_DIMENSION: Record<string, Dimension> = {
  industry: 'industry',
  function: 'function',
  location: 'location',
  careerStage: 'careerStage',
};

export function peerIdentification(ctx: AdvisorContext): Draft[] {
  return [...gaps(ctx), ...complements(ctx), ...oneWay(ctx), ...revivals(ctx)];
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
        { text: `${g.where.replace(/\.$/, '')} (the guide's "Building Peer Networks").`, refs: [] },
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
      ...forMe.map((m) => ({ text: meetsText('you', who, m), refs: [n.peer.id] })),
      ...forThem.map((m) => ({ text: meetsText(who, 'you', m), refs: [n.peer.id] })),
      { text: `The help runs both ways, as the guide's "Complementary Skills" suggests: each of you can learn from the other.`, refs: [] },
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

/**
 * Help that runs one way: a peer whose skill meets my need ("Noor could help you with your
 * grant application"), and a peer whose need I can meet (the guide's "Offer Expertise").
 * A peer whose help runs both ways is the complement suggestion instead.
 */
function oneWay(ctx: AdvisorContext): Draft[] {
  const mine: { n: PreparedPeer; ms: TermMatch[] }[] = [];
  const theirs: { n: PreparedPeer; ms: TermMatch[] }[] = [];
  for (const n of ctx.network) {
    if (n.peer.status !== 'active') continue;
    const forMe = matchPrepared(ctx.me.needs, n.skills);
    const forThem = matchPrepared(n.needs, ctx.me.skills);
    if (forMe.length > 0 && forThem.length > 0) continue;
    if (forMe.length) mine.push({ n, ms: forMe });
    if (forThem.length) theirs.push({ n, ms: forThem });
  }
  const best = (xs: typeof mine) =>
    xs
      .sort((a, b) => strength(b.ms) - strength(a.ms) || b.n.peer.closeness - a.n.peer.closeness || (a.n.peer.id < b.n.peer.id ? -1 : 1))
      .slice(0, ONE_WAY_SHOWN);
  const out: Draft[] = [];
  for (const { n, ms } of best(mine)) {
    const who = firstName(n.peer.name);
    out.push({
      kind: 'peer-identification',
      key: `helps-you:${n.peer.id}`,
      title: `${n.peer.name} could help you with ${ms[0]!.via === 'synonym' ? ms[0]!.on : ms[0]!.a}`,
      score: 44 + 3 * Math.min(4, strength(ms)) + n.peer.closeness,
      peerIds: [n.peer.id],
      because: [
        ...ms.slice(0, 3).map((m) => ({ text: meetsText('you', who, m), refs: [n.peer.id] })),
        {
          text: `Ask ${who} for a conversation about it; the guide's "Mutual Value Exchange" reminds you to offer something back.`,
          refs: [],
        },
      ],
      action: { type: 'prepare', peerId: n.peer.id },
      facts: ms.map((m) => `${m.a}>${m.b}`),
    });
  }
  for (const { n, ms } of best(theirs)) {
    const who = firstName(n.peer.name);
    out.push({
      kind: 'peer-identification',
      key: `you-help:${n.peer.id}`,
      // their need in the table's words when it has them ("mentoring" for "mentor")
      title: `You could help ${n.peer.name} with ${ms[0]!.via === 'synonym' ? ms[0]!.on : ms[0]!.a}`,
      score: 42 + 3 * Math.min(4, strength(ms)) + n.peer.closeness,
      peerIds: [n.peer.id],
      because: [
        ...ms.slice(0, 3).map((m) => ({ text: meetsText(who, 'you', m), refs: [n.peer.id] })),
        {
          text: `Offer it: the guide's "Offer Expertise" says to share your knowledge when peers need help with specific challenges.`,
          refs: [],
        },
      ],
      action: { type: 'prepare', peerId: n.peer.id },
      facts: ms.map((m) => `${m.a}>${m.b}`),
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
    // within their cadence (or only just marked dormant) there is nothing to revive: Today's check-ins agree
    if (quiet! < Math.max(REVIVE_MIN_DAYS, ctx.cadenceDays(n.peer) ?? 0)) continue;
    const shared = matchPrepared(ctx.me.interests, n.interests);
    const helps = matchPrepared(ctx.me.needs, n.skills);
    if (shared.length === 0 && helps.length === 0 && n.peer.closeness < 4) continue;
    const who = firstName(n.peer.name);
    const because: Because[] = [
      {
        text: `You were last in touch with ${who} on ${dayWords(last.date, ctx.today)}, ${quiet} days ago${n.peer.status === 'dormant' ? '; you marked them dormant' : ''}.`,
        refs: [n.peer.id, last.id],
      },
      ...shared.slice(0, 3).map((m) => ({ text: `You share an interest: ${explainMatch(m)}.`, refs: [n.peer.id] })),
      ...helps.slice(0, 2).map((m) => ({ text: meetsText('you', who, m), refs: [n.peer.id] })),
      ...(n.peer.closeness >= 4 ? [{ text: `You rated ${who} close (${n.peer.closeness} of 5).`, refs: [n.peer.id] }] : []),
    ];
    out.push({
      kind: 'peer-identification',
      key: `revive:${n.peer.id}`,
      title: `Get back in touch with ${n.peer.name}`,
      score: 35 + 4 * n.peer.closeness + 3 * Math.min(4, shared.length + helps.length),
      peerIds: [n.peer.id],
      because,
      action: { type: 'log', peerId: n.peer.id },
      facts: [last.id, n.peer.status, n.peer.closeness, ...shared.map((m) => m.b), ...helps.map((m) => m.b)],
    });
  }
  return out;
}
