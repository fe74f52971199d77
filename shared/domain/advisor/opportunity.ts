import { dayWords } from '../../date-words';
import {
  COVERS_BONUS,
  FIT_WEIGHTS,
  MIN_FIT,
  daysLeft,
  fitSentence,
  isActive,
  opportunityTerms,
  stagesNamed,
  opportunityFit,
  type Fit,
} from '../groups/opportunities';
import { matchKeys, type PreparedTerm } from '../words';
import { firstName, type AdvisorContext } from './context';
import type { Because, Draft } from './types';

/**
 * opportunity ("Share Opportunities"): for each open opportunity, the peers it fits and has
 * not yet gone to (the groups' "Who would this help?", one rule in one home). A peer's page
 * shows the ones naming them: the opportunities that fit that peer.
 */

export { MIN_FIT };
/** The title names this many peers. */
const NAMED = 3;
/**
 * At most this many peers, the best, each with their reason; when more fit, a last line says
 * so and points to "Who would this help?", which lists them all. Past a handful a list stops
 * being advice, and asking every one of thousands of peers costs seconds on a large vault.
 */
export const SHOWN = 8;

type Field = 'need' | 'goal' | 'skill' | 'interest';

/** A prepared term's match keys without families, each once: worked out once per term object (prepared terms are kept while a peer or phrase stays the same). */
const keys = new WeakMap<PreparedTerm, readonly string[]>();
function keysOf(t: PreparedTerm): readonly string[] {
  let k = keys.get(t);
  if (!k) keys.set(t, (k = [...new Set(matchKeys(t, false))]));
  return k;
}

export function opportunity(ctx: AdvisorContext): Draft[] {
  // every word a peer's needs, goals, skills and interests can meet on, with which of their
  // terms (a slot: one term of one field of one peer): an opportunity's words give each peer
  // an upper bound on its fit, so the rule itself runs only for peers who could make the list.
  // Slots are numbered and counted in typed arrays: at ten times the heavy vault every
  // opportunity touches thousands of peers, and strings and sets per touch cost seconds.
  const index = new Map<string, number[]>();
  const slotPeer: number[] = [];
  const slotWeight: number[] = [];
  const slotIsSkill: boolean[] = [];
  ctx.network.forEach((n, peer) => {
    const lists: [Field, PreparedTerm[]][] = [
      ['need', n.needs],
      ['goal', ctx.prepare((ctx.openGoals.get(n.peer.id) ?? []).map((g) => g.title))],
      ['skill', n.skills],
      ['interest', n.interests],
    ];
    for (const [field, terms] of lists) {
      for (const t of terms) {
        const slot = slotPeer.length;
        slotPeer.push(peer);
        slotWeight.push(FIT_WEIGHTS[field]);
        slotIsSkill.push(field === 'skill');
        for (const k of keysOf(t)) {
          let l = index.get(k);
          if (!l) index.set(k, (l = []));
          l.push(slot);
        }
      }
    }
  });
  const slotSeen = new Int32Array(slotPeer.length).fill(-1);
  const peerSeen = new Int32Array(ctx.network.length).fill(-1);
  const bound = new Float64Array(ctx.network.length);
  const out: Draft[] = [];
  const opportunities = [...ctx.src.opportunities].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (let oi = 0; oi < opportunities.length; oi++) {
    const o = opportunities[oi]!;
    if (!isActive(o, ctx.today)) continue;
    const shared = new Set(o.sharedWith.map((s) => s.peerId));
    const touched: number[] = [];
    // having every skill it asks for adds a bonus: part of the bound of each peer whose skills
    // meet every one of them by the same phrase or a synonym (as opportunityFit asks)
    const required = o.skills.filter((x) => x.trim() !== '');
    const requiredTerms = ctx.prepare(required);
    const covering = new Map<number, number>();
    if (required.length > 0 && requiredTerms.length === required.length) {
      for (const t of requiredTerms) {
        const met = new Set<number>();
        for (const k of [`k:${t.k}`, `c:${t.c}`]) for (const slot of index.get(k) ?? []) if (slotIsSkill[slot]) met.add(slotPeer[slot]!);
        for (const peer of met) covering.set(peer, (covering.get(peer) ?? 0) + 1);
      }
    }
    const bonusOf = (peer: number) => (covering.get(peer) === required.length ? COVERS_BONUS : 0);
    for (const t of ctx.prepare(opportunityTerms(o))) {
      for (const k of keysOf(t)) {
        for (const slot of index.get(k) ?? []) {
          if (slotSeen[slot] === oi) continue;
          slotSeen[slot] = oi;
          const peer = slotPeer[slot]!;
          if (peerSeen[peer] !== oi) {
            peerSeen[peer] = oi;
            bound[peer] = 0;
            touched.push(peer);
          }
          bound[peer]! += slotWeight[slot]!;
        }
      }
    }
    // the stage counts only for a peer at a stage it names (as in whoWouldThisHelp): a
    // tighter bound, so the search stops sooner
    const stages = new Set(stagesNamed(o).map((x) => x.stage));
    // candidates by bound, best first, then by peer (network order is id order); each
    // bucket of one bound is sorted only if the search reaches it
    const buckets = new Map<number, number[]>();
    for (const peer of touched) {
      const stage = ctx.network[peer]!.peer.careerStage;
      const b = bound[peer]! + bonusOf(peer) + (stage && stages.has(stage) ? FIT_WEIGHTS.stage : 0);
      if (b < MIN_FIT || shared.has(ctx.network[peer]!.peer.id)) continue;
      let l = buckets.get(b);
      if (!l) buckets.set(b, (l = []));
      l.push(peer);
    }
    // the best SHOWN so far, in final order; a candidate who cannot beat the last of them (nor
    // tie it with an earlier id) ends the search, once one more who fits is known to exist
    const fits: Fit[] = [];
    let more = false;
    const fit = opportunityFit(o);
    const better = (a: Fit, b: Fit) => b.score - a.score || (a.peerId < b.peerId ? -1 : a.peerId > b.peerId ? 1 : 0);
    search: for (const b of [...buckets.keys()].sort((x, y) => y - x)) {
      for (const p of buckets.get(b)!.sort((x, y) => x - y)) {
        const peer = ctx.network[p]!.peer;
        const last = fits.length === SHOWN ? fits[SHOWN - 1]! : null;
        const beyond = last !== null && (last.score > b || (last.score === b && peer.id > last.peerId));
        if (beyond && more) break search;
        const f = fit(
          peer,
          (ctx.openGoals.get(peer.id) ?? []).map((g) => g.title),
        );
        if (!f || f.score < MIN_FIT) continue;
        if (beyond) {
          more = true;
          break search;
        }
        fits.push(f);
        fits.sort(better);
        if (fits.length > SHOWN) {
          fits.pop();
          more = true;
        }
      }
    }
    if (fits.length === 0) continue;
    const left = daysLeft(o, ctx.today);
    const goalIds = (peerId: string) => (ctx.openGoals.get(peerId) ?? []).map((g) => g.id);
    // one short reason per person
    const because: Because[] = fits.map((f) => ({
      text: fitSentence(f, firstName(f.name)),
      refs: [o.id, f.peerId, ...(f.reasons.some((r) => r.kind === 'goal') ? goalIds(f.peerId) : [])],
    }));
    if (more)
      because.push({
        text: `More of your peers fit it too: "Who would this help?" on the opportunity lists them all.`,
        refs: [o.id],
      });
    if (left !== null && o.deadline)
      because.push({
        text: `The deadline is ${dayWords(o.deadline, ctx.today)} (${left === 0 ? 'today' : `${left} day${left === 1 ? '' : 's'} left`}).`,
        refs: [o.id],
      });
    const ids = fits.map((f) => f.peerId);
    out.push({
      kind: 'opportunity',
      key: o.id,
      title: `Share "${o.title}" with ${namesList(
        fits.map((f) => f.name),
        more,
      )}`,
      score: 40 + Math.min(30, fits[0]!.score * 3) + (left !== null && left <= 14 ? 10 : 0),
      peerIds: ids,
      because,
      action: { type: 'share', opportunityId: o.id, peerIds: ids },
      facts: [o.status, o.deadline ?? '', ...fits.map((f) => `${f.peerId}:${f.score}`)],
    });
  }
  return out;
}

/** "Ana", "Ana and Bo", "Ana, Bo and Cy", "Ana, Bo, Cy and 2 others", "Ana, Bo, Cy and others" */
function namesList(names: readonly string[], more: boolean): string {
  if (more) return `${names.slice(0, NAMED).join(', ')} and others`;
  if (names.length <= NAMED + 1)
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const rest = names.length - NAMED;
  return `${names.slice(0, NAMED).join(', ')} and ${rest} other${rest === 1 ? '' : 's'}`;
}
