import MiniSearch from 'minisearch';
import { JOURNAL_KIND_LABEL } from '../../../shared/domain/journal/templates';
import { CHANNEL_LABEL } from '../../../shared/vocabulary-labels';
import { maskedTitle } from '../../../shared/domain/journal/summaries';
import { confidentialTexts, isFlagged, maskRecord } from '../../../shared/confidential';
import type { CollectionName, Interaction, JournalEntry, Note, Peer, VaultDocument } from '../../../shared/schema/document';
import type { SearchHit, SearchKind } from '../../../shared/search';
import type { VaultOp } from '../vault';
import { jsonArrayItems, lazySegment } from '../vault/body-codec';
import { yieldToLoop } from '../vault/fs-ops';
import { PreciseQuery, type RankedHit } from './precise-query';
import { fold, snippetAround } from '../../../shared/text-fold';

/**
 * The search index over peers, notes, journal entries and interactions: MiniSearch, held
 * only in memory (never written anywhere), built in slices after unlock so the event loop is
 * never blocked for long, updated from every saved change, and dropped on lock. Confidential
 * text is indexed (so it can be found) in its own field, and never leaves in a preview unless
 * asked: a confidential match is named by kind and day, its snippet null.
 */

type Rec =
  { kind: 'peer'; r: Peer } | { kind: 'note'; r: Note } | { kind: 'journal'; r: JournalEntry } | { kind: 'interaction'; r: Interaction };

interface Doc {
  key: string;
  title: string;
  text: string;
  /** confidential text: matched, never shown without asking */
  secret: string;
  extra: string;
}

const KIND_OF: Partial<Record<CollectionName, SearchKind>> = {
  peers: 'peer',
  notes: 'note',
  journal: 'journal',
  interactions: 'interaction',
};
const INDEXED: readonly CollectionName[] = ['peers', 'notes', 'journal', 'interactions'];

const TOPIC_WORDS: Record<string, string> = {
  'industry-trends': 'industry trends',
  'compensation-benchmarks': 'compensation salary benchmarks',
  'company-culture': 'company culture',
  'career-strategy': 'career strategy',
  'skill-development': 'skill development',
  'professional-challenges': 'professional challenges',
};

const COLLECTION_OF: Record<SearchKind, CollectionName> = { peer: 'peers', note: 'notes', journal: 'journal', interaction: 'interactions' };

/** The texts of an interaction that can be shown (the masked record's: a confidential one has none). */
const interactionTexts = (i: Interaction) =>
  [i.summary, ...i.followUps.map((f) => f.text), ...i.exchanges.map((x) => x.note)].filter(Boolean);

/**
 * A record as the index holds it: what may be shown comes from the record masked for the
 * screen, what may only be matched from its confidential texts (both from the one declaration).
 */
export function toDoc(rec: Rec): Doc {
  const key = `${rec.kind}:${rec.r.id}`;
  const secret = confidentialTexts(COLLECTION_OF[rec.kind], rec.r).join('\n');
  switch (rec.kind) {
    case 'peer': {
      const p = maskRecord('peers', rec.r);
      const open = [
        p.role,
        p.company,
        p.industry,
        p.function,
        p.city,
        p.country,
        ...p.skills,
        ...p.needs,
        ...p.interests,
        ...p.values,
        p.notes,
      ]
        .filter(Boolean)
        .join(' ');
      return { key, title: p.name, text: open, secret, extra: p.tags.join(' ') };
    }
    case 'note': {
      const n = maskRecord('notes', rec.r);
      return { key, title: '', text: n.text, secret, extra: n.topic ? TOPIC_WORDS[n.topic]! : '' };
    }
    case 'journal': {
      const e = maskRecord('journal', rec.r);
      return { key, title: e.title, text: e.body, secret, extra: `${e.tags.join(' ')} ${JOURNAL_KIND_LABEL[e.kind]}` };
    }
    case 'interaction': {
      const i = maskRecord('interactions', rec.r);
      return { key, title: '', text: interactionTexts(i).join('\n'), secret, extra: `${i.channel} ${i.purpose}` };
    }
  }
}

export interface SearchOptions {
  includeConfidential?: boolean;
  limit?: number;
}

export interface BuildOptions {
  /** longest stretch of work between two yields, in ms */
  sliceMs?: number;
  /** how to give the event loop a turn (setImmediate by default) */
  yieldFn?: () => Promise<void>;
  now?: () => number;
  /** resolves once the vault has parsed collection `c` (in its own slices): the build waits for it before indexing `c` */
  parsed?: (c: CollectionName) => Promise<void>;
}

const FIELDS = ['title', 'text', 'secret', 'extra'];
const BOOST = { title: 3, extra: 1.5 };

export class SearchIndex {
  private readonly mini = new MiniSearch<Doc>({
    idField: 'key',
    fields: FIELDS,
    storeFields: [],
    processTerm: (term) => fold(term),
  });
  private readonly query = new PreciseQuery(this.mini, fold, FIELDS);
  private readonly records = new Map<string, Rec>();
  private readonly peerNames = new Map<string, string>();
  private pending: VaultOp[] = [];
  private building = false;
  private stopped = false;
  /** the build's longest slice, in ms (the benchmark prints it) */
  longestSliceMs = 0;
  buildMs = 0;

  get ready(): boolean {
    return !this.building;
  }

  private waiting: (() => void)[] = [];

  /** Resolves once the build under way is over (at once when there is none); a stop ends it too. */
  whenReady(): Promise<void> {
    return this.ready || this.stopped ? Promise.resolve() : new Promise((r) => this.waiting.push(r));
  }

  private wake(): void {
    for (const r of this.waiting.splice(0)) r();
  }

  get size(): number {
    return this.mini.documentCount;
  }

  /**
   * Build from the document in slices; changes that arrive meanwhile are applied at the end.
   * A collection the vault has not parsed yet is parsed here record by record, within the
   * same slices (a parse of the whole would hold the thread for the length of the journal),
   * and then handed to the vault as if read at once.
   */
  async build(doc: Readonly<VaultDocument>, opts: BuildOptions = {}): Promise<void> {
    const now = opts.now ?? (() => performance.now());
    const pause = opts.yieldFn ?? yieldToLoop;
    const budget = opts.sliceMs ?? 8;
    this.building = true;
    const t0 = now();
    let sliceStart = now();
    // after every few records: a turn for the event loop once the slice is used up
    const breathe = async (): Promise<boolean> => {
      if (now() - sliceStart < budget) return !this.stopped;
      this.longestSliceMs = Math.max(this.longestSliceMs, now() - sliceStart);
      await pause();
      sliceStart = now();
      return !this.stopped;
    };
    try {
      for (const c of INDEXED) {
        this.longestSliceMs = Math.max(this.longestSliceMs, now() - sliceStart);
        await pause();
        if (opts.parsed) await opts.parsed(c);
        sliceStart = now();
        if (this.stopped) return;
        const kind = KIND_OF[c]!;
        const batch: Doc[] = [];
        const add = (r: { id: string }) => {
          const rec = { kind, r } as Rec;
          this.remember(rec);
          batch.push(toDoc(rec));
        };
        const lazy = lazySegment(doc, c);
        if (lazy) {
          const parsed: { id: string }[] = [];
          for (const [start, end] of jsonArrayItems(lazy.raw)) {
            // something else read the whole list meanwhile: go on from that
            if (!lazySegment(doc, c)) break;
            const r = JSON.parse(lazy.raw.toString('utf8', start, end)) as { id: string };
            parsed.push(r);
            add(r);
            if (batch.length === 16) {
              this.mini.addAll(batch.splice(0));
              if (!(await breathe())) return;
            }
          }
          this.mini.addAll(batch.splice(0));
          if (lazySegment(doc, c)) lazy.settle(parsed);
        }
        const list = doc[c] as readonly { id: string }[];
        for (let i = 0; i < list.length; i++) {
          const r = list[i]!;
          // one indexed from the text: the vault's own object stands for it from now on
          if (this.mini.has(`${kind}:${r.id}`)) this.remember({ kind, r } as Rec);
          else add(r);
          if (batch.length === 16 || (i === list.length - 1 && batch.length > 0)) {
            this.mini.addAll(batch.splice(0));
            if (!(await breathe())) return;
          }
        }
      }
      this.longestSliceMs = Math.max(this.longestSliceMs, now() - sliceStart);
      this.building = false;
      const queued = this.pending;
      this.pending = [];
      this.apply(queued);
    } finally {
      this.building = false;
      this.buildMs = now() - t0;
      this.wake();
    }
  }

  /** Build at once (the command-line tool, which has no one else to serve). */
  buildNow(doc: Readonly<VaultDocument>): void {
    for (const c of INDEXED) {
      const kind = KIND_OF[c]!;
      const docs = (doc[c] as readonly { id: string }[]).map((r) => {
        const rec = { kind, r } as Rec;
        this.remember(rec);
        return toDoc(rec);
      });
      this.mini.addAll(docs);
    }
  }

  /** Keep the index in step with saved changes (called by the vault after each save). */
  apply(ops: readonly VaultOp[]): void {
    if (this.stopped) return;
    if (this.building) {
      this.pending.push(...ops);
      return;
    }
    for (const op of ops) {
      if (op.op === 'set') continue;
      const kind = KIND_OF[op.collection];
      if (!kind) continue;
      const id = op.op === 'put' ? (op.record.id as string) : op.id;
      const key = `${kind}:${id}`;
      if (this.mini.has(key)) this.mini.discard(key);
      this.records.delete(key);
      if (kind === 'peer') this.peerNames.delete(id);
      if (op.op === 'put') {
        const rec = { kind, r: op.record } as Rec;
        this.remember(rec);
        this.mini.add(toDoc(rec));
      }
    }
  }

  /** Stop a build under way and forget everything (on lock). */
  stop(): void {
    this.stopped = true;
    this.mini.removeAll();
    this.records.clear();
    this.peerNames.clear();
    this.pending = [];
    this.wake();
  }

  private remember(rec: Rec): void {
    this.records.set(`${rec.kind}:${rec.r.id}`, rec);
    if (rec.kind === 'peer') this.peerNames.set(rec.r.id, rec.r.name);
  }

  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    const q = query.trim();
    if (!q || this.stopped) return [];
    const out: SearchHit[] = [];
    for (const h of this.query.search(q, { boost: BOOST, limit: opts.limit ?? 50 })) {
      const rec = this.records.get(h.id);
      if (!rec) continue;
      out.push(this.hit(rec, h, opts.includeConfidential ?? false));
    }
    return out;
  }

  /** One match described with its confidential preview (the user asked to reveal it). */
  reveal(query: string, kind: SearchKind, id: string): SearchHit | null {
    const key = `${kind}:${id}`;
    const rec = this.records.get(key);
    if (!rec || this.stopped) return null;
    const hit = this.query.search(query.trim(), { boost: BOOST, limit: 1, only: key })[0];
    return this.describe(rec, hit?.terms ?? [], hit?.match ?? { _: ['secret'] }, true);
  }

  private hit(rec: Rec, h: RankedHit, withSecrets: boolean): SearchHit {
    const hit = this.describe(rec, h.terms, h.match, withSecrets);
    // the words matched in a masked record are its words: show only what was typed
    if (hit.confidential && hit.snippet === null) hit.terms = [...h.queryTerms];
    return hit;
  }

  private names(ids: readonly string[]): string {
    const ns = ids.map((id) => this.peerNames.get(id)).filter((n): n is string => !!n);
    return ns.length === 0 ? 'a peer' : ns.length > 3 ? `${ns.slice(0, 3).join(', ')} and ${ns.length - 3} more` : ns.join(', ');
  }

  /**
   * A hit as the caller may see it. A peer is open but for its confidential text; a note, an
   * entry or an interaction whose flag is set is a confidential document whatever matched:
   * a neutral title (its kind and day, or whom it is about), no snippet unless asked.
   */
  private describe(rec: Rec, terms: string[], match: Record<string, string[]>, withSecrets: boolean): SearchHit {
    const inSecret = Object.values(match).some((fields) => fields.includes('secret'));
    const confidential = inSecret || (rec.kind !== 'peer' && isFlagged(COLLECTION_OF[rec.kind], rec.r));
    const cut = (text: string) => snippetAround(text, terms);
    switch (rec.kind) {
      case 'peer': {
        const p = withSecrets ? rec.r : maskRecord('peers', rec.r);
        const open = [p.role && p.company ? `${p.role} at ${p.company}` : p.role || p.company, p.skills.join(', ')]
          .filter(Boolean)
          .join(' · ');
        const snippet = confidential
          ? withSecrets
            ? cut(p.notes)
            : null
          : Object.values(match).some((f) => f.includes('text')) && p.notes
            ? cut(`${open} ${p.notes}`)
            : open;
        return { kind: 'peer', id: p.id, title: p.name, date: p.updatedAt.slice(0, 10), snippet, confidential, terms, peerId: p.id };
      }
      case 'note': {
        const n = rec.r;
        const about = n.peerId ? `Note about ${this.peerNames.get(n.peerId) ?? 'a peer'}` : 'Note';
        const title = n.topic ? `${about} (${TOPIC_WORDS[n.topic]!.replace('compensation salary', 'compensation')})` : about;
        return {
          kind: 'note',
          id: n.id,
          title,
          date: n.updatedAt.slice(0, 10),
          snippet: confidential && !withSecrets ? null : cut(n.text),
          confidential,
          terms,
          peerId: n.peerId,
        };
      }
      case 'journal': {
        const e = rec.r;
        const title = confidential && !withSecrets ? maskedTitle(e.kind, e.date) : e.title || maskedTitle(e.kind, e.date);
        return {
          kind: 'journal',
          id: e.id,
          title,
          date: e.date,
          snippet: confidential && !withSecrets ? null : cut(e.body),
          confidential,
          terms,
          peerId: e.peerIds[0] ?? null,
        };
      }
      case 'interaction': {
        const i = rec.r;
        const title = `${i.channel === 'other' ? 'Interaction' : CHANNEL_LABEL[i.channel]} with ${this.names(i.peerIds)}`;
        const snippet = confidential && !withSecrets ? null : cut(interactionTexts(i).join(' · '));
        return { kind: 'interaction', id: i.id, title, date: i.date, snippet, confidential, terms, peerId: i.peerIds[0] ?? null };
      }
    }
  }
}
