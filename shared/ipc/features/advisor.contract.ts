import type { ContractRow } from '../contract-kit';
import type { ADVISOR_CHANNELS } from './advisor.channels';

/** Input schemas and result types for the offline advisor (issue 13). */
export const advisorContract = {} as const satisfies Record<(typeof ADVISOR_CHANNELS)[number], ContractRow>;
