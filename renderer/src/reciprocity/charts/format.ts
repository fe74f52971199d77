import { format, parseISO } from 'date-fns';
import type { Bucket } from '../../../../shared/domain/reciprocity';

/** "Mar 2025" for a month, "3 Mar" for a week's Monday. */
export const periodLabel = (period: string, bucket: Bucket): string => format(parseISO(period), bucket === 'month' ? 'MMM yyyy' : 'd MMM');
/** A month on a chart's axis: "Mar" (the axis's label gives the years). */
export const monthTick = (period: unknown): string =>
  typeof period === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(period) ? format(parseISO(period), 'MMM') : '';
/** "Monday 3 March 2025" */
export const longDay = (day: string): string => format(parseISO(day), 'EEEE d MMMM yyyy');
export const shortDay = (day: string): string => format(parseISO(day), 'd MMM yyyy');
export { plural } from '../../../../shared/plural';
