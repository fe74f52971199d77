import { describe, expect, test } from 'vitest';
import { startReminders } from '../../../electron/main/reminders';
import type { Reminder, ReminderState } from '../../../shared/domain/reminders';

const unlocked = (extra: Partial<ReminderState> = {}): ReminderState => ({
  prefs: { enabled: true, showNames: true, hour: 9 },
  lastSentOn: null,
  dueCounts: { '2025-06-30': 2, '2025-07-01': 3 },
  names: ['Ana Silva', 'Ben Okafor'],
  ...extra,
});

/** The glue with a vault that can be locked and a clock that can be moved; no timers. */
function rig(start: ReminderState | null = unlocked()) {
  const w = { state: start, now: new Date('2025-06-30T08:00:00'), shown: [] as Reminder[], marked: [] as string[] };
  const r = startReminders(
    {
      getDueSummary: () => Promise.resolve(w.state && { ...w.state, lastSentOn: w.marked.at(-1) ?? w.state.lastSentOn }),
      markSent: (day) => (w.marked.push(day), Promise.resolve()),
      show: (x) => void w.shown.push(x),
      now: () => w.now,
    },
    (() => 0) as unknown as typeof setInterval,
    () => undefined,
  );
  return { w, check: r.check };
}

describe('the reminder glue', () => {
  test('sends once at the hour, with names while unlocked, and remembers it in the vault', async () => {
    const { w, check } = rig();
    await check();
    expect(w.shown).toEqual([]);
    w.now = new Date('2025-06-30T09:05:00');
    await check();
    await check();
    expect(w.shown).toEqual([{ day: '2025-06-30', title: '2 check-ins are due', body: 'Ana Silva and Ben Okafor.' }]);
    expect(w.marked).toEqual(['2025-06-30']);
  });

  test('while locked: the count kept from before, never a name; written to the vault at the next unlock', async () => {
    const { w, check } = rig();
    await check();
    w.state = null; // locked
    w.now = new Date('2025-07-01T10:00:00');
    await check();
    expect(w.shown).toEqual([{ day: '2025-07-01', title: '3 check-ins are due', body: 'Open Compeer to see who is due a check-in.' }]);
    expect(w.marked).toEqual([]);
    await check();
    expect(w.shown).toHaveLength(1);
    w.state = unlocked(); // unlocked again the same day: no second reminder, and the vault learns it went out
    await check();
    expect(w.shown).toHaveLength(1);
    expect(w.marked).toEqual(['2025-07-01']);
  });

  test('not unlocked since Compeer started: nothing known, nothing sent', async () => {
    const { w, check } = rig(null);
    w.now = new Date('2025-06-30T10:00:00');
    await check();
    expect(w.shown).toEqual([]);
  });
});
