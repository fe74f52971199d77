import { describe, expect, test } from 'vitest';
import { checkInFor } from '../../shared/domain/cadence';
import {
  ASK_MIN_REACH_OUTS,
  ASK_MOST_SHARE,
  ASK_RECENT_REACH_OUTS,
  NEGLECT_CADENCES,
  OPEN_UP_MIN_CLOSENESS,
  OPEN_UP_RECENT_DAYS,
  ONE_SIDED_MIN_SPAN_DAYS,
  ONE_SIDED_MIN_WEIGHT,
  QUICK_ASK_DAYS,
  QUICK_ASK_TIMES,
  immediateReciprocity,
  neglect,
  notBeingVulnerable,
  onlyWhenInNeed,
  oneSided,
  peerPatterns,
  type PatternInput,
} from '../../shared/domain/patterns';
import { notBeingVulnerable as journalRule } from '../../shared/domain/journal/not-vulnerable';
import { interactionSchema, peerSchema, type Interaction } from '../../shared/schema/document';

const today = '2025-06-30';
const ana = peerSchema.parse({ id: 'ana', name: 'Ana Silva', createdAt: '2024-01-01T00:00:00.000Z' });
const ix = (id: string, date: string, extra: Record<string, unknown> = {}): Interaction =>
  interactionSchema.parse({ id, date, peerIds: ['ana'], ...extra });
const ask = (id: string, date: string) => ix(id, date, { purpose: 'ask', initiatedBy: 'me' });
const checkIn = (id: string, date: string) => ix(id, date, { purpose: 'check-in', initiatedBy: 'me' });
const gave = (id: string, date: string, weight = 1, extra: Record<string, unknown> = {}) =>
  ix(id, date, { purpose: 'offer', exchanges: [{ direction: 'given', kind: 'feedback', weight }], ...extra });
const got = (id: string, date: string, weight = 1) =>
  ix(id, date, { initiatedBy: 'them', exchanges: [{ direction: 'received', kind: 'expertise', weight }] });
const input = (interactions: Interaction[], extra: Partial<PatternInput> = {}): PatternInput => ({
  peer: ana,
  interactions,
  checkIn: undefined,
  today,
  ...extra,
});

describe('only reaching out when you need something', () => {
  test('the thresholds', () => {
    expect([ASK_RECENT_REACH_OUTS, ASK_MIN_REACH_OUTS, ASK_MOST_SHARE]).toEqual([5, 3, 0.5]);
  });

  test('most of my last reach-outs were asks: 3 of 5', () => {
    const p = onlyWhenInNeed(
      input([
        checkIn('1', '2025-01-10'),
        ask('2', '2025-02-10'),
        checkIn('3', '2025-03-10'),
        ask('4', '2025-04-10'),
        ask('5', '2025-05-10'),
      ]),
    );
    expect(p?.reason).toBe('3 of your last 5 reach-outs to Ana were asks.');
    expect(p?.action).toEqual({ kind: 'log', purpose: 'check-in' });
  });

  test('half is not most (2 of 4); too few reach-outs say nothing (2 of 2); only the last 5 count', () => {
    expect(
      onlyWhenInNeed(input([checkIn('1', '2025-01-10'), ask('2', '2025-02-10'), checkIn('3', '2025-03-10'), ask('4', '2025-04-10')])),
    ).toBeNull();
    expect(onlyWhenInNeed(input([ask('1', '2025-02-10'), ask('2', '2025-04-10')]))).toBeNull();
    // three old asks, then five check-ins: the recent ones decide
    const old = [ask('a', '2024-08-01'), ask('b', '2024-08-02'), ask('c', '2024-08-03')];
    const recent = ['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01'].map((d, i) => checkIn(`r${i}`, d));
    expect(onlyWhenInNeed(input([...old, ...recent]))).toBeNull();
  });

  test('what they started is not my reach-out', () => {
    const theirs = ['2025-02-10', '2025-03-10', '2025-04-10'].map((d, i) => ix(`t${i}`, d, { purpose: 'ask', initiatedBy: 'them' }));
    expect(onlyWhenInNeed(input(theirs))).toBeNull();
  });
});

describe('neglecting the relationship', () => {
  test('at two whole cadences since the last contact, not a day before', () => {
    expect(NEGLECT_CADENCES).toBe(2);
    const monthly = { days: 30, source: { kind: 'peer' as const } };
    // last contact 1 May: 60 days on 30 June
    const at = checkInFor(ana, monthly, '2025-05-01', today);
    expect(neglect(input([], { checkIn: at }))?.reason).toBe('Nothing logged with Ana for 60 days; you meant to check in every 30.');
    const before = checkInFor(ana, monthly, '2025-05-02', today);
    expect(neglect(input([], { checkIn: before }))).toBeNull();
  });

  test('never contacted counts from the day they were added; a snoozed peer is left alone', () => {
    const c = checkInFor(ana, { days: 90, source: { kind: 'fallback' } }, null, today);
    // added 1 January 2024: 546 days
    expect(neglect(input([], { checkIn: c }))?.reason).toMatch(/in the 546 days since you added them/);
    expect(neglect(input([], { checkIn: { ...c, snoozedUntil: '2025-07-05' } }))).toBeNull();
  });
});

describe('a long one-sided balance', () => {
  test('the thresholds', () => {
    expect([ONE_SIDED_MIN_WEIGHT, ONE_SIDED_MIN_SPAN_DAYS]).toEqual([8, 90]);
  });

  test('mostly giving over months: 8 given, 0 received, from January to June', () => {
    const p = oneSided(input([gave('1', '2025-01-10', 4), gave('2', '2025-06-10', 4)]));
    expect(p?.reason).toBe('Over the last 12 months with Ana, you have mostly been giving: 8 given, 0 received (by weight).');
    expect(p?.action).toEqual({ kind: 'open' });
  });

  test('mostly receiving suggests giving back', () => {
    const p = oneSided(input([got('1', '2025-01-10', 5), got('2', '2025-06-10', 4), gave('3', '2025-06-11', 1)]));
    // 1 given, 9 received: 90% received
    expect(p?.suggestion).toMatch(/give back/);
    expect(p?.action).toEqual({ kind: 'log', purpose: 'offer' });
  });

  test('too little (7), too short (89 days) or balanced says nothing', () => {
    expect(oneSided(input([gave('1', '2025-01-10', 4), gave('2', '2025-06-10', 3)]))).toBeNull();
    // 10 January + 89 days = 9 April
    expect(oneSided(input([gave('1', '2025-01-10', 4), gave('2', '2025-04-09', 4)]))).toBeNull();
    expect(
      oneSided(input([gave('1', '2025-04-10', 4), gave('2', '2025-01-10', 4)].sort((a, b) => a.date.localeCompare(b.date)))),
    ).not.toBeNull();
    expect(oneSided(input([gave('1', '2025-01-10', 5), got('2', '2025-06-10', 5)]))).toBeNull();
  });
});

describe('expecting immediate reciprocity', () => {
  test('the thresholds', () => {
    expect([QUICK_ASK_DAYS, QUICK_ASK_TIMES]).toEqual([14, 3]);
  });

  test('three asks, each within 14 days of giving: said kindly', () => {
    const log = [
      gave('g1', '2025-01-01'),
      ask('a1', '2025-01-15'),
      gave('g2', '2025-03-01'),
      ask('a2', '2025-03-05'),
      gave('g3', '2025-05-01'),
      ask('a3', '2025-05-02'),
    ];
    const p = immediateReciprocity(input(log));
    expect(p?.reason).toBe('3 times in the last year you asked Ana for something within 14 days of giving them something.');
    expect(p?.suggestion).toMatch(/patient/);
  });

  test('an ask 15 days after does not count; two quick asks are not "again and again"', () => {
    const log = [
      gave('g1', '2025-01-01'),
      ask('a1', '2025-01-16'),
      gave('g2', '2025-03-01'),
      ask('a2', '2025-03-05'),
      gave('g3', '2025-05-01'),
      ask('a3', '2025-05-02'),
    ];
    expect(immediateReciprocity(input(log))).toBeNull();
  });

  test('an exchange given to another peer of a group interaction is not a gift to Ana', () => {
    const toBen = (id: string, date: string) =>
      ix(id, date, { peerIds: ['ana', 'ben'], exchanges: [{ direction: 'given', kind: 'feedback', weight: 1, peerId: 'ben' }] });
    const log = [
      toBen('g1', '2025-01-01'),
      ask('a1', '2025-01-02'),
      toBen('g2', '2025-03-01'),
      ask('a2', '2025-03-02'),
      toBen('g3', '2025-05-01'),
      ask('a3', '2025-05-02'),
    ];
    expect(immediateReciprocity(input(log))).toBeNull();
  });
});

describe('all patterns of a peer', () => {
  test('not being vulnerable comes last, for a close peer, once the journal is passed in', () => {
    const close = { ...ana, closeness: 5 };
    const openness = journalRule([{ date: '2025-01-01', kind: 'reflection' }], today);
    expect(peerPatterns(input([checkIn('1', '2025-06-01')], { peer: close })).map((p) => p.kind)).toEqual([]);
    expect(peerPatterns(input([checkIn('1', '2025-06-01')], { peer: close, openness })).map((p) => p.kind)).toEqual(['not-vulnerable']);
  });

  test('archived peers and those kept at a distance get none', () => {
    const log = [checkIn('1', '2025-01-10'), ask('2', '2025-02-10'), ask('3', '2025-04-10'), ask('4', '2025-05-10')];
    expect(peerPatterns(input(log)).map((p) => p.kind)).toEqual(['only-when-in-need']);
    expect(peerPatterns(input(log, { peer: { ...ana, status: 'archived' } }))).toEqual([]);
    expect(peerPatterns(input(log, { peer: { ...ana, status: 'distance' } }))).toEqual([]);
  });
});

describe('not being vulnerable', () => {
  // the journal began on 1 January; the last conversation prep was on 1 April: 30 + 31 + 30 = 90 days before 30 June
  const close = { ...ana, closeness: 4 };
  const journal = [
    { date: '2025-01-01', kind: 'reflection' as const },
    { date: '2025-04-01', kind: 'dialogue-prep' as const },
    { date: '2025-06-20', kind: 'gratitude' as const },
  ];
  const openness = journalRule(journal, today);
  const recent = [checkIn('1', '2025-06-01')];

  test('the thresholds', () => {
    expect([OPEN_UP_MIN_CLOSENESS, OPEN_UP_RECENT_DAYS]).toEqual([4, 90]);
  });

  test('90 days without prep or vulnerability practice: said about a close peer in touch, with action step 5', () => {
    const p = notBeingVulnerable(input(recent, { peer: close, openness }));
    expect(p).toMatchObject({
      kind: 'not-vulnerable',
      peerId: 'ana',
      title: 'Not being vulnerable',
      action: { kind: 'prepare' },
      actionLabel: 'Prepare a talk',
    });
    expect(p!.reason).toMatch(/^It has been 90 days since you last prepared an honest conversation or wrote about a struggle\./);
    expect(p!.suggestion).toMatch(
      /^Be Vulnerable: share a current challenge with a trusted peer such as Ana and ask for their advice or support\./,
    );
  });

  test("nothing without the journal rule's finding, for a peer less close (3), or one not seen for 91 days", () => {
    expect(notBeingVulnerable(input(recent, { peer: close }))).toBeNull();
    expect(notBeingVulnerable(input(recent, { peer: { ...ana, closeness: OPEN_UP_MIN_CLOSENESS - 1 }, openness }))).toBeNull();
    // 1 April to 30 June is 90 days: still in touch; 31 March is 91
    expect(notBeingVulnerable(input([checkIn('1', '2025-04-01')], { peer: close, openness }))).not.toBeNull();
    expect(notBeingVulnerable(input([checkIn('1', '2025-03-31')], { peer: close, openness }))).toBeNull();
    // a meeting planned after today is not contact
    expect(notBeingVulnerable(input([checkIn('1', '2025-07-05')], { peer: close, openness }))).toBeNull();
  });

  test("a vulnerability entry 59 days ago says nothing; 60 days ago, it speaks again (the journal's rule)", () => {
    const at = (date: string) =>
      notBeingVulnerable(input(recent, { peer: close, openness: journalRule([...journal, { date, kind: 'vulnerability' }], today) }));
    expect(at('2025-05-02')).toBeNull();
    expect(at('2025-05-01')!.reason).toContain('60 days');
  });
});
