import { CompeerError } from '../../../shared/errors';
import { dayOf } from '../../../shared/domain/days';
import { prepContext } from '../../../shared/domain/journal/prep-context';
import { goalsMarkdown, reviewedWeek, weekFacts, weekFactsMarkdown } from '../../../shared/domain/journal/review-facts';
import { summarizeEntry, summarizeNote, type JournalSummary } from '../../../shared/domain/journal/summaries';
import { fillTemplate, templateText, titleFrom } from '../../../shared/domain/journal/templates';
import type { JOURNAL_CHANNELS } from '../../../shared/ipc/features/journal.channels';
import type { MarkdownImportPreview } from '../../../shared/ipc/features/journal.contract';
import { interactionSchema, journalEntrySchema, noteSchema, type JournalEntry, type VaultDocument } from '../../../shared/schema/document';
import {
  exportMarkdownFolder,
  exportMarkdownSingle,
  planMarkdownImportInSlices,
  type MarkdownImportPlan,
} from '../../core/exchange/journal-markdown';
import { IMPORT_STEP, opsInSteps } from '../../core/import/plan';
import { yieldToLoop } from '../../core/vault/fs-ops';
import type { Vault, VaultOp } from '../../core/vault';
import type { AppSession } from '../session';
import type { Handlers } from '../dispatch';
import { checkAllIn, findOr, gone } from '../find';
import type { HandlerDeps } from '../handler-deps';

type Channels = (typeof JOURNAL_CHANNELS)[number];

/** Summaries by record: a saved change replaces the record, so a stale one is never found (and is collected with it). */
const summaries = new WeakMap<JournalEntry, JournalSummary>();
function summary(e: JournalEntry): JournalSummary {
  let s = summaries.get(e);
  if (!s) summaries.set(e, (s = summarizeEntry(e)));
  return s;
}

function checkLinks(doc: Readonly<VaultDocument>, e: Pick<JournalEntry, 'peerIds' | 'groupIds' | 'goalIds'>): void {
  checkAllIn(doc.peers, e.peerIds, 'peers of this entry');
  checkAllIn(doc.groups, e.groupIds, 'groups of this entry');
  checkAllIn(doc.goals, e.goalIds, 'goals of this entry');
}

/** The reflection journal, prep sheets, notes about peers and search: wiring only; the rules live in shared/domain/. */
export function journalHandlers(session: AppSession, deps: HandlerDeps): Pick<Handlers, Channels> {
  const vault = (): Vault => session.requireVault();
  const stamp = () => deps.now().toISOString();
  const today = () => dayOf(deps.now());

  const buildEntry = (v: Vault, input: Omit<JournalEntry, 'id' | 'createdAt' | 'updatedAt'> & { id?: string }): JournalEntry => {
    const before = input.id ? v.data.journal.find((e) => e.id === input.id) : undefined;
    const at = stamp();
    const entry = journalEntrySchema.parse({
      ...input,
      title: input.title.trim() || titleFrom(input.body),
      id: input.id ?? deps.newId(),
      // where an imported entry came from stays (a later import must still know it)
      ...(before?.importKey ? { importKey: before.importKey } : {}),
      createdAt: before?.createdAt ?? at,
      updatedAt: at,
    });
    checkLinks(v.data, entry);
    return entry;
  };

  return {
    'journal:list': () => {
      const d = vault().data;
      return Promise.resolve({ entries: d.journal.map(summary), peers: d.peers.map(({ id, name }) => ({ id, name })) });
    },
    'journal:get': ({ id }) => {
      return Promise.resolve(findOr(vault().data.journal, id, 'entry'));
    },
    'journal:save': async (input) => {
      const v = vault();
      const entry = buildEntry(v, input);
      await v.apply([{ op: 'put', collection: 'journal', record: entry }]);
      return entry;
    },
    'journal:delete': async ({ id }) => {
      const v = vault();
      const e = findOr(v.data.journal, id, 'entry');
      await v.apply([{ op: 'delete', collection: 'journal', id }]);
      return { token: session.undo.keep('journal', deps.newId(), [{ op: 'put', collection: 'journal', record: e }], { id: e.id }) };
    },
    'journal:undoDelete': ({ token }) => session.undo.restore('journal', token, vault()),
    'journal:template': ({ kind, date, peerIds }) => {
      const d = vault().data;
      const names = peerIds.map((id) => d.peers.find((p) => p.id === id)?.name).filter((n): n is string => !!n);
      const needsWeek = kind === 'weekly-review';
      const body = fillTemplate(templateText(kind, d.settings.journalTemplates), {
        // a weekly review's day is the Monday of the week it covers ("Week of ...")
        date: needsWeek ? reviewedWeek(date).since : date,
        peer: names.length ? names.join(', ') : undefined,
        week: needsWeek ? weekFactsMarkdown(weekFacts(d.interactions, d.peers, date)) : undefined,
        goals: kind === 'goal-review' ? goalsMarkdown(d.goals, d.peers, date) : undefined,
      });
      return Promise.resolve({ title: titleFrom(body), body });
    },
    'journal:prep': ({ peerId }) => {
      const d = vault().data;
      const peer = findOr(d.peers, peerId, 'peer');
      return Promise.resolve(
        prepContext({ peer, me: d.me, interactions: d.interactions, goals: d.goals, lifeEvents: d.lifeEvents, notes: d.notes }, today()),
      );
    },
    'journal:debrief': async ({ entry: input, interaction }) => {
      const v = vault();
      const entry = buildEntry(v, input);
      const ops: VaultOp[] = [{ op: 'put', collection: 'journal', record: entry }];
      let interactionId: string | null = null;
      if (interaction) {
        const at = stamp();
        checkAllIn(v.data.peers, interaction.peerIds, 'peers of this conversation');
        interactionId = deps.newId();
        const record = interactionSchema.parse({
          ...interaction,
          id: interactionId,
          followUps: interaction.followUps.map((f) => ({ ...f, id: deps.newId() })),
          createdAt: at,
          updatedAt: at,
        });
        ops.push({ op: 'put', collection: 'interactions', record });
      }
      // one change: the entry and the interaction are saved together, or neither is
      await v.apply(ops);
      return { entry, interactionId };
    },
    'journal:exportMarkdown': ({ layout, includeConfidential }) => {
      const d = vault().data;
      return Promise.resolve(
        layout === 'folder'
          ? exportMarkdownFolder(d, { includeConfidential })
          : exportMarkdownSingle(d, { includeConfidential, exportedAt: stamp() }),
      );
    },
    'journal:importPreview': async ({ files }) => {
      // many files are planned a slice at a time, so other calls get their turn in between
      const plan = await planMarkdownImportInSlices(files, vault().data, { newId: deps.newId, now: stamp() }, yieldToLoop, 200, (n) =>
        session.emit('import:progress', { phase: 'checking', done: n, total: files.length }),
      );
      if (plan.items.length === 0 && plan.problems.length === 0)
        throw new CompeerError('INVALID_INPUT', 'There are no Markdown files (.md) among those. Nothing was changed.');
      const token = deps.newId();
      session.scratch.set(`md-import:${token}`, plan);
      const preview: MarkdownImportPreview = {
        token,
        problems: plan.problems,
        items: plan.items.map((i) => ({
          file: i.file,
          action: i.action,
          collection: i.collection,
          date: i.collection === 'journal' ? (i.record as JournalEntry).date : i.record.createdAt.slice(0, 10),
          title: i.collection === 'journal' ? (i.record as JournalEntry).title : 'Note',
          kind: i.collection === 'journal' ? (i.record as JournalEntry).kind : 'note',
          unknownPeers: i.unknownPeers,
          confidential: i.record.confidential,
        })),
      };
      return preview;
    },
    'journal:importCommit': async ({ token }) => {
      const plan = session.scratch.get(`md-import:${token}`) as MarkdownImportPlan | undefined;
      if (!plan) throw new CompeerError('NOT_FOUND', 'That import preview has expired. Choose the files again.');
      const ops: VaultOp[] = plan.items
        .filter((i) => i.action !== 'unchanged')
        .map((i) => ({ op: 'put', collection: i.collection, record: i.record }));
      // a step at a time (one change record each), with the window told how far it has come
      const total = ops.length;
      let saved = 0;
      for (const step of opsInSteps(ops, IMPORT_STEP)) {
        await vault().apply(step);
        session.emit('import:progress', { phase: 'saving', done: (saved += step.length), total });
      }
      session.scratch.delete(`md-import:${token}`);
      return {
        added: plan.items.filter((i) => i.action === 'add').length,
        updated: plan.items.filter((i) => i.action === 'update').length,
      };
    },
    'notes:list': (input) => {
      const notes = vault().data.notes;
      const peerId = input?.peerId;
      const kept = peerId === undefined ? notes : notes.filter((n) => n.peerId === peerId);
      return Promise.resolve([...kept].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map(summarizeNote));
    },
    'notes:reveal': ({ id }) => {
      const n = findOr(vault().data.notes, id, 'note');
      return Promise.resolve({ text: n.text });
    },
    'notes:save': async (input) => {
      const v = vault();
      const before = input.id ? findOr(v.data.notes, input.id, 'note') : undefined;
      if (input.peerId) findOr(v.data.peers, input.peerId, 'peer');
      if (!input.text.trim()) throw new CompeerError('INVALID_INPUT', 'A note needs some text.');
      const at = stamp();
      const note = noteSchema.parse({ ...input, id: before?.id ?? deps.newId(), createdAt: before?.createdAt ?? at, updatedAt: at });
      await v.apply([{ op: 'put', collection: 'notes', record: note }]);
      return summarizeNote(note);
    },
    'notes:delete': async ({ id }) => {
      const v = vault();
      const n = findOr(v.data.notes, id, 'note');
      await v.apply([{ op: 'delete', collection: 'notes', id }]);
      return { token: session.undo.keep('notes', deps.newId(), [{ op: 'put', collection: 'notes', record: n }], { id: n.id }) };
    },
    'notes:undoDelete': ({ token }) => session.undo.restore('notes', token, vault()),
    // a search waits for the index being built after unlock (other calls never do)
    'search:query': async ({ query, limit }) => {
      await session.searchIndex().whenReady();
      const index = session.searchIndex();
      return { query, results: index.search(query, { limit: limit ?? 40 }), ready: index.ready };
    },
    'search:reveal': async ({ query, kind, id }) => {
      await session.searchIndex().whenReady();
      const hit = session.searchIndex().reveal(query, kind, id);
      if (!hit) throw gone(kind === 'journal' ? 'entry' : kind);
      return { title: hit.title, snippet: hit.snippet };
    },
  };
}
