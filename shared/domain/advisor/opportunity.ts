import { daysLeft, isActive, whoWouldThisHelp } from '../groups/opportunities';
import type { AdvisorContext } from './context';
import type { Because, Draft } from './types';

/**
 * opportunity ("Share Opportunities"): for each open opportunity, the peers it fits and has
 * not yet gone to (the groups' "Who would this help?", one rule in one home). A peer's page
 * shows the ones naming them: the opportunities that fit that peer.
 */

/** A fit needs at least this score (one need or goal, or a skill and an interest). */
export const MIN_FIT = 3;
const SHOWN = 5;

export function opportunity(ctx: AdvisorContext): Draft[] {
  const peers = ctx.network.map((n) => n.peer);
  const out: Draft[] = [];
  for (const o of [...ctx.src.opportunities].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!isActive(o, ctx.today)) continue;
    const fits = whoWouldThisHelp(o, peers, ctx.src.goals)
      .filter((f) => f.sharedOn === null && f.score >= MIN_FIT)
      .sort((a, b) => b.score - a.score || (a.peerId < b.peerId ? -1 : 1))
      .slice(0, SHOWN);
    if (fits.length === 0) continue;
    const left = daysLeft(o, ctx.today);
    const goalIds = (peerId: string) => (ctx.openGoals.get(peerId) ?? []).map((g) => g.id);
    const because: Because[] = fits.flatMap((f) =>
      f.reasons.map((r) => ({ text: `${f.name}: ${r.text}`, refs: [o.id, f.peerId, ...(r.kind === 'goal' ? goalIds(f.peerId) : [])] })),
    );
    if (left !== null) because.push({ text: `The deadline is ${o.deadline} (${left === 0 ? 'today' : `${left} day${left === 1 ? '' : 's'} left`}).`, refs: [o.id] });
    const ids = fits.map((f) => f.peerId);
    out.push({
      kind: 'opportunity',
      key: o.id,
      title: `Share "${o.title}" with ${fits.map((f) => f.name).join(', ')}`,
      score: 40 + Math.min(30, fits[0]!.score * 3) + (left !== null && left <= 14 ? 10 : 0),
      peerIds: ids,
      because,
      action: { type: 'share', opportunityId: o.id, peerIds: ids },
      facts: [o.status, o.deadline ?? '', ...fits.map((f) => `${f.peerId}:${f.score}`)],
    });
  }
  return out;
}
