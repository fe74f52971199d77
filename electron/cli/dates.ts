import { isValid, parseISO } from 'date-fns';
import { dayOf, type Day } from '../../shared/domain/days';
import { UsageError } from './context';

/** A `YYYY-MM-DD` option as a calendar day, or a usage error naming the option. */
export function dayOption(name: string, value: string | undefined, fallback: Day): Day {
  if (value === undefined) return fallback;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isValid(parseISO(value)) || dayOf(parseISO(value)) !== value) {
    throw new UsageError(`--${name} takes a date written YYYY-MM-DD (got "${value}").`);
  }
  return value;
}
