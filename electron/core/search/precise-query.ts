/**
 * Search that is fast because it is precise. MiniSearch keeps the index; this reads its
 * posting lists and ranks in three steps, each only when the one before found few:
 *   1. the words as typed, whole or as the start of a word;
 *   2. for words of five letters and more, one typo: MiniSearch's Levenshtein matches, and
 *      two neighbouring letters swapped ("laurnet" for "laurent") counted as one edit;
 *   3. a query of several words none of which are found together: any of the words.
 * The scores are MiniSearch's (BM25 per field, with its weights for prefix and fuzzy
 * matches), summed in flat arrays; only the best `limit` are kept (no sort of everything)
 * and only they get the words that matched them, so highlighting marks exactly those words.
 */

/** field id → short document id → occurrences of the term in that field */
type FieldPostings = Map<number, Map<number, number>>;

/** The parts of MiniSearch 7.2 (pinned in package.json) read here; the tests cover them. */
interface Internals {
  _index: {
    get(term: string): FieldPostings | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldPostings]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldPostings, number]>;
  };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _documentCount: number;
  _nextId: number;
}

/** A word of the index standing for one typed word, and how much a match on it counts. */
interface Expansion {
  term: string;
  postings: FieldPostings;
  weight: number;
}

export interface RankedHit {
  /** the document's key */
  id: string;
  score: number;
  /** the index's words that matched (to highlight): only these */
  terms: string[];
  /** the typed words that matched */
  queryTerms: string[];
  /** matched word → the fields it matched in */
  match: Record<string, string[]>;
}

export interface PreciseOptions {
  /** field → boost */
  boost: Record<string, number>;
  limit: number;
  /** only this document (to describe one hit) */
  only?: string;
}

// MiniSearch's defaults, so a score means what it did
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** a shorter word has too many neighbours one letter away ("cafe" and "case") */
export const FUZZY_MIN_LENGTH = 5;
/** fewer hits than this from the words as typed, and typos are looked for too */
export const FEW = 10;
const SPLIT = /[\n\r\p{Z}\p{P}]+/u;

export class PreciseQuery {
  private readonly ix: Internals;

  constructor(
    /** the MiniSearch holding the index */
    mini: object,
    private readonly fold: (term: string) => string,
    private readonly fields: readonly string[],
  ) {
    this.ix = mini as unknown as Internals;
  }

  /** The typed words, folded as the index folds its words, each once. */
  words(query: string): string[] {
    return [...new Set(query.split(SPLIT).map(this.fold).filter(Boolean))];
  }

  private exactAndPrefix(word: string): Expansion[] {
    const out: Expansion[] = [];
    const exact = this.ix._index.get(word);
    if (exact) out.push({ term: word, postings: exact, weight: 1 });
    // a single letter is the start of too many words to be worth it
    if (word.length >= 2) {
      for (const [term, postings] of this.ix._index.atPrefix(word)) {
        const extra = term.length - word.length;
        if (extra > 0) out.push({ term, postings, weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * extra) });
      }
    }
    return out;
  }

  /** One typo away, for a long enough word: Levenshtein, and a swap of neighbours as one edit. */
  private typos(word: string, known: ReadonlySet<string>): Expansion[] {
    if ([...word].length < FUZZY_MIN_LENGTH) return [];
    const out = new Map<string, Expansion>();
    const add = (term: string, postings: FieldPostings, weight: number) => {
      if (known.has(term)) return;
      const had = out.get(term);
      if (!had || had.weight < weight) out.set(term, { term, postings, weight });
    };
    const maxDistance = Math.round(word.length * 0.2);
    for (const [term, [postings, distance]] of this.ix._index.fuzzyGet(word, maxDistance)) {
      if (distance > 0) add(term, postings, (FUZZY_WEIGHT * term.length) / (term.length + distance));
    }
    const chars = [...word];
    for (let i = 0; i + 1 < chars.length; i++) {
      if (chars[i] === chars[i + 1]) continue;
      const swapped = [...chars.slice(0, i), chars[i + 1], chars[i], ...chars.slice(i + 2)].join('');
      const exact = this.ix._index.get(swapped);
      if (exact) add(swapped, exact, (FUZZY_WEIGHT * swapped.length) / (swapped.length + 1));
      for (const [term, postings] of this.ix._index.atPrefix(swapped)) {
        const extra = term.length - swapped.length;
        if (extra > 0) add(term, postings, (FUZZY_WEIGHT * PREFIX_WEIGHT * term.length) / (term.length + 1 + 0.3 * extra));
      }
    }
    return [...out.values()];
  }

  /** The best hits for `query`, best first. */
  search(query: string, opts: PreciseOptions): RankedHit[] {
    const words = this.words(query);
    if (words.length === 0 || opts.limit <= 0) return [];
    const exact = words.map((w) => this.exactAndPrefix(w));
    const found = this.rank(words, exact, 'and', opts, new Set());
    if (found.length >= Math.min(FEW, opts.limit)) return found;
    // few found as typed: typos too, ranked after what was found as typed
    const typos = words.map((w, i) => this.typos(w, new Set(exact[i]!.map((e) => e.term))));
    const all = exact.map((e, i) => [...e, ...typos[i]!]);
    if (typos.some((t) => t.length > 0)) {
      const seen = new Set(found.map((h) => h.id));
      found.push(...this.rank(words, all, 'and', { ...opts, limit: opts.limit - found.length }, seen));
    }
    if (found.length > 0 || words.length < 2) return found;
    return this.rank(words, all, 'or', opts, new Set());
  }

  /**
   * Score every document a word's expansions reach (a flat array per query, no object per
   * document), keep those with every word ('and') or any ('or'), and the best `limit` of them.
   */
  private rank(
    words: string[],
    expansions: Expansion[][],
    mode: 'and' | 'or',
    opts: PreciseOptions,
    skip: ReadonlySet<string>,
  ): RankedHit[] {
    const ix = this.ix;
    const size = ix._nextId;
    const score = new Float64Array(size);
    const count = new Uint16Array(size);
    const lastWord = new Int32Array(size);
    const touched: number[] = [];
    const fieldIds = this.fields.map((f) => ix._fieldIds[f]!);
    const boosts = this.fields.map((f) => opts.boost[f] ?? 1);
    const total = ix._documentCount;
    const only = opts.only === undefined ? undefined : (ix._idToShortId.get(opts.only) ?? -1);
    const lengths = ix._fieldLength;
    for (let w = 0; w < expansions.length; w++) {
      // with 'and', a document that missed an earlier word can no longer qualify
      const floor = mode === 'and' ? w : 0;
      for (const e of expansions[w]!) {
        for (let f = 0; f < fieldIds.length; f++) {
          const fieldId = fieldIds[f]!;
          const freqs = e.postings.get(fieldId);
          if (!freqs) continue;
          const idf = Math.log(1 + (total - freqs.size + 0.5) / (freqs.size + 0.5));
          const factor = e.weight * boosts[f]! * idf;
          const kFlat = BM25.k * (1 - BM25.b);
          const kPerLength = (BM25.k * BM25.b) / ix._avgFieldLength[fieldId]!;
          freqs.forEach((tf, doc) => {
            if (count[doc]! < floor || (only !== undefined && doc !== only)) return;
            const len = lengths.get(doc)?.[fieldId];
            // a document discarded but not yet vacuumed away has no lengths left
            if (len === undefined) return;
            score[doc]! += factor * (BM25.d + (tf * (BM25.k + 1)) / (tf + kFlat + kPerLength * len));
            if (lastWord[doc] !== w + 1) {
              if (count[doc] === 0) touched.push(doc);
              lastWord[doc] = w + 1;
              count[doc]!++;
            }
          });
        }
      }
    }
    // the best `limit`: a small heap, worst on top
    const need = mode === 'and' ? words.length : 1;
    const heap: number[] = [];
    const value = (doc: number) => score[doc]! * count[doc]!;
    // higher score first; equal scores in the order documents were indexed
    const better = (a: number, b: number) => value(a) > value(b) || (value(a) === value(b) && a < b);
    for (const doc of touched) {
      const key = ix._documentIds.get(doc);
      if (count[doc]! < need || key === undefined || skip.has(key)) continue;
      if (heap.length < opts.limit) {
        heap.push(doc);
        for (let i = heap.length - 1; i > 0;) {
          const p = (i - 1) >> 1;
          if (!better(heap[p]!, heap[i]!)) break;
          [heap[p], heap[i]] = [heap[i]!, heap[p]!];
          i = p;
        }
      } else if (better(doc, heap[0]!)) {
        heap[0] = doc;
        for (let i = 0; ;) {
          const l = 2 * i + 1;
          const r = l + 1;
          let worst = i;
          if (l < heap.length && better(heap[worst]!, heap[l]!)) worst = l;
          if (r < heap.length && better(heap[worst]!, heap[r]!)) worst = r;
          if (worst === i) break;
          [heap[worst], heap[i]] = [heap[i]!, heap[worst]!];
          i = worst;
        }
      }
    }
    heap.sort((a, b) => (better(a, b) ? -1 : 1));
    return heap.map((doc) => this.describe(doc, value(doc), words, expansions));
  }

  /** What matched in one document: for the few kept, not for every document scored. */
  private describe(doc: number, score: number, words: string[], expansions: Expansion[][]): RankedHit {
    const match: Record<string, string[]> = {};
    const queryTerms: string[] = [];
    for (let w = 0; w < words.length; w++) {
      for (const e of expansions[w]!) {
        for (const field of this.fields) {
          if (!e.postings.get(this.ix._fieldIds[field]!)?.has(doc)) continue;
          const fields = (match[e.term] ??= []);
          if (!fields.includes(field)) fields.push(field);
          if (!queryTerms.includes(words[w]!)) queryTerms.push(words[w]!);
        }
      }
    }
    return { id: this.ix._documentIds.get(doc)!, score, terms: Object.keys(match), queryTerms, match };
  }
}
