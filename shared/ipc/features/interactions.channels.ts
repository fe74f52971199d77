/**
 * Channels for the interaction log, life events, reciprocity, keeping in touch and Today (issue 7). Names only (no zod): the sandboxed
 * preload builds its methods from this list. Each one has a row in interactions.contract.ts.
 */
export const INTERACTION_CHANNELS = [] as const;
