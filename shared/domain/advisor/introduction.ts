import { explainMatch, matchKeys, matchPrepared, meetsText, type TermMatch } from '../words';
import { firstName, pairKey, type AdvisorContext, type PreparedPeer } from './context';
import type { Draft } from './types';

/**
 * introduction ("Make Introductions"): pairs of my peers with no tie between them where one's
 * needs meet the other's skills, with what each side gains. Candidates come from an index of
 * skill words, so 1,000 peers do not mean half a million comparisons.
 */

/** Each peer appears in at most this many introductions (their best ones). */
export const PER_PEER = 2;

export function introduction(ctx: AdvisorContext): Draft[] {
  const active = ctx.network.filter((n) => n.peer.status === 'active');
  const bySkill = new Map<string, PreparedPeer[]>();
  for (const n of active) {
    const keys = new Set(n.skills.flatMap((t) => matchKeys(t)));
    for (const k of keys) bySkill.set(k, [...(bySkill.get(k) ?? []), n]);
  }
  interface Pair {
    a: PreparedPeer;
    b: PreparedPeer;
    aGets: TermMatch[];
    bGets: TermMatch[];
    shared: TermMatch[];
    score: number;
  }
  const pairs = new Map<string, Pair>();
  for (const a of active) {
    const candidates = new Set<PreparedPeer>();
    for (const t of a.needs) for (const k of matchKeys(t)) for (const b of bySkill.get(k) ?? []) if (b !== a) candidates.add(b);
    for (const b of candidates) {
      const key = pairKey(a.peer.id, b.peer.id);
      if (pairs.has(key) || ctx.tied.has(key)) continue;
      const [x, y] = a.peer.id < b.peer.id ? [a, b] : [b, a];
      const xGets = matchPrepared(x.needs, y.skills);
      const yGets = matchPrepared(y.needs, x.skills);
      if (xGets.length + yGets.length === 0) continue;
      const shared = matchPrepared(x.interests, y.interests);
      pairs.set(key, {
        a: x,
        b: y,
        aGets: xGets,
        bGets: yGets,
        shared,
        score:
          3 * (Math.min(3, xGets.length) + Math.min(3, yGets.length)) + (xGets.length && yGets.length ? 4 : 0) + Math.min(3, shared.length),
      });
    }
  }
  const ranked = [...pairs.entries()].sort((p, q) => q[1].score - p[1].score || (p[0] < q[0] ? -1 : 1));
  const used = new Map<string, number>();
  const out: Draft[] = [];
  for (const [key, p] of ranked) {
    const ua = used.get(p.a.peer.id) ?? 0;
    const ub = used.get(p.b.peer.id) ?? 0;
    if (ua >= PER_PEER || ub >= PER_PEER) continue;
    used.set(p.a.peer.id, ua + 1);
    used.set(p.b.peer.id, ub + 1);
    const an = firstName(p.a.peer.name);
    const bn = firstName(p.b.peer.name);
    const side = (who: string, other: string, gets: TermMatch[]) =>
      gets.length
        ? `${meetsText(who, other, gets[0]!).replace(/\.$/, '')}${gets.length > 1 ? ` (and ${gets.length - 1} more)` : ''}.`
        : `${who} gets to help with what they know${p.shared.length ? `, and they share an interest (${explainMatch(p.shared[0]!)})` : ''}.`;
    out.push({
      kind: 'introduction',
      key,
      title: `Introduce ${p.a.peer.name} and ${p.b.peer.name}`,
      score: 45 + Math.min(30, p.score * 2),
      peerIds: [p.a.peer.id, p.b.peer.id],
      because: [
        { text: side(an, bn, p.aGets), refs: [p.a.peer.id, p.b.peer.id] },
        { text: side(bn, an, p.bGets), refs: [p.b.peer.id, p.a.peer.id] },
        ...p.shared.slice(0, 2).map((m) => ({ text: `They share an interest: ${explainMatch(m)}.`, refs: [p.a.peer.id, p.b.peer.id] })),
        {
          text: `As far as your map shows, ${an} and ${bn} do not know each other yet.`,
          refs: [p.a.peer.id, p.b.peer.id],
        },
      ],
      action: { type: 'introduce', peerIds: [p.a.peer.id, p.b.peer.id] },
      facts: [...p.aGets, ...p.bGets, ...p.shared].map((m) => `${m.a}>${m.b}`),
    });
  }
  return out;
}
