import { z } from 'zod';
import type { PrepContext } from '../../domain/journal/prep-context';
import type { JournalSummary, NoteSummary } from '../../domain/journal/summaries';
import {
  followUpSchema,
  idSchema,
  interactionObject,
  isoDate,
  journalEntrySchema,
  noteSchema,
  type JournalEntry,
} from '../../schema/document';
import { JOURNAL_KINDS } from '../../schema/vocabulary';
import { IMPORT_MAX_BYTES, markdownTooLarge } from '../../import-preview';
import { SEARCH_KINDS, type SearchAnswer } from '../../search';
import { returns, type ContractRow } from '../contract-kit';
import type { JOURNAL_CHANNELS } from './journal.channels';

/** A journal entry as the editor sends it: no timestamps; no id for a new one. */
export const journalInputSchema = journalEntrySchema
  .omit({ id: true, createdAt: true, updatedAt: true })
  .extend({ id: idSchema.optional() });
export const noteInputSchema = noteSchema.omit({ id: true, createdAt: true, updatedAt: true }).extend({ id: idSchema.optional() });
/** The interaction a debrief logs in the same step (ids and timestamps are main's). */
export const debriefInteractionSchema = interactionObject.omit({ id: true, createdAt: true, updatedAt: true, followUps: true }).extend({
  followUps: z
    .array(followUpSchema.omit({ id: true }))
    .max(100)
    .default([]),
});

const token = z.string().min(1).max(100);

/** What the journal needs of a peer: who it is, by name. */
export interface PeerName {
  id: string;
  name: string;
}

export interface MarkdownImportPreview {
  token: string;
  items: {
    file: string;
    action: 'add' | 'update' | 'unchanged';
    collection: 'journal' | 'notes';
    date: string;
    title: string;
    kind: string;
    unknownPeers: string[];
    confidential: boolean;
  }[];
  problems: { file: string; message: string }[];
}

export interface MarkdownExportResult {
  files: { path: string; text: string }[];
  entries: number;
  notes: number;
  leftOut: number;
}

/** Input schemas and result types for the reflection journal, prep sheets, notes about peers and search. */
export const journalContract = {
  /** every entry, masked, and the peers' names to show with them (not their whole summaries) */
  'journal:list': { input: z.undefined().optional(), result: returns<{ entries: JournalSummary[]; peers: PeerName[] }>() },
  /** opening one entry is revealing it: its whole text */
  'journal:get': { input: z.object({ id: idSchema }), result: returns<JournalEntry>() },
  'journal:save': { input: journalInputSchema, result: returns<JournalEntry>() },
  'journal:delete': { input: z.object({ id: idSchema }), result: returns<{ token: string }>() },
  'journal:undoDelete': { input: z.object({ token }), result: returns<{ id: string }>() },
  /** the text a new entry of a kind starts from: the user's template or the built-in one, filled in */
  'journal:template': {
    input: z.object({ kind: z.enum(JOURNAL_KINDS), date: isoDate, peerIds: z.array(idSchema).max(200).default([]) }),
    result: returns<{ title: string; body: string }>(),
  },
  'journal:prep': { input: z.object({ peerId: idSchema }), result: returns<PrepContext>() },
  /** a debrief entry, and the interaction it records, saved together in one change */
  'journal:debrief': {
    input: z.object({ entry: journalInputSchema, interaction: debriefInteractionSchema.nullable() }),
    result: returns<{ entry: JournalEntry; interactionId: string | null }>(),
  },
  'journal:exportMarkdown': {
    input: z.object({ layout: z.enum(['folder', 'single']), includeConfidential: z.boolean() }),
    result: returns<MarkdownExportResult>(),
  },
  'journal:importPreview': {
    input: z
      .object({
        files: z
          .array(
            z.object({ name: z.string().min(1).max(1000), text: z.string().max(5_000_000), lastModified: z.string().max(40).optional() }),
          )
          .min(1, 'Choose at least one Markdown file.')
          .max(20_000),
      })
      .superRefine(({ files }, ctx) => {
        const chars = files.reduce((n, f) => n + f.text.length, 0);
        if (chars > IMPORT_MAX_BYTES) ctx.addIssue({ code: 'custom', message: markdownTooLarge(chars) });
      }),
    result: returns<MarkdownImportPreview>(),
  },
  'journal:importCommit': { input: z.object({ token }), result: returns<{ added: number; updated: number }>() },
  'notes:list': { input: z.object({ peerId: idSchema.nullable().optional() }).optional(), result: returns<NoteSummary[]>() },
  'notes:reveal': { input: z.object({ id: idSchema }), result: returns<{ text: string }>() },
  'notes:save': { input: noteInputSchema, result: returns<NoteSummary>() },
  'notes:delete': { input: z.object({ id: idSchema }), result: returns<{ token: string }>() },
  'notes:undoDelete': { input: z.object({ token }), result: returns<{ id: string }>() },
  'search:query': {
    input: z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(200).optional() }),
    result: returns<SearchAnswer>(),
  },
  /** one confidential match's preview, on request */
  'search:reveal': {
    input: z.object({ query: z.string().max(500), kind: z.enum(SEARCH_KINDS), id: idSchema }),
    result: returns<{ title: string; snippet: string | null }>(),
  },
} as const satisfies Record<(typeof JOURNAL_CHANNELS)[number], ContractRow>;
