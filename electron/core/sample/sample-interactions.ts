import type { VaultOp } from '../vault';

/** Sample data: a year of interactions with exchanges and follow-ups, and life events (issue 7), dated up to `today`. */
export function sampleInteractionOps(_today: string): VaultOp[] {
  return [];
}
