import { describe, expect, test } from 'vitest';
import { parseOp } from '../../../electron/core/vault/ops';
import { SAMPLE_PEER_IDS, sampleOps } from '../../../electron/core/sample/sample-data';
import { sampleGroupOps } from '../../../electron/core/sample/sample-groups';
import { emptyDocument } from '../../../shared/schema/document';
import { ME } from '../../../shared/schema/vocabulary';
import { applyOps } from '../../../electron/core/vault/ops';
import { groupsToday, groupView, opportunityView } from '../../../shared/domain/groups/views';

describe('the sample vault: groups, goals and opportunities', () => {
  test.each(['2025-06-26', '2026-01-01', '2026-02-28', '2024-12-31'])('valid and coherent when opened on %s', (today) => {
    const doc = emptyDocument();
    applyOps(doc, sampleOps(today).map(parseOp));
    const known = new Set([...SAMPLE_PEER_IDS, ME]);
    const groups = doc.groups;
    expect(groups.map((g) => g.id)).toEqual(['sample-g1', 'sample-g2', 'sample-g3']);
    for (const g of groups) {
      for (const id of [...g.memberIds, ...g.facilitatorOrder]) expect(known.has(id), id).toBe(true);
      for (const m of g.meetings) {
        expect(m.date <= today).toBe(true);
        for (const id of [...m.attendeeIds, ...m.actionItems.map((a) => a.ownerId)]) expect(known.has(id), id).toBe(true);
      }
    }
    for (const g of doc.goals)
      for (const id of [g.owner, ...g.partnerIds, ...g.checkIns.flatMap((c) => c.withPeerId ?? [])]) expect(known.has(id), id).toBe(true);
    for (const o of doc.opportunities) for (const s of o.sharedWith) expect(known.has(s.peerId)).toBe(true);

    // something to show on every screen: a rotation that skips Rosa, my action items, goals
    // due a check-in, an expired opportunity, a group that is too small
    const circle = groupView(doc, groups[0]!);
    expect(circle.rotation.slots[0]!.skipped).toEqual(['sample-p18']);
    expect(circle.rotation.slots[1]!.facilitatorId).toBe('sample-p18');
    expect(circle.size.fit).toBe('right');
    expect(groupView(doc, groups[2]!).size.fit).toBe('small');
    const t = groupsToday(doc, today);
    expect(t.actionItems.map((a) => a.item.id)).toEqual(['sample-a4', 'sample-a1', 'sample-a7']);
    expect(t.goals.map((g) => g.goalId)).toEqual(['sample-goal1', 'sample-goal6']);
    expect(doc.opportunities.map((o) => opportunityView(o, today).state)).toEqual(['open', 'shared', 'open', 'expired', 'taken', 'open']);
  });

  test('the same day gives the same ops', () => {
    expect(sampleGroupOps('2025-06-26')).toEqual(sampleGroupOps('2025-06-26'));
  });
});
