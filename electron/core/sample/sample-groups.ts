import type { VaultOp } from '../vault';

/** Sample data: group meetings, goals and opportunities (issue 12), dated up to `today`. */
export function sampleGroupOps(_today: string): VaultOp[] {
  return [];
}
