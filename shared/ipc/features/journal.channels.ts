/**
 * Channels for the reflection journal, prep sheets, notes about peers and search. Names only (no zod): the sandboxed
 * preload builds its methods from this list. Each one has a row in journal.contract.ts.
 */
export const JOURNAL_CHANNELS = [
  'journal:list',
  'journal:get',
  'journal:save',
  'journal:delete',
  'journal:undoDelete',
  'journal:template',
  'journal:prep',
  'journal:debrief',
  'journal:exportMarkdown',
  'journal:importPreview',
  'journal:importCommit',
  'notes:list',
  'notes:reveal',
  'notes:save',
  'notes:delete',
  'notes:undoDelete',
  'search:query',
  'search:reveal',
] as const;
