import type { BalanceWord } from '../../../shared/domain/reciprocity';
import type { LifeEventSuggestion } from '../../../shared/domain/life-events';
export { CHANNEL_LABEL, LIFE_EVENT_LABEL, PURPOSE_LABEL, VALUE_KIND_LABEL } from '../../../shared/vocabulary-labels';

/** "Celebration and Support": celebrate each other's wins and provide support during difficult times. */
export const SUGGESTION_TEXT: Record<LifeEventSuggestion, string> = {
  celebrate: 'Celebrate with them: a note, a call, a coffee.',
  support: 'Offer support: ask how they are, and what would help.',
};

export const BALANCE_COLOR: Record<BalanceWord, string> = {
  'too-little': 'gray',
  balanced: 'teal',
  'mostly-giving': 'blue',
  'mostly-receiving': 'orange',
};

export { labelOptions as options } from '../../../shared/vocabulary-labels';
