import { dayOf } from '../../shared/domain/days';
import { fitsFor, groupsToday, groupView } from '../../shared/domain/groups/views';
import type { VaultDocument } from '../../shared/schema/document';

/**
 * The groups screens' rules over the heavy vault, in the vault's own thread as the handlers
 * run them: Today's card (action items, goals, the week's time), the slowest group page
 * (rotation, and diversity against every peer), and "Who would this help?" (median of 20).
 */
export function benchGroupRules(doc: VaultDocument): { groupsTodayMs: number; groupViewMaxMs: number; whoWouldItHelpMs: number } {
  const today = dayOf(new Date());
  const time = (f: () => unknown) => {
    const t = performance.now();
    f();
    return performance.now() - t;
  };
  const groupsTodayMs = time(() => groupsToday(doc, today));
  const groupViewMaxMs = Math.max(0, ...doc.groups.map((g) => time(() => groupView(doc, g))));
  const fits = doc.opportunities.slice(0, 20).map((o) => time(() => fitsFor(doc, o)));
  const whoWouldItHelpMs = fits.length ? [...fits].sort((a, b) => a - b)[Math.floor(fits.length / 2)]! : 0;
  return { groupsTodayMs, groupViewMaxMs, whoWouldItHelpMs };
}
