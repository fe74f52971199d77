/**
 * Fewer ties drawn when many are in view: zoomed out over a large network, thousands of
 * crossing lines make one grey blot that costs seconds to draw and shows nothing more than a
 * sample does. A fixed share of the ties in view is drawn, chosen by a hash of the tie's
 * index (not its position), so the same ties stay drawn while panning and more appear, never
 * different ones, as you zoom in. Stronger ties are drawn before weaker ones.
 */

/** At most about this many tie lines in one picture. */
export const EDGE_BUDGET = 2500;

/**
 * The share of each tier of ties to draw, given how many of each are in view, strongest tier
 * first: the budget is filled from the strongest down, a tier that does not fit whole is
 * sampled, and the tiers after it are left out.
 */
export function edgeShares(inView: readonly number[], budget = EDGE_BUDGET): number[] {
  let left = budget;
  return inView.map((n) => {
    if (n <= 0) return 1;
    const share = Math.max(0, Math.min(1, left / n));
    left -= Math.min(left, n);
    return share;
  });
}

/** Whether tie number j belongs to the drawn share: a fixed pseudo-random value per tie, under the share. */
export function drawnAt(j: number, share: number): boolean {
  if (share >= 1) return true;
  // Knuth's multiplicative hash, mixed once more so neighbouring indices spread
  let h = Math.imul(j + 1, 2654435761) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 2246822519) >>> 0;
  return h / 4294967296 < share;
}
