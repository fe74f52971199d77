import { reminderToSend, withoutNames, type Reminder, type ReminderState } from '../../shared/domain/reminders';

/** How often the glue looks: a reminder goes out at most this late after its hour. */
export const REMINDER_CHECK_MS = 5 * 60_000;

export interface ReminderDeps {
  /** what the reminder needs now, or null while the vault is locked (the handler table answers; it may live in a worker) */
  getDueSummary: () => Promise<ReminderState | null>;
  /** remember in the vault that today's reminder went out (nothing to do while locked) */
  markSent: (day: string) => Promise<void>;
  /** show it (Electron's Notification) */
  show: (r: Reminder) => void;
  now: () => Date;
}

/**
 * The daily reminder's Electron-free glue: look every few minutes, send what the pure
 * schedule (shared/domain/reminders.ts) says. While the vault is locked it still knows, in
 * memory only, how many check-ins fall due on each of the next days (never who), so the
 * reminder comes even when Compeer has locked itself. Returns a stop function.
 */
export function startReminders(
  deps: ReminderDeps,
  setTimer = setInterval,
  clearTimer = clearInterval,
): { check: () => Promise<void>; stop: () => void } {
  let kept: ReminderState | null = null;
  let sentOn: string | null = null;
  let busy = false;
  const check = async () => {
    if (busy) return;
    busy = true;
    try {
      const fresh = await deps.getDueSummary();
      if (fresh) kept = withoutNames(fresh);
      const state = fresh ?? kept;
      if (!state) return;
      // a reminder sent while locked is written to the vault at the next look while unlocked
      const last = sentOn !== null && (state.lastSentOn === null || sentOn > state.lastSentOn) ? sentOn : state.lastSentOn;
      if (fresh && last !== fresh.lastSentOn && last !== null) await deps.markSent(last);
      const r = reminderToSend(deps.now(), { ...state, lastSentOn: last });
      if (!r) return;
      deps.show(r);
      sentOn = r.day;
      if (fresh) await deps.markSent(r.day);
    } catch {
      // a failed look is retried at the next one; never a message with data in it
    } finally {
      busy = false;
    }
  };
  const timer = setTimer(() => void check(), REMINDER_CHECK_MS);
  void check();
  return { check, stop: () => clearTimer(timer) };
}
