import { notifications } from '@mantine/notifications';
import type { AdvisedSuggestion } from '../../../shared/domain/advisor';
import { dayOf, plusDays } from '../../../shared/domain/days';
import { send } from '../data/channel';
import { openLogInteraction } from '../interactions/log-store';
import { openPrep } from '../journal/openers';
import { showError } from '../data/ErrorNote';

/** How long "Snooze" keeps a suggestion away. */
export const SNOOZE_DAYS = 30;

/** The button for a suggestion's action. */
export function actionLabel(s: AdvisedSuggestion): string {
  switch (s.action.type) {
    case 'log':
      return 'Log a conversation';
    case 'prepare':
      return 'Prepare';
    case 'introduce':
      return 'Record the introduction';
    case 'share':
      return 'Share it';
    case 'form-group':
      return 'Form the group';
    case 'snooze':
      return 'Got it';
  }
}

/**
 * Do what the suggestion proposes, through the features' own channels: an introduction is
 * recorded (a tie and a logged introduction), an opportunity shared (and logged), a group
 * created with its rotation; log and prepare open their dialogs. Resolves true when the
 * vault changed (the list reloads).
 */
export async function act(s: AdvisedSuggestion): Promise<boolean> {
  const today = dayOf(new Date());
  const a = s.action;
  try {
    switch (a.type) {
      case 'log':
        openLogInteraction({ peerIds: [a.peerId] });
        return false;
      case 'prepare':
        openPrep(a.peerId);
        return false;
      case 'introduce':
        await send('peers:introduce', { a: a.peerIds[0], b: a.peerIds[1], why: s.because[0]?.text.slice(0, 2000) ?? '', date: today });
        notifications.show({ message: 'Introduction recorded: they are now linked on your map, and it is in your log.' });
        return true;
      case 'share': {
        const r = await send('opportunities:share', { id: a.opportunityId, peerIds: a.peerIds, date: today, log: true });
        notifications.show({
          message: `Shared with ${r.interactionIds.length || a.peerIds.length} ${a.peerIds.length === 1 ? 'peer' : 'peers'}, and logged.`,
        });
        return true;
      }
      case 'form-group': {
        const g = await send('groups:save', {
          name: a.name,
          kind: 'mastermind',
          memberIds: a.peerIds,
          purpose: 'Proposed by the advisor: a diverse group of peers who share values, a growth mindset and a generous spirit.',
          cadenceDays: 30,
        });
        await send('groups:setRotation', { id: g.group.id, facilitatorOrder: a.facilitatorOrder, absences: [] });
        notifications.show({ message: `Group "${a.name}" created with its facilitator rotation. Rename it on the Groups page.` });
        return true;
      }
      case 'snooze':
        await send('advisor:snooze', { id: s.id, until: plusDays(today, SNOOZE_DAYS) });
        return true;
    }
  } catch (e) {
    showError(e);
    return false;
  }
}

export async function remember(s: AdvisedSuggestion, what: 'dismiss' | 'snooze' | 'restore'): Promise<boolean> {
  try {
    if (what === 'dismiss') await send('advisor:dismiss', { id: s.id });
    else if (what === 'restore') await send('advisor:restore', { id: s.id });
    else await send('advisor:snooze', { id: s.id, until: plusDays(dayOf(new Date()), SNOOZE_DAYS) });
    return true;
  } catch (e) {
    showError(e);
    return false;
  }
}
