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

/** "Tue 24 Jun 2025" from YYYY-MM-DD, in the user's language, without time zone surprises. */
export function dayLabel(day: string, withYear = true): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
  });
}

/** "in 5 days", "today", "3 days ago". */
export function relativeDays(n: number): string {
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  if (n === -1) return 'yesterday';
  return n > 0 ? `in ${n} days` : `${-n} days ago`;
}

export { plural } from '../../../shared/plural';
