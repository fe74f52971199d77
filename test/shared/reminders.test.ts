import { describe, expect, test } from 'vitest';
import { checkIns } from '../../shared/domain/cadence';
import {
  COUNT_AHEAD_DAYS,
  NAMES_IN_REMINDER,
  dueCountsAhead,
  reminderState,
  reminderToSend,
  withoutNames,
  type ReminderState,
} from '../../shared/domain/reminders';
import { interactionSchema, peerSchema } from '../../shared/schema/document';

const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:30:00`);
const state = (extra: Partial<ReminderState> = {}): ReminderState => ({
  prefs: { enabled: true, showNames: false, hour: 9 },
  lastSentOn: null,
  dueCounts: { '2025-06-30': 3 },
  names: [],
  ...extra,
});

describe('when the daily reminder goes out', () => {
  test('off by default: never', () => {
    expect(reminderToSend(at('2025-06-30', 10), state({ prefs: { enabled: false, showNames: false, hour: 9 } }))).toBeNull();
  });

  test('not before the chosen hour; from it, once that day', () => {
    expect(reminderToSend(at('2025-06-30', 8), state())).toBeNull();
    expect(reminderToSend(at('2025-06-30', 9), state())).toEqual({
      day: '2025-06-30',
      title: '3 check-ins are due',
      body: 'Open Compeer to see who is due a check-in.',
    });
    expect(reminderToSend(at('2025-06-30', 22), state({ lastSentOn: '2025-06-30' }))).toBeNull();
    // missed while asleep: it comes on waking, the same day
    expect(reminderToSend(at('2025-06-30', 23), state({ lastSentOn: '2025-06-29' }))?.day).toBe('2025-06-30');
  });

  test('nothing due, nothing sent', () => {
    expect(reminderToSend(at('2025-06-30', 10), state({ dueCounts: { '2025-06-30': 0 } }))).toBeNull();
    expect(reminderToSend(at('2025-07-01', 10), state())).toBeNull();
  });

  test('a count by default; names only when chosen, at most three, never anything else', () => {
    const names = ['Ana Silva', 'Ben Okafor', 'Chen Wei', 'Dana Kim'];
    expect(NAMES_IN_REMINDER).toBe(3);
    expect(reminderToSend(at('2025-06-30', 10), state({ names }))?.body).toBe('Open Compeer to see who is due a check-in.');
    const shown = reminderToSend(
      at('2025-06-30', 10),
      state({ prefs: { enabled: true, showNames: true, hour: 9 }, names, dueCounts: { '2025-06-30': 4 } }),
    );
    expect(shown).toEqual({ day: '2025-06-30', title: '4 check-ins are due', body: 'Ana Silva, Ben Okafor, Chen Wei and 1 more.' });
    const two = reminderToSend(
      at('2025-06-30', 10),
      state({ prefs: { enabled: true, showNames: true, hour: 9 }, names: ['Ana Silva', 'Ben Okafor'], dueCounts: { '2025-06-30': 2 } }),
    );
    expect(two?.body).toBe('Ana Silva and Ben Okafor.');
    // after the vault locks the glue keeps no names: the count only
    expect(withoutNames(state({ names })).names).toEqual([]);
  });
});

describe('what the reminder knows ahead', () => {
  const peer = (id: string, name: string, cadenceDays: number, extra: Record<string, unknown> = {}) =>
    peerSchema.parse({ id, name, cadenceDays, createdAt: '2025-01-01T00:00:00.000Z', ...extra });
  const peers = [
    peer('a', 'Ana', 7),
    peer('b', 'Ben', 30),
    peer('c', 'Cy', 30, { snoozedUntil: '2025-07-03' }),
    peer('d', 'Di', 30, { status: 'archived' }),
  ];
  const interactions = [
    interactionSchema.parse({ id: '1', date: '2025-06-20', peerIds: ['a'] }), // due 27 June
    interactionSchema.parse({ id: '2', date: '2025-06-02', peerIds: ['b'] }), // due 2 July
    interactionSchema.parse({ id: '3', date: '2025-05-01', peerIds: ['c', 'd'] }), // due 31 May, snoozed to 3 July
  ];
  const all = checkIns(
    { peers, interactions, groups: [], settings: { cadence: { byType: {}, byTag: {}, byGroup: {}, fallbackDays: null } } },
    '2025-06-30',
  );

  test('how many are due on each of the next days, if nothing is logged', () => {
    expect(COUNT_AHEAD_DAYS).toBe(14);
    const counts = dueCountsAhead(all.values(), '2025-06-30', 5);
    // 30 June: Ana; 1 July: Ana; 2 July: Ana, Ben; 3 July: Ana, Ben, Cy (snooze over); archived Di never
    expect(counts).toEqual({ '2025-06-30': 1, '2025-07-01': 1, '2025-07-02': 2, '2025-07-03': 3, '2025-07-04': 3 });
  });

  test('names of those due today only when the setting says so', () => {
    const names = new Map(peers.map((p) => [p.id, p.name]));
    expect(reminderState({ enabled: true, showNames: false, hour: 9 }, null, all, (id) => names.get(id)!, '2025-06-30').names).toEqual([]);
    expect(reminderState({ enabled: true, showNames: true, hour: 9 }, null, all, (id) => names.get(id)!, '2025-06-30').names).toEqual([
      'Ana',
    ]);
  });
});
