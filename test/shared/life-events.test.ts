import { describe, expect, test } from 'vitest';
import {
  ACKNOWLEDGED_FROM_DAYS_BEFORE,
  LIFE_EVENT_AHEAD_DAYS,
  LIFE_EVENT_RECENT_DAYS,
  YEARLY_RECENT_DAYS,
  inYear,
  lifeEventsNear,
  occurrenceNear,
} from '../../shared/domain/life-events';
import { interactionSchema, lifeEventSchema, type Interaction, type LifeEvent } from '../../shared/schema/document';

const ev = (id: string, kind: LifeEvent['kind'], date: string, peerId = 'ana'): LifeEvent =>
  lifeEventSchema.parse({ id, peerId, kind, date });
const ix = (id: string, date: string, extra: Partial<Interaction> = {}): Interaction =>
  interactionSchema.parse({ id, date, peerIds: ['ana'], ...extra });

describe('when a life event falls', () => {
  test('a birthday without a year recurs; 29 February falls on the 28th in other years', () => {
    expect(inYear('--02-29', 2025)).toBe('2025-02-28');
    expect(inYear('--02-29', 2024)).toBe('2024-02-29');
    expect(inYear('1990-07-04', 2025)).toBe('2025-07-04');
  });

  test('the nearest occurrence, across the new year', () => {
    // a birthday on 2 January seen on 29 December is 4 days ahead, not 361 days back
    expect(occurrenceNear(ev('b', 'birthday', '--01-02'), '2025-12-29')).toBe('2026-01-02');
    expect(occurrenceNear(ev('b', 'birthday', '1988-12-30'), '2026-01-01')).toBe('2025-12-30');
    // a one-off event keeps its date
    expect(occurrenceNear(ev('j', 'new-job', '2024-03-01'), '2025-03-01')).toBe('2024-03-01');
  });
});

describe('life events worth a word today', () => {
  const today = '2025-06-15';

  test('from a month back (a few days for birthdays) to two weeks ahead, soonest first, with celebrate or support', () => {
    expect([LIFE_EVENT_AHEAD_DAYS, LIFE_EVENT_RECENT_DAYS, YEARLY_RECENT_DAYS]).toEqual([14, 30, 3]);
    const events = [
      ev('job', 'new-job', '2025-05-20'), // 26 days ago: in
      ev('old', 'promotion', '2025-05-15'), // 31 days ago: out
      ev('bday', 'birthday', '--06-20'), // in 5 days
      ev('late-bday', 'birthday', '--06-11'), // 4 days ago: out for a birthday
      ev('setback', 'setback', '2025-06-15'), // today
      ev('far', 'launch', '2025-06-30'), // in 15 days: out
      ev('launch', 'launch', '2025-06-29'), // in 14 days: in
    ];
    const m = lifeEventsNear(events, () => [], today);
    expect(m.map((x) => [x.event.id, x.inDays, x.suggestion])).toEqual([
      ['setback', 0, 'support'],
      ['bday', 5, 'celebrate'],
      ['launch', 14, 'celebrate'],
      ['job', -26, 'celebrate'],
    ]);
  });

  test('acknowledged once a celebrate or support interaction, or a given celebration, was logged around it', () => {
    expect(ACKNOWLEDGED_FROM_DAYS_BEFORE).toBe(7);
    const job = ev('job', 'new-job', '2025-06-10');
    const near = (ixs: Interaction[]) => lifeEventsNear([job], () => ixs, today)[0]!.acknowledged;
    expect(near([])).toBe(false);
    expect(near([ix('1', '2025-06-12', { purpose: 'celebrate' })])).toBe(true);
    // 3 June is 7 days before: counts; 2 June does not
    expect(near([ix('1', '2025-06-03', { purpose: 'support' })])).toBe(true);
    expect(near([ix('1', '2025-06-02', { purpose: 'celebrate' })])).toBe(false);
    expect(near([ix('1', '2025-06-11', { exchanges: [{ direction: 'given', kind: 'celebration', weight: 1, note: '' }] })])).toBe(true);
    // something received is not the word said
    expect(near([ix('1', '2025-06-11', { exchanges: [{ direction: 'received', kind: 'celebration', weight: 1, note: '' }] })])).toBe(false);
  });
});
