import { describe, expect, test } from 'vitest';
import {
  activityByDay,
  balanceSeries,
  balanceWord,
  CHARTS_FROM_INTERACTIONS,
  chartsWaitFor,
  kindTotals,
  periodsOf,
  reciprocityReport,
  windowEnding,
  windowSpan,
} from '../../shared/domain/reciprocity';
import { interactionSchema, type Interaction } from '../../shared/schema/document';

const peers = [
  { id: 'ana', name: 'Ana' },
  { id: 'ben', name: 'Ben' },
  { id: 'cy', name: 'cy' },
];

/** An interaction with the schema's defaults, as the vault holds it. */
const ix = (id: string, date: string, peerIds: string[], exchanges: Partial<Interaction['exchanges'][number]>[] = []): Interaction =>
  interactionSchema.parse({ id, date, peerIds, exchanges });

const G = (kind: Interaction['exchanges'][number]['kind'], weight = 1, peerId?: string) => ({
  direction: 'given' as const,
  kind,
  weight,
  ...(peerId ? { peerId } : {}),
});
const R = (kind: Interaction['exchanges'][number]['kind'], weight = 1, peerId?: string) => ({
  direction: 'received' as const,
  kind,
  weight,
  ...(peerId ? { peerId } : {}),
});

const all = { since: '2025-01-01', until: '2025-12-31' };

describe('the reciprocity report', () => {
  test('no interactions: every peer at zero, never contacted, sorted by name regardless of case', () => {
    const r = reciprocityReport([], peers, all);
    expect(r.peers.map((p) => [p.name, p.given, p.received, p.balance, p.interactions, p.lastContact])).toEqual([
      ['Ana', 0, 0, 0, 0, null],
      ['Ben', 0, 0, 0, 0, null],
      ['cy', 0, 0, 0, 0, null],
    ]);
    expect(r.totals.given + r.totals.received).toBe(0);
  });

  test('a group interaction: exchanges without a peer count for every peer; with one, for that peer only; the network counts each once', () => {
    const r = reciprocityReport(
      [
        // coffee with Ana and Ben: I gave feedback (both), Ben gave me an introduction (weight 3)
        ix('i1', '2025-03-01', ['ana', 'ben'], [G('feedback', 2), R('introduction', 3, 'ben')]),
        // a call with Ana alone: she gave me emotional support
        ix('i2', '2025-04-01', ['ana'], [R('emotional-support')]),
      ],
      peers,
      all,
    );
    const by = Object.fromEntries(r.peers.map((p) => [p.id, p]));
    // Ana: given 2 (i1), received 1 (i2); Ben: given 2, received 3
    expect(by.ana).toMatchObject({ given: 2, received: 1, balance: 1, interactions: 2, lastContact: '2025-04-01' });
    expect(by.ben).toMatchObject({ given: 2, received: 3, balance: -1, interactions: 1, lastContact: '2025-03-01' });
    expect(by.cy).toMatchObject({ given: 0, received: 0, interactions: 0, lastContact: null });
    // network: feedback 2 given once (not twice), introduction 3 and support 1 received
    expect(r.totals).toMatchObject({ given: 2, received: 4 });
    expect(r.totals.byKind.feedback).toEqual({ given: 2, received: 0 });
    expect(r.totals.byKind.introduction).toEqual({ given: 0, received: 3 });
    expect(r.totals.byKind['emotional-support']).toEqual({ given: 0, received: 1 });
  });

  test('window edges are inclusive; last contact looks before the window but not after it', () => {
    const list = [
      ix('before', '2024-12-31', ['ana'], [G('resource')]),
      ix('first', '2025-01-01', ['ana'], [G('resource')]),
      ix('last', '2025-12-31', ['ana'], [R('resource')]),
      ix('after', '2026-01-01', ['ana'], [R('resource', 5)]),
      ix('ben-before', '2024-06-01', ['ben'], [G('feedback')]),
    ];
    const r = reciprocityReport(list, peers, all);
    const by = Object.fromEntries(r.peers.map((p) => [p.id, p]));
    expect(by.ana).toMatchObject({ given: 1, received: 1, interactions: 2, lastContact: '2025-12-31' });
    expect(by.ben).toMatchObject({ given: 0, interactions: 0, lastContact: '2024-06-01' });
  });

  test('an edit or a delete is just a different list: the report follows it', () => {
    const before = [ix('i1', '2025-05-01', ['ana'], [G('expertise', 4)])];
    const edited = [ix('i1', '2025-05-01', ['ana'], [R('expertise', 4)])];
    expect(reciprocityReport(before, peers, all).peers[0]).toMatchObject({ given: 4, received: 0 });
    expect(reciprocityReport(edited, peers, all).peers[0]).toMatchObject({ given: 0, received: 4 });
    expect(reciprocityReport([], peers, all).peers[0]).toMatchObject({ given: 0, received: 0, interactions: 0 });
  });

  test('by kind, for one peer or the network', () => {
    const list = [ix('i1', '2025-03-01', ['ana', 'ben'], [G('feedback', 2), R('introduction', 3, 'ben')])];
    expect(kindTotals(list, all, 'ana').introduction).toEqual({ given: 0, received: 0 });
    expect(kindTotals(list, all, 'ben').introduction).toEqual({ given: 0, received: 3 });
    expect(kindTotals(list, all).feedback).toEqual({ given: 2, received: 0 });
  });
});

describe('series', () => {
  test('by month: every month of the window, empty ones too, with running totals', () => {
    const list = [
      ix('a', '2025-01-15', ['ana'], [G('resource', 2)]),
      ix('b', '2025-03-02', ['ana'], [R('feedback', 3)]),
      ix('c', '2025-03-30', ['ana'], [G('feedback')]),
    ];
    const s = balanceSeries(list, { since: '2025-01-10', until: '2025-04-02' }, 'month', 'ana');
    expect(s.map((p) => [p.period, p.given, p.received, p.cumulativeBalance])).toEqual([
      ['2025-01-01', 2, 0, 2],
      ['2025-02-01', 0, 0, 2],
      ['2025-03-01', 1, 3, 0],
      ['2025-04-01', 0, 0, 0],
    ]);
  });

  test('by week: weeks start on Monday; the network counts a group exchange once', () => {
    // 2025-03-02 is a Sunday (week of Mon 2025-02-24); 2025-03-03 is a Monday
    const list = [ix('a', '2025-03-02', ['ana', 'ben'], [G('feedback')]), ix('b', '2025-03-03', ['ben'], [R('feedback', 2)])];
    const s = balanceSeries(list, { since: '2025-02-26', until: '2025-03-04' }, 'week');
    expect(s.map((p) => [p.period, p.given, p.received, p.cumulativeGiven, p.cumulativeReceived])).toEqual([
      ['2025-02-24', 1, 0, 1, 0],
      ['2025-03-03', 0, 2, 1, 2],
    ]);
    expect(periodsOf({ since: '2025-12-30', until: '2026-01-06' }, 'week')).toEqual(['2025-12-29', '2026-01-05']);
  });

  test('activity per day counts interactions, not exchanges', () => {
    const list = [
      ix('a', '2025-03-02', ['ana'], [G('feedback'), G('resource')]),
      ix('b', '2025-03-02', ['ben']),
      ix('c', '2025-03-05', ['ben']),
    ];
    expect(activityByDay(list, all)).toEqual({ '2025-03-02': 2, '2025-03-05': 1 });
  });
});

describe('windows and words', () => {
  test('the last N months end today and start the day after N months back; "all" starts at the earliest date', () => {
    expect(windowEnding('2025-06-15')).toEqual({ since: '2024-06-16', until: '2025-06-15' });
    expect(windowEnding('2025-06-15', 3)).toEqual({ since: '2025-03-16', until: '2025-06-15' });
    expect(windowEnding('2025-06-15', 'all', '2019-02-01')).toEqual({ since: '2019-02-01', until: '2025-06-15' });
    expect(windowEnding('2025-06-15', 'all', null)).toEqual({ since: '2025-06-15', until: '2025-06-15' });
  });

  test('the balance in words, at the thresholds', () => {
    expect(balanceWord({ given: 2, received: 1 })).toBe('too-little'); // 3 < 4
    expect(balanceWord({ given: 2, received: 2 })).toBe('balanced');
    expect(balanceWord({ given: 7, received: 3 })).toBe('mostly-giving'); // exactly 70 %
    expect(balanceWord({ given: 6, received: 4 })).toBe('balanced'); // 60 %
    expect(balanceWord({ given: 3, received: 7 })).toBe('mostly-receiving');
    expect(balanceWord({ given: 0, received: 4 })).toBe('mostly-receiving');
  });
});

describe("what a window and a peer's charts can say", () => {
  test('a window of N months spans N months, though its days touch N + 1 calendar months', () => {
    for (const n of [3, 6, 12, 24] as const) {
      const w = windowEnding('2025-06-15', n);
      expect(periodsOf(w, 'month')).toHaveLength(n + 1);
      expect(windowSpan(w)).toBe(`${n} months`);
    }
    expect(windowSpan({ since: '2025-06-01', until: '2025-06-15' })).toBe('15 days');
    expect(windowSpan({ since: '2025-06-15', until: '2025-06-15' })).toBe('1 day');
    expect(windowSpan({ since: '2025-05-01', until: '2025-06-15' })).toBe('2 months');
  });

  test('charts wait for enough to say something: interactions, then weight', () => {
    expect(CHARTS_FROM_INTERACTIONS).toBe(3);
    expect(chartsWaitFor({ interactions: 1, given: 1, received: 0 })).toBe('interactions');
    expect(chartsWaitFor({ interactions: 3, given: 1, received: 1 })).toBe('weight');
    expect(chartsWaitFor({ interactions: 3, given: 2, received: 2 })).toBeNull();
  });
});
