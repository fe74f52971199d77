import { describe, expect, test } from 'vitest';
import { checkInDue, goalProgress, goalsNeedingAttention, partnersToUpdate } from '../../../shared/domain/groups/goals';
import { goalSchema } from '../../../shared/schema/document';

const TODAY = '2025-06-26';
const goal = (id: string, extra: Record<string, unknown>) =>
  goalSchema.parse({ id, title: id, createdAt: '2025-06-01T09:00:00.000Z', ...extra });

const g1 = goal('g1', { partnerIds: ['ben'] });
const g2 = goal('g2', {
  partnerIds: ['ben', 'chen'],
  checkIns: [
    { id: 'c1', date: '2025-06-10', progress: 20, withPeerId: 'chen' },
    { id: 'c2', date: '2025-06-20', progress: 40, withPeerId: 'ben' },
  ],
});
const g3 = goal('g3', {});
const g4 = goal('g4', { owner: 'ana', createdAt: '2025-06-12T18:00:00.000Z' });
const g5 = goal('g5', { partnerIds: ['ben'], status: 'done' });

describe('goal check-ins', () => {
  test('due after the period without a check-in, counted from the last one or from when the goal was added', () => {
    // g1: added 06-01, none since: due 06-15, 11 days over
    expect(checkInDue(g1, TODAY, 14)).toEqual({ last: null, dueOn: '2025-06-15', due: true, daysOver: 11 });
    // g2: last 06-20: due 07-04, 8 days left
    expect(checkInDue(g2, TODAY, 14)).toEqual({ last: '2025-06-20', dueOn: '2025-07-04', due: false, daysOver: -8 });
    // a goal someone shared with me has me as its partner: due on the day, 06-12 + 14 = 06-26
    expect(checkInDue(g4, TODAY, 14)).toMatchObject({ dueOn: '2025-06-26', due: true, daysOver: 0 });
    // no partners, or not open: nothing is due
    expect(checkInDue(g3, TODAY, 14)).toBeNull();
    expect(checkInDue(g5, TODAY, 14)).toBeNull();
    // a shorter period makes g2 due: 06-20 + 5 = 06-25
    expect(checkInDue(g2, TODAY, 5)).toMatchObject({ due: true, daysOver: 1 });
  });

  test('partners not updated for the period', () => {
    expect(partnersToUpdate(g1, TODAY, 14)).toEqual([{ peerId: 'ben', since: null, days: 25 }]);
    // ben heard on 06-20 (6 days); chen on 06-10 (16 days)
    expect(partnersToUpdate(g2, TODAY, 14)).toEqual([{ peerId: 'chen', since: '2025-06-10', days: 16 }]);
    expect(partnersToUpdate(g4, TODAY, 14)).toEqual([]);
  });

  test('progress is the last check-in, and Today lists the goals wanting attention, most overdue first', () => {
    expect(goalProgress(g2)).toBe(40);
    expect(goalProgress(g1)).toBeNull();
    // g1: 11 days over; g2: chen 16 - 14 = 2 days over; g4: due today (0)
    expect(
      goalsNeedingAttention([g4, g3, g2, g1, g5], TODAY, 14).map((a) => [
        a.goalId,
        a.checkIn?.due ?? null,
        a.partners.map((p) => p.peerId),
      ]),
    ).toEqual([
      ['g1', true, ['ben']],
      ['g2', false, ['chen']],
      ['g4', true, []],
    ]);
  });
});
