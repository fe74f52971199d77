import { describe, expect, test } from 'vitest';
import { applyOps, parseOp } from '../../../electron/core/vault/ops';
import { advisorContext } from '../../../shared/domain/advisor/context';
import { MIN_FIT, SHOWN, opportunity } from '../../../shared/domain/advisor/opportunity';
import { isActive, whoWouldThisHelp } from '../../../shared/domain/groups/opportunities';
import { emptyDocument } from '../../../shared/schema/document';
import { CAREER_STAGES } from '../../../shared/schema/vocabulary';
import { HEAVY, heavyOps } from '../../bench/synthetic';

/**
 * The opportunity rule finds each opportunity's best peers through a word index and upper
 * bounds, stopping early. Checked here against the plain way: "Who would this help?" over
 * every peer, the best SHOWN by score then id (and whether more fit), on a small synthetic vault with needs and career
 * stages added so every kind of reason (and the stage bonus) comes up.
 */
describe('advisor: the opportunity search gives what asking every peer gives', () => {
  test('same peers, same order, for every open opportunity', () => {
    const counts = { ...HEAVY, peers: 150, ties: 300, interactions: 300, journal: 20, notes: 20, groups: 3, goals: 60, opportunities: 60 };
    const doc = emptyDocument();
    applyOps(doc, heavyOps(counts).map(parseOp));
    doc.peers = doc.peers.map((p, i) => ({
      ...p,
      needs: p.tags,
      interests: i % 3 === 0 ? p.skills.slice(0, 1) : [],
      careerStage: CAREER_STAGES[i % CAREER_STAGES.length]!,
    }));
    // a few opportunities name a stage, so the stage's part of the bound is tried
    doc.opportunities = doc.opportunities.map((o, i) =>
      i % 4 === 0 ? { ...o, title: `Senior ${o.title}` } : i % 4 === 1 ? { ...o, tags: [...o.tags, 'junior'] } : o,
    );
    const today = '2026-06-01';
    const ctx = advisorContext(doc, today);

    const drafts = opportunity(ctx);
    const fast = new Map(drafts.map((d) => [d.key, d.peerIds]));
    const plain = new Map<string, string[]>();
    const plainMore = new Set<string>();
    const peers = ctx.network.map((n) => n.peer);
    const goals = [...ctx.openGoals.values()].flat();
    for (const o of ctx.src.opportunities) {
      if (!isActive(o, today)) continue;
      const shared = new Set(o.sharedWith.map((s) => s.peerId));
      const fits = whoWouldThisHelp(
        o,
        peers.filter((p) => !shared.has(p.id)),
        goals,
      )
        .filter((f) => f.score >= MIN_FIT)
        .sort((a, b) => b.score - a.score || (a.peerId < b.peerId ? -1 : 1));
      const more = fits.length > SHOWN;
      fits.splice(SHOWN);
      if (more) plainMore.add(o.id);
      if (fits.length > 0)
        plain.set(
          o.id,
          fits.map((f) => f.peerId),
        );
    }
    expect(plain.size).toBeGreaterThan(10);
    expect([...fast].sort()).toEqual([...plain].sort());
    // "more fit" is said exactly when more than SHOWN fit
    const fastMore = drafts.filter((d) => d.because.some((b) => b.text.startsWith('More of your peers fit'))).map((d) => d.key);
    expect(plainMore.size).toBeGreaterThan(0);
    expect(fastMore.sort()).toEqual([...plainMore].sort());
  });
});
