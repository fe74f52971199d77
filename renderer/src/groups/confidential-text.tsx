import type { ActionItemRef } from '../../../shared/domain/groups/meetings';
import { send } from '../data/channel';
import { RevealInline } from '../journal/Masked';

/** An action item's text, or, from a confidential meeting, a placeholder and Reveal (that meeting's text); the caller says which meeting. */
export function ActionItemText({ r }: { r: ActionItemRef }) {
  return (
    <RevealInline
      hidden={r.hidden}
      text={r.item.text}
      label="A confidential action item"
      reveal={async () =>
        (await send('groups:revealNotes', { groupId: r.groupId, meetingId: r.meetingId })).actionItems.find((a) => a.id === r.item.id)
          ?.text ?? ''
      }
    />
  );
}

/** A goal's why, which is private: Reveal asks for that one goal. */
export function GoalWhyText({ goalId, why, hidden }: { goalId: string; why: string; hidden: boolean }) {
  return (
    <RevealInline
      hidden={hidden}
      text={why}
      label="Why: private"
      reveal={async () => (await send('goals:reveal', { id: goalId })).why}
      testId="goal-why-masked"
    />
  );
}
