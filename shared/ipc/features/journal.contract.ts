import type { ContractRow } from '../contract-kit';
import type { JOURNAL_CHANNELS } from './journal.channels';

/** Input schemas and result types for the reflection journal, prep sheets, notes about peers and search (issue 8). */
export const journalContract = {} as const satisfies Record<(typeof JOURNAL_CHANNELS)[number], ContractRow>;
