import { describe, expect, test } from 'vitest';
import {
  entriesInMonth,
  filterEntries,
  journalTags,
  moodSeries,
  onThisDay,
  reflectionStreak,
  type EntryFacts,
} from '../../../shared/domain/journal/stats';

const e = (id: string, date: string, extra: Partial<EntryFacts> = {}): EntryFacts => ({
  id,
  date,
  kind: 'reflection',
  peerIds: [],
  tags: [],
  mood: null,
  ...extra,
});

describe('journal stats', () => {
  // 2025-03-12 is a Wednesday; its week starts Monday 2025-03-10
  test('streak counts weeks in a row; a week under way without an entry does not break it', () => {
    const entries = [e('a', '2025-03-04'), e('b', '2025-02-25'), e('c', '2025-02-19'), e('d', '2025-02-05')];
    // weeks of 03-03, 02-24, 02-17 in a row (02-10 missing), this week (03-10) empty so far
    expect(reflectionStreak(entries, '2025-03-12')).toEqual({ weeks: 3, thisWeek: false, best: 3 });
    expect(reflectionStreak([...entries, e('e', '2025-03-11')], '2025-03-12')).toEqual({ weeks: 4, thisWeek: true, best: 4 });
    // a week missed: the streak starts again
    expect(reflectionStreak([e('a', '2025-02-25')], '2025-03-12').weeks).toBe(0);
    expect(reflectionStreak([], '2025-03-12')).toEqual({ weeks: 0, thisWeek: false, best: 0 });
  });

  test('on this day: same day and month in earlier years only', () => {
    const got = onThisDay([e('a', '2024-03-12'), e('b', '2023-03-12'), e('c', '2025-03-12'), e('d', '2024-03-11')], '2025-03-12');
    expect(got.map((x) => x.id)).toEqual(['a', 'b']);
  });

  test('mood by week: averages of the entries with a mood', () => {
    expect(
      moodSeries([
        e('a', '2025-03-10', { mood: 4 }),
        e('b', '2025-03-16', { mood: 1 }),
        e('c', '2025-03-17', { mood: 5 }),
        e('d', '2025-03-18'),
      ]),
    ).toEqual([
      { week: '2025-03-10', mood: 2.5, entries: 2 },
      { week: '2025-03-17', mood: 5, entries: 1 },
    ]);
  });

  test('filters combine; newest first; calendar counts per day; tags once', () => {
    const es = [
      e('a', '2025-03-01', { kind: 'debrief', peerIds: ['p1'], tags: ['Work'], mood: 3 }),
      e('b', '2025-03-02', { tags: ['work'] }),
      e('c', '2025-03-02', { kind: 'debrief', peerIds: ['p2'] }),
    ];
    expect(filterEntries(es, { kinds: ['debrief'] }).map((x) => x.id)).toEqual(['c', 'a']);
    expect(filterEntries(es, { tag: 'WORK' }).map((x) => x.id)).toEqual(['b', 'a']);
    expect(filterEntries(es, { peerId: 'p1', mood: 3 }).map((x) => x.id)).toEqual(['a']);
    expect(filterEntries(es, { ids: new Set(['b']) }).map((x) => x.id)).toEqual(['b']);
    expect(entriesInMonth(es, '2025-03')).toEqual({ '2025-03-01': 1, '2025-03-02': 2 });
    expect(journalTags(es)).toEqual(['Work']);
  });
});
