/**
 * Channels for the interaction log, life events, reciprocity, keeping in touch and Today. Names only (no zod): the sandboxed
 * preload builds its methods from this list. Each one has a row in interactions.contract.ts.
 */
export const INTERACTION_CHANNELS = [
  'interactions:list',
  'interactions:get',
  'interactions:save',
  'interactions:delete',
  'interactions:undoDelete',
  'interactions:setFollowUp',
  'interactions:peerOverview',
  'lifeEvents:list',
  'lifeEvents:save',
  'lifeEvents:delete',
  'lifeEvents:undoDelete',
  'reciprocity:network',
  'reciprocity:peer',
  'checkins:snooze',
  'today:data',
] as const;
