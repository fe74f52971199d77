/**
 * Channels for peer groups and meetings, goals, opportunities and boundaries (issue 12). Names only (no zod): the sandboxed
 * preload builds its methods from this list. Each one has a row in groups.contract.ts.
 */
export const GROUP_CHANNELS = [] as const;
