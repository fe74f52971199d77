import type { ContractRow } from '../contract-kit';
import type { INTERACTION_CHANNELS } from './interactions.channels';

/** Input schemas and result types for the interaction log, life events, reciprocity, keeping in touch and Today (issue 7). */
export const interactionContract = {} as const satisfies Record<(typeof INTERACTION_CHANNELS)[number], ContractRow>;
