import type { PeerSummary } from '../../../shared/ipc/contract';

/**
 * Same peers, in the same order, with the same values (arrays compared item by item): a
 * fresh list equal to the kept one is dropped, so nothing re-renders or re-sorts.
 */
export function sameSummaries(a: readonly PeerSummary[], b: readonly PeerSummary[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as unknown as Record<string, unknown>;
    const y = b[i] as unknown as Record<string, unknown>;
    const keys = Object.keys(y);
    if (Object.keys(x).length !== keys.length) return false;
    for (const k of keys) {
      const u = x[k];
      const v = y[k];
      if (u === v) continue;
      if (!Array.isArray(u) || !Array.isArray(v) || u.length !== v.length || u.some((e, j) => e !== v[j])) return false;
    }
  }
  return true;
}
