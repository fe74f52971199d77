import { describe, expect, test } from 'vitest';
import {
  DUE_SOON_DAYS,
  cadenceFor,
  checkIns,
  checkInFor,
  dueNow,
  dueThisWeek,
  lastContacts,
  type CadenceDefaults,
} from '../../shared/domain/cadence';
import { interactionSchema, peerSchema, type Peer } from '../../shared/schema/document';

const defaults = (d: Partial<CadenceDefaults> = {}): CadenceDefaults => ({ byType: {}, byTag: {}, byGroup: {}, fallbackDays: null, ...d });
const peer = (id: string, extra: Partial<Peer> = {}): Peer =>
  peerSchema.parse({ id, name: id, createdAt: '2025-01-01T10:00:00.000Z', ...extra });
const ix = (id: string, date: string, peerIds: string[]) => interactionSchema.parse({ id, date, peerIds });

describe('the cadence of a peer', () => {
  test("the peer's own cadence wins over every default", () => {
    expect(
      cadenceFor(peer('a', { cadenceDays: 90, peerTypes: ['industry'] }), defaults({ byType: { industry: 14 }, fallbackDays: 7 })),
    ).toEqual({ days: 90, source: { kind: 'peer' } });
  });

  test('otherwise the shortest default that applies: type, tag (any case) or group', () => {
    const p = peer('a', { peerTypes: ['industry', 'cohort'], tags: ['Mentor'] });
    const d = defaults({ byType: { industry: 60, cohort: 45 }, byTag: { mentor: 30 }, byGroup: { g1: 21 }, fallbackDays: 10 });
    expect(cadenceFor(p, d, [])).toEqual({ days: 30, source: { kind: 'tag', tag: 'mentor' } });
    expect(cadenceFor(p, d, ['g1'])).toEqual({ days: 21, source: { kind: 'group', groupId: 'g1' } });
    expect(cadenceFor(peer('b', { peerTypes: ['cohort'] }), d)).toEqual({ days: 45, source: { kind: 'type', type: 'cohort' } });
  });

  test('the fallback when nothing else applies, and none at all without one', () => {
    expect(cadenceFor(peer('a'), defaults({ fallbackDays: 60 }))).toEqual({ days: 60, source: { kind: 'fallback' } });
    expect(cadenceFor(peer('a'), defaults())).toBeNull();
  });
});

describe('next check-in', () => {
  test('last contact plus the cadence; logging anything resets it; future interactions do not count', () => {
    const last = lastContacts(
      [ix('1', '2025-03-01', ['a']), ix('2', '2025-04-10', ['a', 'b']), ix('3', '2025-09-01', ['a'])],
      '2025-05-01',
    );
    expect(last.get('a')).toBe('2025-04-10');
    const c = checkInFor(peer('a'), { days: 30, source: { kind: 'peer' } }, '2025-04-10', '2025-05-20');
    // 10 April + 30 days = 10 May; on 20 May that is 10 days late
    expect(c).toMatchObject({ lastContact: '2025-04-10', nextDue: '2025-05-10', daysOverdue: 10, tracked: true });
  });

  test('a peer never contacted is due a cadence after the day they were added', () => {
    const c = checkInFor(peer('a'), { days: 14, source: { kind: 'peer' } }, null, '2025-01-10');
    // added 1 January + 14 days = 15 January: 5 days ahead
    expect(c).toMatchObject({ lastContact: null, nextDue: '2025-01-15', daysOverdue: -5 });
  });

  test('no cadence, no next check-in', () => {
    expect(checkInFor(peer('a'), null, '2025-01-01', '2025-06-01')).toMatchObject({ nextDue: null, daysOverdue: null });
  });
});

describe('who is due', () => {
  const today = '2025-06-30';
  // weekly Ana last seen 16 June: due 23 June, 7 days late = 1 cadence
  // monthly Ben last seen 21 May: due 20 June, 10 days late = 1/3 of a cadence
  // monthly Cy (closer than Ben) last seen 21 May: same, but closer
  // monthly Di last seen 3 June: due 3 July, in 3 days (this week)
  // monthly Ed last seen 20 June: due 20 July, not this week
  // Fay: archived; Gus: snoozed until 2 July; Hal: snooze over (ended 29 June)
  const peers = [
    peer('ana', { name: 'Ana', cadenceDays: 7, closeness: 2 }),
    peer('ben', { name: 'Ben', cadenceDays: 30, closeness: 2 }),
    peer('cy', { name: 'Cy', cadenceDays: 30, closeness: 5 }),
    peer('di', { name: 'Di', cadenceDays: 30 }),
    peer('ed', { name: 'Ed', cadenceDays: 30 }),
    peer('fay', { name: 'Fay', cadenceDays: 7, status: 'archived' }),
    peer('gus', { name: 'Gus', cadenceDays: 7, snoozedUntil: '2025-07-02' }),
    peer('hal', { name: 'Hal', cadenceDays: 7, snoozedUntil: '2025-06-29' }),
  ];
  const interactions = [
    ix('1', '2025-06-16', ['ana']),
    ix('2', '2025-05-21', ['ben', 'cy']),
    ix('3', '2025-06-03', ['di']),
    ix('4', '2025-06-20', ['ed']),
    ix('5', '2025-05-01', ['fay', 'gus', 'hal']),
  ];
  const all = checkIns({ peers, interactions, groups: [], settings: { cadence: defaults() } }, today);

  test('Today: overdue and due this week, most days overdue first (as the list says), then the closest', () => {
    expect(DUE_SOON_DAYS).toBe(7);
    // Hal: 1 May + 7 = 8 May, 53 days late; Ana is a whole weekly cadence late but only 7 days,
    // so she comes after the monthly peers 10 days late: the list reads in falling days
    expect(dueThisWeek(all, peers, today).map((d) => [d.name, d.daysOverdue])).toEqual([
      ['Hal', 53],
      ['Cy', 10],
      ['Ben', 10],
      ['Ana', 7],
      ['Di', -3],
    ]);
  });

  test('the command line: due today or overdue only, most days overdue first, then by name', () => {
    expect(dueNow(all, peers, today).map((d) => [d.name, d.daysOverdue])).toEqual([
      ['Hal', 53],
      ['Ben', 10],
      ['Cy', 10],
      ['Ana', 7],
    ]);
  });

  test('group defaults reach group members', () => {
    const m = checkIns(
      {
        peers: [peer('x')],
        interactions: [],
        groups: [{ id: 'g', memberIds: ['x'] }],
        settings: { cadence: defaults({ byGroup: { g: 10 } }) },
      },
      '2025-01-20',
    );
    expect(m.get('x')).toMatchObject({ cadence: { days: 10 }, nextDue: '2025-01-11', daysOverdue: 9 });
  });
});
