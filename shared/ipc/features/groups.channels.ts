/**
 * Channels for peer groups and meetings, goals, opportunities and boundaries. Names only (no zod): the sandboxed
 * preload builds its methods from this list. Each one has a row in groups.contract.ts.
 */
export const GROUP_CHANNELS = [
  'groups:list',
  'groups:get',
  'groups:save',
  'groups:delete',
  'groups:undo',
  'groups:setRotation',
  'groups:generateRotation',
  'groups:saveMeeting',
  'groups:deleteMeeting',
  'groups:revealNotes',
  'groups:setActionItem',
  'groups:today',
  'groups:forPeer',
  'goals:list',
  'goals:save',
  'goals:reveal',
  'goals:delete',
  'goals:checkIn',
  'goals:deleteCheckIn',
  'goals:setMilestone',
  'opportunities:list',
  'opportunities:save',
  'opportunities:delete',
  'opportunities:whoWouldItHelp',
  'opportunities:share',
] as const;
