import { isScalar, parseDocument, stringify, visit } from 'yaml';
import { isConfidentialRecord } from '../../../shared/confidential';
import { CompeerError, schemaProblem } from '../../../shared/errors';
import { dayOf } from '../../../shared/domain/days';
import { titleFrom } from '../../../shared/domain/journal/templates';
import {
  idSchema,
  isoDate,
  journalEntrySchema,
  noteSchema,
  type JournalEntry,
  type Note,
  type Peer,
  type VaultDocument,
} from '../../../shared/schema/document';
import { JOURNAL_KINDS, LEARNING_TOPICS, type JournalKind } from '../../../shared/schema/vocabulary';
import { foldKey } from '../../../shared/text-fold';
import { binaryIn, controlPath, controlWords, firstControl, lineAt } from '../import/text-check';

/**
 * The journal as Markdown with YAML front matter (what Obsidian, Day One and most note apps
 * read): one file per entry (and per note) in a folder, or one file to read or print.
 * Confidential entries and notes are left out unless asked for. Importing a folder back
 * reads the front matter when there is one (id, date, kind, title, peers, tags, mood,
 * confidential), and a plain Markdown file otherwise.
 */

export interface MarkdownFile {
  /** a relative path with "/" (journal/2025-01-02-title.md) */
  path: string;
  text: string;
}

/** The folders a folder export makes: entries in journal/, notes in notes/. */
export const MARKDOWN_FOLDERS = ['journal', 'notes'] as const;

export interface MarkdownExport {
  files: MarkdownFile[];
  entries: number;
  notes: number;
  /** confidential entries and notes left out */
  leftOut: number;
}

/** A file name from a title, in its own script ("Встреча с Иваном" -> "встреча-с-иваном"), at most 60 characters. */
function slug(text: string): string {
  return Array.from(foldKey(text).replace(/ /g, '-')).slice(0, 60).join('').replace(/-+$/, '') || 'entry';
}

function frontMatter(fields: Record<string, unknown>): string {
  const clean = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return `---\n${stringify(clean, { lineWidth: 0 })}---\n\n`;
}

const nameOf = (peers: readonly Peer[]) => {
  const m = new Map(peers.map((p) => [p.id, p.name]));
  return (ids: readonly string[]) => ids.map((id) => m.get(id)).filter((n): n is string => !!n);
};

export function entryToMarkdown(e: JournalEntry, peerNames: (ids: readonly string[]) => string[]): string {
  return (
    frontMatter({
      id: e.id,
      date: e.date,
      kind: e.kind,
      title: e.title,
      peers: peerNames(e.peerIds),
      peerIds: e.peerIds,
      groupIds: e.groupIds.length ? e.groupIds : undefined,
      goalIds: e.goalIds.length ? e.goalIds : undefined,
      tags: e.tags,
      mood: e.mood,
      confidential: e.confidential,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    }) + e.body
  );
}

export function noteToMarkdown(n: Note, peerNames: (ids: readonly string[]) => string[]): string {
  return (
    frontMatter({
      id: n.id,
      type: 'note',
      peer: n.peerId ? (peerNames([n.peerId])[0] ?? null) : null,
      peerId: n.peerId,
      topic: n.topic,
      confidential: n.confidential,
      createdAt: n.createdAt,
      updatedAt: n.updatedAt,
    }) + n.text
  );
}

/** One file per entry under journal/ and per note under notes/, newest last. */
export function exportMarkdownFolder(doc: Readonly<VaultDocument>, opts: { includeConfidential: boolean }): MarkdownExport {
  const names = nameOf(doc.peers);
  const used = new Set<string>();
  const unique = (base: string) => {
    let p = `${base}.md`;
    for (let k = 2; used.has(p); k++) p = `${base}-${k}.md`;
    used.add(p);
    return p;
  };
  const files: MarkdownFile[] = [];
  let leftOut = 0;
  let entries = 0;
  let notes = 0;
  for (const e of [...doc.journal].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))) {
    if (!opts.includeConfidential && isConfidentialRecord('journal', e)) {
      leftOut++;
      continue;
    }
    entries++;
    files.push({ path: unique(`journal/${e.date}-${slug(e.title || titleFrom(e.body) || e.kind)}`), text: entryToMarkdown(e, names) });
  }
  for (const n of [...doc.notes].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    if (!opts.includeConfidential && isConfidentialRecord('notes', n)) {
      leftOut++;
      continue;
    }
    notes++;
    const who = n.peerId ? (names([n.peerId])[0] ?? 'peer') : 'general';
    files.push({
      path: unique(`notes/${n.createdAt.slice(0, 10)}-${slug(who)}${n.topic ? `-${n.topic}` : ''}`),
      text: noteToMarkdown(n, names),
    });
  }
  return { files, entries, notes, leftOut };
}

/** Everything in one Markdown file, to read or print: a heading and a line of facts per entry. */
export function exportMarkdownSingle(
  doc: Readonly<VaultDocument>,
  opts: { includeConfidential: boolean; exportedAt: string },
): MarkdownExport {
  const names = nameOf(doc.peers);
  const kept = [...doc.journal]
    .filter((e) => opts.includeConfidential || !isConfidentialRecord('journal', e))
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  const notes = doc.notes.filter((n) => opts.includeConfidential || !isConfidentialRecord('notes', n));
  const parts = [
    `# Journal\n\nExported from Compeer on ${dayOf(new Date(opts.exportedAt))}.${opts.includeConfidential ? ' Includes confidential entries.' : ' Confidential entries are left out.'}\n`,
  ];
  for (const e of kept) {
    const facts = [
      e.date,
      e.kind,
      names(e.peerIds).join(', '),
      e.tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' '),
      e.mood ? `mood ${e.mood}/5` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    parts.push(`\n---\n\n## ${e.title || titleFrom(e.body) || e.date}\n\n*${facts}*\n\n${e.body.trim()}\n`);
  }
  if (notes.length) {
    parts.push('\n---\n\n# Notes\n');
    for (const n of notes)
      parts.push(
        `\n## ${n.peerId ? (names([n.peerId])[0] ?? 'A peer') : 'General'}${n.topic ? ` (${n.topic})` : ''}\n\n${n.text.trim()}\n`,
      );
  }
  return {
    files: [{ path: `compeer-journal-${dayOf(new Date(opts.exportedAt))}.md`, text: parts.join('') }],
    entries: kept.length,
    notes: notes.length,
    leftOut: doc.journal.length + doc.notes.length - kept.length - notes.length,
  };
}

/** Front matter Compeer reads: note apps write a few hundred bytes and a dozen keys. */
export const FRONT_MATTER_MAX_BYTES = 64 * 1024;
export const FRONT_MATTER_MAX_KEYS = 1_000;
export const FRONT_MATTER_MAX_ALIASES = 20;

/**
 * The values of YAML front matter, once its keys and aliases are counted on the syntax tree
 * (within FRONT_MATTER_MAX_*) and each map's keys checked to be unique with a set: yaml's own
 * duplicate-key check compares every key with every other, which is quadratic.
 */
function readFrontMatter(yamlText: string): unknown {
  const doc = parseDocument(yamlText, { uniqueKeys: false });
  const [error] = doc.errors;
  if (error) throw error;
  let keys = 0;
  let aliases = 0;
  let problem: string | null = null;
  visit(doc, {
    Map: (_key, map) => {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const k = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(k)) problem = `its front matter is not valid YAML (the key "${String(k)}" appears twice)`;
        seen.add(k);
      }
      return problem ? visit.BREAK : undefined;
    },
    Pair: () => {
      if (++keys > FRONT_MATTER_MAX_KEYS)
        problem = `its front matter has more than ${FRONT_MATTER_MAX_KEYS.toLocaleString('en')} keys; Compeer reads up to ${FRONT_MATTER_MAX_KEYS.toLocaleString('en')}`;
      return problem ? visit.BREAK : undefined;
    },
    Alias: () => {
      if (++aliases > FRONT_MATTER_MAX_ALIASES)
        problem = `its front matter uses more than ${FRONT_MATTER_MAX_ALIASES} YAML aliases (*name); Compeer reads up to ${FRONT_MATTER_MAX_ALIASES}`;
      return problem ? visit.BREAK : undefined;
    },
  });
  if (problem) throw new CompeerError('INVALID_INPUT', problem);
  return doc.toJS({ maxAliasCount: FRONT_MATTER_MAX_ALIASES });
}

/**
 * Front matter and body of a Markdown text; front matter that is not valid YAML, or larger
 * than Compeer reads (FRONT_MATTER_MAX_*: bytes first, before any parsing), is an error, so a
 * file costs time in proportion to its size.
 */
export function splitFrontMatter(text: string): { data: Record<string, unknown> | null; body: string } {
  const t = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!t.startsWith('---\n')) return { data: null, body: t };
  const end = t.indexOf('\n---', 3);
  if (end < 0) return { data: null, body: t };
  const after = t.indexOf('\n', end + 4);
  const closing = t.slice(end + 1, after < 0 ? t.length : after);
  if (closing.trim() !== '---') return { data: null, body: t };
  const yamlText = t.slice(4, end + 1);
  if (yamlText.length > FRONT_MATTER_MAX_BYTES) {
    throw new CompeerError(
      'INVALID_INPUT',
      `its front matter is ${Math.ceil(yamlText.length / 1024).toLocaleString('en')} KB; Compeer reads front matter of up to ${FRONT_MATTER_MAX_BYTES / 1024} KB (a note app writes a few hundred bytes)`,
    );
  }
  let data: unknown;
  try {
    data = readFrontMatter(yamlText);
  } catch (e) {
    if (e instanceof CompeerError) throw e;
    throw new CompeerError(
      'INVALID_INPUT',
      `its front matter is not valid YAML (${e instanceof Error ? e.message.split('\n')[0] : 'unreadable'})`,
    );
  }
  let body = after < 0 ? '' : t.slice(after + 1);
  if (body.startsWith('\n')) body = body.slice(1);
  return { data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}, body };
}

export interface ImportedItem {
  file: string;
  action: 'add' | 'update' | 'unchanged';
  collection: 'journal' | 'notes';
  record: JournalEntry | Note;
  /** peers named in the file that are not in the vault (left out) */
  unknownPeers: string[];
}

/** A Markdown file as the window sends it: its path, its text and when it last changed. */
export interface MarkdownInput {
  name: string;
  text: string;
  lastModified?: string;
}

export interface MarkdownImportPlan {
  items: ImportedItem[];
  problems: { file: string; message: string }[];
}

const asDate = (v: unknown): string | null => {
  const s = v instanceof Date ? v.toISOString() : typeof v === 'string' ? v.trim() : null;
  if (!s) return null;
  const d = s.slice(0, 10);
  return isoDate.safeParse(d).success ? d : null;
};
const asStrings = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.filter((x) => typeof x === 'string' || typeof x === 'number').map(String)
    : typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
const asStamp = (v: unknown, fallback: string): string => {
  const s = v instanceof Date ? v.toISOString() : typeof v === 'string' ? v : '';
  return s && !Number.isNaN(Date.parse(s)) && /T/.test(s) ? new Date(s).toISOString() : fallback;
};

/**
 * What importing these Markdown files would do: each becomes a journal entry (or a note,
 * when its front matter says `type: note`), matched by id when it has one of this vault's.
 * Nothing is changed here; a file that cannot be read is named with its problem.
 */
export function planMarkdownImport(
  files: readonly MarkdownInput[],
  doc: Readonly<VaultDocument>,
  deps: { newId: () => string; now: string },
): MarkdownImportPlan {
  const planner = markdownPlanner(doc, deps);
  files.forEach(planner.add);
  return planner.plan;
}

/** The same plan, `slice` files at a time with `pause()` between, so many files never hold the vault's thread for long. */
export async function planMarkdownImportInSlices(
  files: readonly MarkdownInput[],
  doc: Readonly<VaultDocument>,
  deps: { newId: () => string; now: string },
  pause: () => Promise<void>,
  slice = 200,
  onPlanned?: (files: number) => void,
): Promise<MarkdownImportPlan> {
  const planner = markdownPlanner(doc, deps);
  for (let i = 0; i < files.length; i++) {
    planner.add(files[i]!);
    if ((i + 1) % slice === 0) {
      onPlanned?.(i + 1);
      await pause();
    }
  }
  return planner.plan;
}

function markdownPlanner(
  doc: Readonly<VaultDocument>,
  deps: { newId: () => string; now: string },
): { add: (f: MarkdownInput) => void; plan: MarkdownImportPlan } {
  const items: ImportedItem[] = [];
  const problems: { file: string; message: string }[] = [];
  const byName = new Map(doc.peers.map((p) => [foldKey(p.name), p.id]));
  const peerIdsKnown = new Set(doc.peers.map((p) => p.id));
  const journal = new Map(doc.journal.map((e) => [e.id, e]));
  const notes = new Map(doc.notes.map((n) => [n.id, n]));
  // a file without an id (from another app) that is already here, word for word, is left alone:
  // importing the same folder twice adds nothing
  const entryKey = (e: Pick<JournalEntry, 'date' | 'title' | 'body'>) => `${e.date}\u0000${e.title}\u0000${e.body}`;
  const noteKey = (n: Pick<Note, 'peerId' | 'text'>) => `${n.peerId ?? ''}\u0000${n.text}`;
  const journalByContent = new Map(doc.journal.map((e) => [entryKey(e), e]));
  const notesByContent = new Map(doc.notes.map((n) => [noteKey(n), n]));
  const seen = new Set<string>();
  const groupIds = new Set(doc.groups.map((g) => g.id));
  const goalIds = new Set(doc.goals.map((g) => g.id));
  const add = (f: MarkdownInput): void => {
    if (!/\.(md|markdown|txt)$/i.test(f.name)) return;
    try {
      const binary = binaryIn(f.text);
      if (binary)
        throw new CompeerError(
          'INVALID_INPUT',
          `it holds binary data (a control character ${binary.code} on line ${binary.line.toLocaleString('en')}), not text`,
        );
      const control = firstControl(f.text);
      if (control)
        throw new CompeerError(
          'INVALID_INPUT',
          `line ${lineAt(f.text, control.index).toLocaleString('en')} has ${controlWords(control.code)}`,
        );
      const { data, body } = splitFrontMatter(f.text);
      const fm = data ?? {};
      // escapes in quoted YAML ("\e") make control characters the text itself does not show
      for (const field of ['title', 'tags', 'peers', 'peer'] as const) {
        const hit = controlPath(fm[field]);
        if (hit) throw new CompeerError('INVALID_INPUT', `its ${field} ${field.endsWith('s') ? 'have' : 'has'} ${controlWords(hit.code)}`);
      }
      const unknownPeers: string[] = [];
      const peersFrom = (names: unknown, ids: unknown) => {
        const out = asStrings(ids).filter((id) => peerIdsKnown.has(id));
        for (const n of asStrings(names)) {
          const id = byName.get(foldKey(n));
          if (id) {
            if (!out.includes(id)) out.push(id);
          } else if (!asStrings(ids).length) unknownPeers.push(n);
        }
        return out;
      };
      const givenId = typeof fm.id === 'string' && idSchema.safeParse(fm.id).success && !seen.has(fm.id) ? fm.id : null;
      const id = givenId ?? deps.newId();
      seen.add(id);
      const fileDate = /(\d{4}-\d{2}-\d{2})/.exec(f.name)?.[1] ?? null;
      const date =
        asDate(fm.date) ??
        asDate(fm.created) ??
        asDate(fm.creationDate) ??
        asDate(fm.created_at) ??
        (fileDate && isoDate.safeParse(fileDate).success ? fileDate : null) ??
        asDate(f.lastModified) ??
        dayOf(new Date(deps.now));
      const confidential = typeof fm.confidential === 'boolean' ? fm.confidential : true;
      const createdAt = asStamp(fm.createdAt ?? fm.created, deps.now);
      const updatedAt = asStamp(fm.updatedAt ?? fm.modified, createdAt);
      if (fm.type === 'note') {
        const topic = typeof fm.topic === 'string' && (LEARNING_TOPICS as readonly string[]).includes(fm.topic) ? fm.topic : null;
        const peerId = peersFrom(fm.peer ? [fm.peer] : [], fm.peerId ? [fm.peerId] : [])[0] ?? null;
        const record = noteSchema.parse({ id, peerId, topic, text: body, confidential, createdAt, updatedAt });
        const same = givenId ? undefined : notesByContent.get(noteKey(record));
        if (same) {
          items.push({ file: f.name, collection: 'notes', record: same, unknownPeers, action: 'unchanged' });
          return;
        }
        const before = notes.get(id);
        items.push({
          file: f.name,
          collection: 'notes',
          record,
          unknownPeers,
          action: !before ? 'add' : JSON.stringify(before) === JSON.stringify(record) ? 'unchanged' : 'update',
        });
        return;
      }
      const kind =
        typeof fm.kind === 'string' && (JOURNAL_KINDS as readonly string[]).includes(fm.kind) ? (fm.kind as JournalKind) : 'free';
      const baseName = f.name
        .replace(/^.*[\\/]/, '')
        .replace(/\.(md|markdown|txt)$/i, '')
        .replace(/^\d{4}-\d{2}-\d{2}[-_ ]?/, '');
      const title = typeof fm.title === 'string' ? fm.title : titleFrom(body) || baseName.replace(/[-_]+/g, ' ');
      const mood = typeof fm.mood === 'number' && Number.isInteger(fm.mood) && fm.mood >= 1 && fm.mood <= 5 ? fm.mood : null;
      const parsed = journalEntrySchema.safeParse({
        id,
        date,
        kind,
        title: title.slice(0, 300),
        body,
        peerIds: peersFrom(fm.peers, fm.peerIds),
        groupIds: asStrings(fm.groupIds).filter((g) => groupIds.has(g)),
        goalIds: asStrings(fm.goalIds).filter((g) => goalIds.has(g)),
        tags: asStrings(fm.tags)
          .map((t) => t.replace(/^#/, ''))
          .slice(0, 200),
        mood,
        confidential,
        createdAt,
        updatedAt,
      });
      if (!parsed.success) {
        throw new CompeerError('INVALID_INPUT', schemaProblem(parsed.error, { whole: 'entry' }));
      }
      const same = givenId ? undefined : journalByContent.get(entryKey(parsed.data));
      if (same) {
        items.push({ file: f.name, collection: 'journal', record: same, unknownPeers, action: 'unchanged' });
        return;
      }
      const before = journal.get(id);
      items.push({
        file: f.name,
        collection: 'journal',
        record: parsed.data,
        unknownPeers,
        action: !before ? 'add' : JSON.stringify(before) === JSON.stringify(parsed.data) ? 'unchanged' : 'update',
      });
    } catch (e) {
      problems.push({ file: f.name, message: e instanceof Error ? e.message : 'it could not be read' });
    }
  };
  return { add, plan: { items, problems } };
}
