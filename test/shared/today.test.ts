import { describe, expect, test } from 'vitest';
import { openFollowUps, todayData } from '../../shared/domain/today';
import { interactionSchema, lifeEventSchema, peerSchema } from '../../shared/schema/document';
import { removePeersFromLog } from '../../shared/domain/peer-removal';

const peer = (id: string, name: string, extra: Record<string, unknown> = {}) =>
  peerSchema.parse({ id, name, createdAt: '2025-01-01T00:00:00.000Z', ...extra });
const ix = (id: string, date: string, peerIds: string[], extra: Record<string, unknown> = {}) =>
  interactionSchema.parse({ id, date, peerIds, ...extra });
const cadence = { byType: {}, byTag: {}, byGroup: {}, fallbackDays: null };

describe('Today', () => {
  // Monday 23 June to Sunday 29 June 2025 is the week of Thursday 26 June
  const today = '2025-06-26';
  const peers = [peer('ana', 'Ana', { cadenceDays: 30 }), peer('ben', 'Ben', { cadenceDays: 14 }), peer('cy', 'Cy')];
  const interactions = [
    ix('old', '2025-05-01', ['ana'], {
      exchanges: [{ direction: 'given', kind: 'feedback', weight: 3 }],
      followUps: [
        { id: 'f1', text: 'Send Ana the article', due: '2025-06-20' },
        { id: 'f2', text: 'Ask about the offsite', due: null },
        { id: 'f3', text: 'Done already', due: '2025-06-01', done: true },
      ],
    }),
    ix('mon', '2025-06-23', ['ben', 'cy'], {
      exchanges: [{ direction: 'received', kind: 'introduction', weight: 2, peerId: 'ben' }],
      followUps: [{ id: 'f4', text: 'Thank Ben', due: '2025-06-24' }],
    }),
    ix('secret', '2025-06-25', ['cy'], { summary: 'salary numbers', confidential: true }),
    ix('lastweek', '2025-06-22', ['cy']),
  ];
  const lifeEvents = [
    lifeEventSchema.parse({ id: 'l1', peerId: 'cy', kind: 'promotion', date: '2025-06-20' }),
    lifeEventSchema.parse({ id: 'l2', peerId: 'ana', kind: 'birthday', date: '--06-28' }),
  ];
  const d = todayData({ peers, interactions, lifeEvents, groups: [], settings: { cadence } }, today);

  test('due check-ins: Ana (1 May + 30 = 31 May, 26 days late); Ben seen Monday is not due', () => {
    expect(d.due.map((x) => [x.name, x.nextDue, x.daysOverdue])).toEqual([['Ana', '2025-05-31', 26]]);
    expect(d.counts).toEqual({ peers: 3, interactions: 4, withCadence: 2 });
  });

  test('open follow-ups, mine, by due date, the undated last, done ones gone', () => {
    expect(d.followUps.map((f) => [f.followUp.text, f.peers.map((p) => p.name)])).toEqual([
      ['Send Ana the article', ['Ana']],
      ['Thank Ben', ['Ben', 'Cy']],
      ['Ask about the offsite', ['Ana']],
    ]);
  });

  test("life events not yet acknowledged: Ana's birthday in 2 days, Cy's promotion 6 days ago", () => {
    expect(d.lifeEvents.map((m) => [m.peerName, m.event.kind, m.inDays, m.suggestion])).toEqual([
      ['Ana', 'birthday', 2, 'celebrate'],
      ['Cy', 'promotion', -6, 'celebrate'],
    ]);
  });

  test('this week: Monday to today, newest first, a confidential summary hidden', () => {
    expect(d.thisWeek.since).toBe('2025-06-23');
    expect(d.thisWeek.interactions.map((i) => [i.id, i.summary, i.hidden])).toEqual([
      ['secret', '', true],
      ['mon', '', false],
    ]);
  });

  test('the one-line summary over the last 12 months: 3 given, 2 received (60%), balanced', () => {
    expect(d.summary).toEqual({ since: '2024-06-27', until: today, given: 3, received: 2, word: 'balanced', peersWithExchanges: 2 });
  });

  test('follow-ups on a deleted peer keep the names still known', () => {
    expect(openFollowUps([ix('x', '2025-01-01', ['gone'], { followUps: [{ id: 'f', text: 'x' }] })], () => undefined)[0]!.peers).toEqual(
      [],
    );
  });
});

describe('deleting peers from the log', () => {
  test('an interaction with only them goes; a group one loses them and their own exchanges; their life events go', () => {
    const a = ix('a', '2025-01-01', ['ana']);
    const g = ix('g', '2025-01-02', ['ana', 'ben'], {
      exchanges: [
        { direction: 'given', kind: 'feedback', weight: 1, peerId: 'ana' },
        { direction: 'given', kind: 'resource', weight: 1 },
        { direction: 'received', kind: 'expertise', weight: 1, peerId: 'ben' },
      ],
    });
    const b = ix('b', '2025-01-03', ['ben']);
    const r = removePeersFromLog(
      [a, g, b],
      [lifeEventSchema.parse({ id: 'l', peerId: 'ana', kind: 'move', date: '2025-01-01' })],
      new Set(['ana']),
    );
    expect(r.deleted.map((i) => i.id)).toEqual(['a']);
    expect(r.changed.map((c) => [c.after.peerIds, c.after.exchanges.map((x) => x.kind)])).toEqual([[['ben'], ['resource', 'expertise']]]);
    expect(r.changed[0]!.before).toBe(g);
    expect(r.lifeEvents.map((e) => e.id)).toEqual(['l']);
  });
});

describe('not being vulnerable on Today', () => {
  test('said once, with the closest peer in touch, only when the journal is passed in', () => {
    const today = '2025-06-26';
    const peers = [peer('ana', 'Ana', { closeness: 4 }), peer('ben', 'Ben', { closeness: 5 }), peer('cy', 'Cy', { closeness: 2 })];
    const interactions = [ix('a', '2025-06-10', ['ana']), ix('b', '2025-06-12', ['ben']), ix('c', '2025-06-14', ['cy'])];
    // a journal since January without any prep or vulnerability entry
    const journal = [{ date: '2025-01-05', kind: 'reflection' as const, peerIds: [] }];
    const src = { peers, interactions, lifeEvents: [], groups: [], settings: { cadence } };
    expect(todayData(src, today).patterns.filter((p) => p.kind === 'not-vulnerable')).toEqual([]);
    const open = todayData({ ...src, journal }, today).patterns.filter((p) => p.kind === 'not-vulnerable');
    expect(open.map((p) => p.peerName)).toEqual(['Ben']);
    expect(open[0]!.reason).toContain('no conversation prep or vulnerability practice yet');
  });
});
