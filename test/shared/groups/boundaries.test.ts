import { describe, expect, test } from 'vitest';
import { USUAL_MINUTES, formatMinutes, usualMinutes, weekInWords, weekOf, weeklySupport } from '../../../shared/domain/groups/boundaries';
import { groupSchema, interactionSchema, settingsSchema } from '../../../shared/schema/document';

// Thursday 26 June 2025: the week runs Monday 23 to Sunday 29
const TODAY = '2025-06-26';
const i = (id: string, date: string, durationMinutes: number | null, extra: Record<string, unknown> = {}) =>
  interactionSchema.parse({ id, date, peerIds: ['ana'], durationMinutes, ...extra });

describe('the weekly time budget ("Set Boundaries")', () => {
  test('the week is Monday to Sunday', () => {
    expect(weekOf(TODAY)).toEqual({ since: '2025-06-23', until: '2025-06-29' });
    expect(weekOf('2025-06-29')).toEqual({ since: '2025-06-23', until: '2025-06-29' });
    expect(weekOf('2025-06-30').since).toBe('2025-06-30');
  });

  test('counts interaction durations and meetings not already logged as an interaction', () => {
    const interactions = [
      i('i1', '2025-06-23', 30),
      i('i2', '2025-06-26', null),
      i('i3', '2025-06-22', 60), // last week
      i('i4', '2025-06-25', 90, { channel: 'group-meeting', peerIds: ['ana', 'ben'] }),
      i('i5', '2025-06-28', 20),
    ];
    const group = groupSchema.parse({
      id: 'g',
      name: 'Circle',
      meetings: [
        { id: 'm1', date: '2025-06-25', attendeeIds: ['ana', 'me'], durationMinutes: 90 }, // the same as i4
        { id: 'm2', date: '2025-06-24', attendeeIds: ['chen'], durationMinutes: 45 },
        { id: 'm3', date: '2025-06-27', attendeeIds: ['dana'] }, // no duration
        { id: 'm4', date: '2025-06-20', attendeeIds: ['dana'], durationMinutes: 60 }, // last week
        { id: 'm5', date: '2025-06-23', attendeeIds: ['eli'], durationMinutes: 30, interactionId: 'i1' }, // logged with i1
      ],
    });
    // 30 (i1) + 90 (i4) + 20 (i5) + 45 (m2) = 185 minutes given; i2 (channel 'other', the default
    // channel) and m3 (a meeting without a length) count at their channel's usual length
    const counted = 185 + USUAL_MINUTES.other + USUAL_MINUTES['group-meeting'];
    const s = weeklySupport(interactions, [group], TODAY, 120);
    expect(s).toEqual({ since: '2025-06-23', until: '2025-06-29', minutes: counted, usual: 2, budget: 120, left: 0, over: counted - 120 });
    expect(weekInWords(s)).toBe(
      `${formatMinutes(counted)} with peers this week (2 counted at the usual length), ${formatMinutes(counted - 120)} more than the 2 h you set aside.`,
    );
    const off = weeklySupport(interactions, [group], TODAY, null);
    expect(off).toMatchObject({ minutes: counted, budget: null, left: null, over: null });
    expect(weekInWords(weeklySupport([i('i1', '2025-06-23', 45)], [], TODAY, 300))).toBe(
      '45 min with peers this week, of the 5 h you set aside.',
    );
    expect(weekInWords(weeklySupport([], [], TODAY, 300))).toBe('No time with peers logged this week, of the 5 h you set aside.');
  });

  test('a week of logs without lengths still counts: each at the usual length of its channel, the person’s own where set', () => {
    const week = [
      i('a', '2025-06-23', null, { channel: 'call' }),
      i('b', '2025-06-24', null, { channel: 'coffee' }),
      i('c', '2025-06-25', null, { channel: 'message' }),
    ];
    const s = weeklySupport(week, [], TODAY, 180);
    expect(s.minutes).toBe(USUAL_MINUTES.call + USUAL_MINUTES.coffee + USUAL_MINUTES.message);
    expect(s.minutes).toBeGreaterThan(0);
    expect(weekInWords(s)).not.toMatch(/No time|not counted/);
    // coffee usually takes 30 minutes for this person; the others keep the defaults
    const own = weeklySupport(week, [], TODAY, 180, { coffee: 30 });
    expect(own.minutes).toBe(USUAL_MINUTES.call + 30 + USUAL_MINUTES.message);
    expect(usualMinutes({ coffee: 30 })).toEqual({ ...USUAL_MINUTES, coffee: 30 });
    // a length given is the length counted, whatever the usual one
    expect(weeklySupport([i('d', '2025-06-23', 5, { channel: 'meal' })], [], TODAY, 180, { meal: 200 }).minutes).toBe(5);
  });

  test('an old vault without the setting reads, and counts with the defaults', () => {
    const settings = settingsSchema.parse({ weeklyBudgetMinutes: 120 });
    expect(settings.channelMinutes).toBeUndefined();
    expect(() => settingsSchema.parse({ channelMinutes: { coffee: 0 } })).toThrow();
    expect(() => settingsSchema.parse({ channelMinutes: { teleport: 10 } })).toThrow();
  });

  test('minutes in words', () => {
    expect([0, 45, 60, 135].map(formatMinutes)).toEqual(['0 min', '45 min', '1 h', '2 h 15 min']);
  });
});
