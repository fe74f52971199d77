import { daysFromToday, dayWithWeekday } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import type { GroupKind, OpportunityStatus } from '../../../shared/schema/vocabulary';
export {
  CHANNEL_LABEL,
  GOAL_STATUS_LABEL,
  GROUP_KIND_LABEL,
  OPPORTUNITY_KIND_LABEL,
  OPPORTUNITY_STATUS_LABEL,
} from '../../../shared/vocabulary-labels';

export const GROUP_KIND_SHORT: Record<GroupKind, string> = {
  'formal-advisory': 'Formal',
  'informal-network': 'Informal',
  cohort: 'Cohort',
  mastermind: 'Mastermind',
};
export const GROUP_KIND_HELP: Record<GroupKind, string> = {
  'formal-advisory': 'Structured meetings with an agenda and a rotating facilitator; works best with 5 to 8 people.',
  'informal-network': 'Kept up through social time and spontaneous conversations; any size.',
  cohort: 'People who started around the same time: a class, an intake, a programme.',
  mastermind: 'A small group that meets to work on each member’s goals and problems; 5 to 8 people.',
};

export const OPPORTUNITY_STATUS_COLOR: Record<OpportunityStatus, string> = { open: 'teal', shared: 'blue', taken: 'gray', expired: 'gray' };

/** "Tue 24 Jun" (the year when not this one's), from YYYY-MM-DD: the app's one date style. */
export const dayLabel = (day: string): string => dayWithWeekday(day, dayOf(new Date()));

/** "in 5 days", "today", "3 days ago". */
export const relativeDays = (n: number): string => daysFromToday(n);

export { plural } from '../../../shared/plural';
