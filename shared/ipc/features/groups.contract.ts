import type { ContractRow } from '../contract-kit';
import type { GROUP_CHANNELS } from './groups.channels';

/** Input schemas and result types for peer groups and meetings, goals, opportunities and boundaries (issue 12). */
export const groupContract = {} as const satisfies Record<(typeof GROUP_CHANNELS)[number], ContractRow>;
