import { dayLong, dayWithYear, dayWords, monthTickWords, monthWords } from '../../../../shared/date-words';
import { dayOf } from '../../../../shared/domain/days';
import type { Bucket } from '../../../../shared/domain/reciprocity';

/** "Mar 2025" for a month, "3 Mar" for a week's Monday (the app's one date style, shared/date-words.ts). */
export const periodLabel = (period: string, bucket: Bucket): string =>
  bucket === 'month' ? monthWords(period, undefined, true) : dayWords(period.slice(0, 10), dayOf(new Date()));
/** A month on a chart's axis: "Mar" (the axis's label gives the years). */
export const monthTick = (period: unknown): string =>
  typeof period === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(period) ? monthTickWords(period) : '';
/** "Monday, 3 March 2025" */
export const longDay = (day: string): string => dayLong(day);
export const shortDay = (day: string): string => dayWithYear(day);
export { plural } from '../../../../shared/plural';
