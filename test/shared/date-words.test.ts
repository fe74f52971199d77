import { describe, expect, test } from 'vitest';
import {
  dayDistance,
  dayFull,
  dayLong,
  dayOfYearWords,
  dayRelative,
  dayWithWeekday,
  dayWithYear,
  dayWords,
  momentWords,
  monthTickWords,
  monthWords,
  onDay,
} from '../../shared/date-words';

const TODAY = '2026-12-07';

describe('one way of saying a date, from the locale', () => {
  test('a day: the year only when it is not this one; the order is the locale’s', () => {
    expect(dayWords('2026-12-07', TODAY, 'en-GB')).toBe('7 Dec');
    expect(dayWords('2026-12-07', TODAY, 'en-US')).toBe('Dec 7');
    expect(dayWords('2025-03-01', TODAY, 'en-GB')).toBe('1 Mar 2025');
    expect(dayWords('2025-03-01', TODAY, 'de-DE')).toBe('1. März 2025');
    expect(dayWithYear('2026-12-07', 'en-GB')).toBe('7 Dec 2026');
  });

  test('never the ISO form, never a numeric US or European one', () => {
    for (const locale of ['en-US', 'en-GB', 'fr-FR', 'de-DE']) {
      for (const say of [dayWords('2026-12-07', TODAY, locale), dayFull('2026-12-07', TODAY, locale), dayLong('2026-12-07', locale)]) {
        expect(say).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{2,4}/);
      }
    }
  });

  test('relative within a week, the date further off', () => {
    expect(dayRelative(TODAY, TODAY, 'en-GB')).toBe('today');
    expect(dayRelative('2026-12-06', TODAY, 'en-GB')).toBe('yesterday');
    expect(dayRelative('2026-12-08', TODAY, 'en-GB')).toBe('tomorrow');
    expect(dayRelative('2026-12-04', TODAY, 'en-GB')).toBe('3 days ago');
    expect(dayRelative('2026-12-09', TODAY, 'en-GB')).toBe('in 2 days');
    expect(dayRelative('2026-11-30', TODAY, 'en-GB')).toBe('30 Nov');
    expect(dayDistance('2026-11-30', TODAY, 'en-GB')).toBeNull();
    expect(dayRelative('2026-12-06', TODAY, 'fr-FR')).toBe('hier');
  });

  test('in a sentence: relative within a week, "on" a date further off', () => {
    expect(onDay('2026-12-06', TODAY, 'en-GB')).toBe('yesterday');
    expect(onDay('2026-12-09', TODAY, 'en-GB')).toBe('in 2 days');
    expect(onDay('2026-11-30', TODAY, 'en-GB')).toBe('on 30 Nov');
    expect(onDay('2025-11-30', TODAY, 'en-US')).toBe('on Nov 30, 2025');
  });

  test('across the new year, and whatever the time zone (the day is a calendar day)', () => {
    expect(dayRelative('2026-12-31', '2027-01-01', 'en-GB')).toBe('yesterday');
    expect(dayWords('2026-12-31', '2027-01-01', 'en-GB')).toBe('31 Dec 2026');
    // midnight UTC would be the 6th in New York if the day were read as a local moment
    expect(dayWithWeekday('2026-12-07', TODAY, 'en-US')).toBe('Mon, Dec 7');
  });

  test('beside a picker, a heading, a month, a yearly date, a moment', () => {
    expect(dayFull('2026-12-06', TODAY, 'en-GB')).toBe('Sun 6 Dec · yesterday');
    expect(dayFull('2026-11-06', TODAY, 'en-GB')).toBe('Fri 6 Nov');
    expect(dayLong(TODAY, 'en-GB')).toBe('Monday, 7 December 2026');
    expect(monthWords('2026-12', 'en-GB')).toBe('December 2026');
    expect(monthTickWords('2026-12-07', 'en-GB')).toBe('Dec');
    expect(monthTickWords('2026-03', 'de-DE')).toBe('Mär');
    expect(monthWords('2026-12-07', 'en-GB', true)).toBe('Dec 2026');
    expect(dayOfYearWords('--03-14', 'en-GB')).toBe('14 March');
    expect(momentWords('2026-12-07T14:05:00.000Z', 'en-GB')).toMatch(/^7 Dec 2026, \d{2}:05$/);
  });

  test('not a day: a RangeError, not "Invalid Date" on screen', () => {
    expect(() => dayWords('12/07/2026', TODAY, 'en-GB')).toThrow(RangeError);
  });
});
