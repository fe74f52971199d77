import { allSuggestions } from '../../shared/domain/advisor';
import { dayOf } from '../../shared/domain/days';
import type { VaultDocument } from '../../shared/schema/document';

/**
 * The advisor over the heavy vault: every suggestion of the seven kinds, as the Advisor
 * screen and `compeer advise` compute them (median of 5 runs after one to warm up).
 */
export function benchAdvisor(doc: VaultDocument): { adviseMs: number; suggestions: number } {
  const today = dayOf(new Date());
  let suggestions = allSuggestions(doc, today).length;
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    suggestions = allSuggestions(doc, today).length;
    times.push(performance.now() - t);
  }
  return { adviseMs: [...times].sort((a, b) => a - b)[2]!, suggestions };
}
