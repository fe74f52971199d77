import type { Peer } from '../../schema/document';
import { GROUP_DIMENSIONS, diversityOf } from '../diversity';
import { generateRotation } from '../groups/rotation';
import { DEEP_GROUP_MAX, DEEP_GROUP_MIN } from '../groups/size';
import { firstName, type AdvisorContext } from './context';
import type { Because, Draft } from './types';

/**
 * group-formation ("Peer Group Dynamics"): 5 to 8 of my peers, as diverse as the one
 * diversity index (the map's and the groups') can make them, among peers I rate high on
 * shared values, growth mindset and generous spirit; with two alternatives and a
 * facilitator rotation. Greedy from several seeds: deterministic, and quick on 1,000 peers.
 */

const KEPT = ['sharedValues', 'growthMindset', 'generousSpirit'] as const;
/** A peer's mean of the three qualities (unrated: not considered) must reach this. */
export const MIN_QUALITY = 3.5;
/** At most this many of the best-rated peers are considered, to keep it quick. */
const POOL = 60;
const SEEDS = 6;

const quality = (p: Peer): number | null => {
  const rated = KEPT.map((q) => p.qualities[q]).filter((r): r is number => r !== undefined);
  return rated.length ? rated.reduce((s, r) => s + r, 0) / rated.length : null;
};

interface Proposal {
  members: Peer[];
  diversity: number;
  quality: number;
  value: number;
}

function evaluate(members: Peer[], me: AdvisorContext['src']['me']): Proposal {
  const diversity = diversityOf([...members, { ...me, peerTypes: [] }], GROUP_DIMENSIONS).score ?? 0;
  const q = members.reduce((s, p) => s + (quality(p) ?? 0), 0) / members.length;
  // diversity leads; the qualities (1 to 5) keep the group one people would want to be in
  return { members, diversity, quality: q, value: diversity + (q - 1) / 8 };
}

const idsKey = (ps: readonly Peer[]) =>
  ps
    .map((p) => p.id)
    .sort()
    .join(',');

function grow(seed: Peer, pool: readonly Peer[], me: AdvisorContext['src']['me']): Proposal {
  let members = [seed];
  let best: Proposal | null = null;
  while (members.length < DEEP_GROUP_MAX) {
    let pick: Proposal | null = null;
    for (const c of pool) {
      if (members.includes(c)) continue;
      const e = evaluate([...members, c], me);
      if (!pick || e.value > pick.value + 1e-12) pick = e;
    }
    if (!pick) break;
    members = pick.members;
    if (members.length >= DEEP_GROUP_MIN && (!best || pick.value > best.value + 1e-12)) best = pick;
  }
  return best ?? evaluate(members, me);
}

const STAGE_PHRASE: Record<string, [string, string]> = {
  early: ['is early in their career', 'are early in their career'],
  mid: ['is mid-career', 'are mid-career'],
  senior: ['is senior', 'are senior'],
  lead: ['is in a lead role', 'are in lead roles'],
};
const DIMENSION_NOUNS: Record<string, string> = {
  industry: 'industries',
  function: 'functions',
  location: 'places',
  careerStage: 'career stages',
  peerType: 'kinds of peer',
};

/**
 * What the members have in common: a need or open goal two or more of them share (the same
 * thing once normalised, or through the synonym table), and a career stage two or more share.
 */
function sharedByMembers(ctx: AdvisorContext, members: readonly Peer[]): string[] {
  const byTerm = new Map<string, Set<string>>();
  const prepared = new Map(ctx.network.map((n) => [n.peer.id, n]));
  for (const m of members) {
    const goals = ctx.prepare((ctx.openGoals.get(m.id) ?? []).map((g) => g.title));
    for (const t of [...(prepared.get(m.id)?.needs ?? []), ...goals]) {
      let who = byTerm.get(t.c);
      if (!who) byTerm.set(t.c, (who = new Set()));
      who.add(m.id);
    }
  }
  const out = [...byTerm]
    .filter(([, who]) => who.size >= 2)
    .sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([term, who]) => `${who.size === members.length ? 'all' : who.size} of them need ${term}`);
  const stages = new Map<string, number>();
  for (const m of members) if (m.careerStage) stages.set(m.careerStage, (stages.get(m.careerStage) ?? 0) + 1);
  const [stage, count] = [...stages].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? ['', 0];
  if (count >= 2) out.push(`${count === members.length ? 'all' : count} of them ${STAGE_PHRASE[stage]![1]}`);
  return out;
}

export function groupFormation(ctx: AdvisorContext): Draft[] {
  // people already in a formal group have one: they are left out of a new one
  const inFormal = new Set(ctx.src.groups.filter((g) => g.kind !== 'informal-network').flatMap((g) => g.memberIds));
  const pool = ctx.network
    .map((n) => n.peer)
    .filter((p) => p.status === 'active' && !inFormal.has(p.id) && (quality(p) ?? 0) >= MIN_QUALITY)
    .sort((a, b) => quality(b)! - quality(a)! || (a.id < b.id ? -1 : 1))
    .slice(0, POOL);
  if (pool.length < DEEP_GROUP_MIN) return [];
  const seen = new Set<string>();
  const proposals: Proposal[] = [];
  for (const seed of pool.slice(0, SEEDS)) {
    const p = grow(seed, pool, ctx.src.me);
    const k = idsKey(p.members);
    if (p.members.length < DEEP_GROUP_MIN || seen.has(k)) continue;
    seen.add(k);
    proposals.push(p);
  }
  proposals.sort((a, b) => b.value - a.value || idsKey(a.members).localeCompare(idsKey(b.members)));
  const [best, ...alternatives] = proposals;
  if (!best) return [];
  // an existing group with the same members needs no proposal
  const existing = new Set(ctx.src.groups.map((g) => [...g.memberIds].sort().join(',')));
  if (existing.has(idsKey(best.members))) return [];

  const members = [...best.members].sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  // a group is worth suggesting for what its members share; diversity alone is no reason
  const shared = sharedByMembers(ctx, members);
  if (shared.length === 0) return [];
  // the most generous leads first ("Leadership Rotation"), then the rest by name
  const order = generateRotation(
    [...members]
      .sort((a, b) => (b.qualities.generousSpirit ?? 0) - (a.qualities.generousSpirit ?? 0) || a.name.localeCompare(b.name))
      .map((p) => p.id),
    [],
  );
  const report = diversityOf([...members, { ...ctx.src.me, peerTypes: [] }], GROUP_DIMENSIONS);
  const spread = report.dimensions
    .filter((d) => d.known >= 2 && d.distinct >= 2)
    .map((d) => `${d.distinct} ${DIMENSION_NOUNS[d.dimension] ?? d.label.toLowerCase()}`);
  const ids = members.map((p) => p.id);
  const because: Because[] = [
    { text: `What they share: ${shared.join('; ')}.`, refs: ids },
    {
      text: `They differ where it helps${spread.length ? `, across ${listed(spread)}` : ''}: ${Math.round(best.diversity * 100)} of 100 on the map's diversity index, with you in it; as the guide's "Diversity Benefits" says, different backgrounds enrich a group.`,
      refs: ids,
    },
    {
      text: `You rated their shared values, growth mindset and generous spirit ${best.quality.toFixed(1)} of 5 on average.`,
      refs: ids,
    },
    {
      text: `${members.length} people, within the 5 to 8 that the guide's "Size Considerations" finds best for deep relationships.`,
      refs: [],
    },
    {
      text: `Facilitators in turn, as the guide's "Leadership Rotation" suggests: ${order.map((id) => firstName(ctx.nameOf(id))).join(', then ')}.`,
      refs: order,
    },
    ...alternatives.slice(0, 2).map((a, i) => ({
      text: `Alternative ${i + 1}: ${[...a.members]
        .sort((x, y) => x.name.localeCompare(y.name))
        .map((p) => firstName(p.name))
        .join(', ')} (diversity ${Math.round(a.diversity * 100)}, qualities ${a.quality.toFixed(1)}).`,
      refs: a.members.map((p) => p.id).sort(),
    })),
  ];
  return [
    {
      kind: 'group-formation',
      key: [...ids].sort().join(','),
      title: `Form a peer group: ${members.map((p) => firstName(p.name)).join(', ')}`,
      score: 45 + Math.round(30 * best.diversity),
      peerIds: ids,
      because,
      action: { type: 'form-group', peerIds: ids, facilitatorOrder: order, name: 'Peer circle' },
      facts: [...ids].sort(),
    },
  ];
}

/** "a", "a and b", "a, b and c" */
const listed = (xs: readonly string[]): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
