import type { VaultOp } from '../vault';

/** Sample data: journal entries of each kind and notes about peers (issue 8), dated up to `today`. */
export function sampleJournalOps(_today: string): VaultOp[] {
  return [];
}
