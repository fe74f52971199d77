import { SUGGESTION_KINDS, type SuggestionKind } from '../../schema/vocabulary';
import type { Day } from '../days';
import { advisorContext, type AdvisorContext, type AdvisorSources } from './context';
import { conflict } from './conflict';
import { conversation } from './conversation';
import { evolution } from './evolution';
import { fingerprint } from './fingerprint';
import { groupFormation } from './group-formation';
import { hiddenBy, type AdvisorMemory, type Hidden } from './memory';
import { introduction } from './introduction';
import { opportunity } from './opportunity';
import { peerIdentification } from './peer-identification';
import type { Draft, Suggestion } from './types';
import type { KeptIndex } from '../kept-index';

export type { AdvisorSources } from './context';
export type { Because, Suggestion, SuggestionAction } from './types';
export { KIND_LABEL } from './types';
export { hiddenBy, pruneMemory, remember, type AdvisorMemory, type Hidden } from './memory';

/**
 * The offline advisor ("AI-Enhanced Peer Relationships"), done on the user's machine from
 * their own vault: seven kinds of suggestion, each explained by the facts it rests on. Pure
 * and deterministic: the same vault and `today` give the same suggestions in the same order,
 * whatever order the collections come in.
 */
const RULES: Record<SuggestionKind, (ctx: AdvisorContext) => Draft[]> = {
  'peer-identification': peerIdentification,
  'group-formation': groupFormation,
  conversation,
  opportunity,
  conflict,
  evolution,
  introduction,
};

function finish(d: Draft): Suggestion {
  const { key, facts, ...rest } = d;
  return { ...rest, id: `${d.kind}:${key.length <= 120 ? key : fingerprint([key])}`, facts: fingerprint(facts) };
}

/** Best first: score, then the kinds' order, then id. */
export function compareSuggestions(a: Suggestion, b: Suggestion): number {
  return (
    b.score - a.score || SUGGESTION_KINDS.indexOf(a.kind) - SUGGESTION_KINDS.indexOf(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Every suggestion, hidden ones included, best first. */
export function allSuggestions(
  src: AdvisorSources,
  today: Day,
  kinds: readonly SuggestionKind[] = SUGGESTION_KINDS,
  kept?: KeptIndex,
): Suggestion[] {
  const ctx = advisorContext(src, today, kept);
  // no peers yet: nothing to advise on (the screens' empty states say how to start)
  if (ctx.network.length === 0) return [];
  return kinds.flatMap((k) => RULES[k](ctx).map(finish)).sort(compareSuggestions);
}

export interface AdvisedSuggestion extends Suggestion {
  hidden: Hidden;
}

/** Every suggestion with whether the user's dismissals and snoozes hide it today. */
export function advise(
  src: AdvisorSources & { advisor: AdvisorMemory },
  today: Day,
  kinds?: readonly SuggestionKind[],
  kept?: KeptIndex,
): AdvisedSuggestion[] {
  return allSuggestions(src, today, kinds, kept).map((s) => ({ ...s, hidden: hiddenBy(s, src.advisor, today) }));
}

/** Today's few: the best shown suggestions across kinds, at most one per peer. */
export function todaysPicks<S extends Suggestion & { hidden: Hidden }>(all: readonly S[], count = 3): S[] {
  const out: S[] = [];
  const peers = new Set<string>();
  for (const s of all) {
    if (s.hidden || s.peerIds.length === 0 || s.peerIds.some((p) => peers.has(p))) continue;
    out.push(s);
    for (const p of s.peerIds) peers.add(p);
    if (out.length === count) break;
  }
  return out;
}

/** The suggestions that name a peer (their page, their prep sheet). */
export const aboutPeer = <S extends Suggestion>(all: readonly S[], peerId: string): S[] => all.filter((s) => s.peerIds.includes(peerId));
