/** What one search finds (the CLI's `search --json` and the palette): the shape is a contract. */
export const SEARCH_KINDS = ['peer', 'note', 'journal', 'interaction'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchResult {
  kind: SearchKind;
  id: string;
  /** never confidential text: a masked record is named by its kind, day or peer */
  title: string;
  date: string | null;
  /** null for a confidential match unless confidential results were asked for */
  snippet: string | null;
  confidential: boolean;
}

/** The palette's result: also the words that matched (folded), to highlight, and the peer to open. */
export interface SearchHit extends SearchResult {
  terms: string[];
  /** the peer a note or interaction is about (the first one), to open their page */
  peerId: string | null;
}

export interface SearchAnswer {
  query: string;
  results: SearchHit[];
  /** false while the index is still being built after unlock (results may be partial) */
  ready: boolean;
}
