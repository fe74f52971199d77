/**
 * Channels for the offline advisor. Names only (no zod): the sandboxed
 * preload builds its methods from this list. Each one has a row in advisor.contract.ts.
 */
export const ADVISOR_CHANNELS = [
  'advisor:list',
  'advisor:today',
  'advisor:forPeer',
  'advisor:dismiss',
  'advisor:snooze',
  'advisor:restore',
] as const;
