import type { Goal } from '../../schema/document';
import { ME } from '../../schema/vocabulary';
import { plusDays } from '../days';
import { ONE_SIDED_MIN_WEIGHT, PATTERN_WINDOW_MONTHS, oneSided } from '../patterns';
import { windowEnding } from '../reciprocity';
import { canonicalOf, keywords } from '../words';
import { firstName, type AdvisorContext } from './context';
import type { Because, Draft } from './types';

/**
 * conflict ("Managing Peer Relationships"): signs of competitive strain with a peer: going
 * for the same role or opportunity (the same open goal, or one job passed to both), journal
 * entries about them tagged competition or conflict, a long one-sided balance (the
 * interaction patterns' rule). It names signs and the guide's advice; it never labels a
 * peer, and the user decides what it means.
 */

const STRAIN_TAGS = new Set(['competition', 'competitive', 'conflict', 'rivalry', 'tension'].map((t) => canonicalOf(t)));
/** Journal entries this recent count. */
const JOURNAL_DAYS = 365;

const BALANCE = `Peers may go for the same roles; the guide's "Balance Competition and Collaboration" says to keep it healthy: celebrate their wins and keep working together where you can.`;
const DECIDE = `These are signs, not a verdict (the guide's "Avoid Toxic Dynamics"). You know the relationship; you decide whether it needs a frank talk, more distance or nothing at all.`;

interface Signal {
  because: Because;
  weight: number;
  fact: string;
}

export function conflict(ctx: AdvisorContext): Draft[] {
  const signals = new Map<string, Signal[]>();
  const add = (peerId: string, s: Signal) => signals.set(peerId, [...(signals.get(peerId) ?? []), s]);
  const inNetwork = new Set(ctx.network.map((n) => n.peer.id));

  // the same goal: my open goals against each peer's (the same phrase once normalised, or synonyms)
  const goalKey = (title: string) => canonicalOf(keywords(title).join(' '));
  // my goals by key, the first (by id) for each: one look-up per peer's goal, not one per pair
  const mine = new Map<string, { g: Goal }>();
  for (const g of ctx.openGoals.get(ME) ?? []) {
    const k = goalKey(g.title);
    if (k !== '' && !mine.has(k)) mine.set(k, { g });
  }
  for (const [owner, goals] of ctx.openGoals) {
    if (owner === ME || !inNetwork.has(owner)) continue;
    for (const g of goals) {
      const same = mine.get(goalKey(g.title));
      if (same)
        add(owner, {
          weight: 3,
          fact: `goal:${same.g.id}:${g.id}`,
          because: {
            text: `You and ${firstName(ctx.nameOf(owner))} both have the open goal "${g.title}".`,
            refs: [owner, same.g.id, g.id],
          },
        });
    }
  }
  // one job passed to two peers: they may go for the same role
  for (const o of ctx.src.opportunities) {
    if (o.kind !== 'job' || o.status === 'expired' || o.status === 'taken') continue;
    const to = [...new Set(o.sharedWith.map((s) => s.peerId))].filter((id) => inNetwork.has(id)).sort();
    if (to.length < 2) continue;
    for (const id of to) {
      const others = to.filter((x) => x !== id).map((x) => firstName(ctx.nameOf(x)));
      add(id, {
        weight: 2,
        fact: `job:${o.id}`,
        because: {
          text: `You passed the job "${o.title}" to ${firstName(ctx.nameOf(id))} and to ${others.join(', ')}: they may be going for the same role.`,
          refs: [id, o.id, ...to.filter((x) => x !== id)],
        },
      });
    }
  }
  // journal entries about a peer tagged competition or conflict: named by date, never quoted
  const since = plusDays(ctx.today, -JOURNAL_DAYS);
  const tagged = new Map<string, string[]>();
  // a journal uses few distinct tags over thousands of entries: normalise each tag once
  const strainTag = new Map<string, boolean>();
  const isStrain = (t: string) => {
    let v = strainTag.get(t);
    if (v === undefined) strainTag.set(t, (v = STRAIN_TAGS.has(canonicalOf(t))));
    return v;
  };
  for (const e of ctx.src.journal) {
    if (e.date < since || e.date > ctx.today || !e.tags.some(isStrain)) continue;
    for (const id of e.peerIds) if (inNetwork.has(id)) tagged.set(id, [...(tagged.get(id) ?? []), e.id]);
  }
  for (const [id, entries] of tagged) {
    entries.sort();
    add(id, {
      weight: 2 + entries.length,
      fact: `journal:${entries.join(',')}`,
      because: {
        text: `${entries.length} of your journal entries about ${firstName(ctx.nameOf(id))} in the last year ${entries.length === 1 ? 'is' : 'are'} tagged competition or conflict.`,
        refs: [id, ...entries],
      },
    });
  }
  // a long one-sided balance (the patterns' rule, asked only where enough was exchanged to count)
  const w = windowEnding(ctx.today, PATTERN_WINDOW_MONTHS);
  for (const n of ctx.network) {
    const list = ctx.interactionsOf.get(n.peer.id);
    if (!list) continue;
    let weight = 0;
    for (const i of list) if (i.date >= w.since && i.date <= w.until) for (const x of i.exchanges) weight += x.weight;
    if (weight < ONE_SIDED_MIN_WEIGHT) continue;
    const p = oneSided({ peer: n.peer, interactions: list, checkIn: undefined, today: ctx.today });
    if (p)
      add(n.peer.id, {
        weight: 2,
        fact: `balance:${p.reason}`,
        because: {
          text: p.reason,
          refs: [
            n.peer.id,
            ...list
              .filter((i) => i.exchanges.length > 0)
              .slice(-3)
              .map((i) => i.id),
          ],
        },
      });
  }

  const out: Draft[] = [];
  for (const [peerId, list] of [...signals].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // one sign alone (a balance that leans) is the patterns' business; strain needs two, or a stronger one
    const weight = list.reduce((s, x) => s + x.weight, 0);
    if (weight < 3) continue;
    list.sort((a, b) => b.weight - a.weight || a.fact.localeCompare(b.fact));
    out.push({
      kind: 'conflict',
      key: peerId,
      title: `Signs of strain with ${ctx.nameOf(peerId)}`,
      score: 40 + Math.min(30, weight * 5),
      peerIds: [peerId],
      because: [...list.map((s) => s.because), { text: BALANCE, refs: [] }, { text: DECIDE, refs: [] }],
      action: { type: 'prepare', peerId },
      facts: list.map((s) => s.fact),
    });
  }
  return out;
}
