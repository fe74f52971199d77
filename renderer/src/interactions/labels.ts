import type { BalanceWord } from '../../../shared/domain/reciprocity';
import type { LifeEventSuggestion } from '../../../shared/domain/life-events';
import type { InteractionChannel, InteractionPurpose, LifeEventKind, ValueKind } from '../../../shared/schema/vocabulary';

/** Channels in the order of their number keys in the Log interaction dialog (1…9, then 0). */
export const CHANNEL_LABEL: Record<InteractionChannel, string> = {
  call: 'Call',
  video: 'Video',
  coffee: 'Coffee',
  meal: 'Meal',
  message: 'Message',
  email: 'Email',
  event: 'Event',
  social: 'Social',
  'group-meeting': 'Group meeting',
  other: 'Other',
};

export const PURPOSE_LABEL: Record<InteractionPurpose, string> = {
  'check-in': 'Check-in',
  ask: 'Ask',
  offer: 'Offer',
  celebrate: 'Celebrate',
  support: 'Support',
  'catch-up': 'Catch-up',
  other: 'Other',
};

/** The guide's "Creating Value in Peer Networks" and "What Peers Provide", as value kinds. */
export const VALUE_KIND_LABEL: Record<ValueKind, string> = {
  opportunity: 'Opportunity',
  introduction: 'Introduction',
  reference: 'Reference',
  resource: 'Resource',
  expertise: 'Expertise or advice',
  feedback: 'Honest feedback',
  'emotional-support': 'Emotional support',
  accountability: 'Accountability',
  celebration: 'Celebration',
  collaboration: 'Collaboration',
};

export const LIFE_EVENT_LABEL: Record<LifeEventKind, string> = {
  'new-job': 'New job',
  promotion: 'Promotion',
  launch: 'Launch',
  award: 'Award',
  setback: 'Setback',
  move: 'Move',
  'personal-milestone': 'Personal milestone',
  birthday: 'Birthday',
};

/** "Celebration and Support": celebrate each other's wins and provide support during difficult times. */
export const SUGGESTION_TEXT: Record<LifeEventSuggestion, string> = {
  celebrate: 'Celebrate with them: a note, a call, a coffee.',
  support: 'Offer support: ask how they are, and what would help.',
};

export const BALANCE_COLOR: Record<BalanceWord, string> = {
  'too-little': 'gray',
  balanced: 'teal',
  'mostly-giving': 'blue',
  'mostly-receiving': 'grape',
};

export const options = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
