import { dayOf, type Day } from '../../shared/domain/days';
import { reminderState, type ReminderState } from '../../shared/domain/reminders';
import type { Control } from './protocol';
import type { AppSession } from './session';

/**
 * The messages the Electron main thread sends the vault's thread outside the IPC contract:
 * idle checks, locking, shutting down and the daily reminder. None comes from a window.
 */
export async function control(session: AppSession, c: Control): Promise<unknown> {
  switch (c.action) {
    case 'checkIdle':
      return session.checkIdle(c.idleSeconds);
    case 'lock':
      await session.lock(c.reason);
      return session.state();
    case 'shutdown':
      // save, write the vault afresh, release the lock: as on any lock, without telling a window
      await session.lock('user', false);
      return null;
    case 'reminderSummary':
      return reminderSummary(session, new Date(c.now));
    case 'markReminded':
      await markReminded(session, c.day);
      return null;
  }
}

/** The state the daily reminder needs (electron/main/reminders.ts asks for it), or null while locked. */
export function reminderSummary(session: AppSession, now: Date): ReminderState | null {
  // read-only while saved changes are missing: the day's reminder could not be marked as sent, so none goes
  if (!session.unlocked || session.requireVault().lossPending) return null;
  const d = session.requireVault().data;
  const today = dayOf(now);
  const names = new Map(d.peers.map((p) => [p.id, p.name]));
  return reminderState(
    d.settings.notifications,
    d.settings.remindedOn,
    session.keptIndex().checkIns(d, today),
    (id) => names.get(id) ?? '',
    today,
  );
}

/** Remember that today's reminder went out (in the vault, so a restart does not send it twice). */
export async function markReminded(session: AppSession, day: Day): Promise<void> {
  if (!session.unlocked) return;
  const v = session.requireVault();
  if (v.data.settings.remindedOn !== null && v.data.settings.remindedOn >= day) return;
  await v.apply([{ op: 'set', key: 'settings', value: { ...v.data.settings, remindedOn: day } }]);
}
