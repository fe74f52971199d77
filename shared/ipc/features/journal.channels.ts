/**
 * Channels for the reflection journal, prep sheets, notes about peers and search (issue 8). Names only (no zod): the sandboxed
 * preload builds its methods from this list. Each one has a row in journal.contract.ts.
 */
export const JOURNAL_CHANNELS = [] as const;
