import { maskRecord } from '../../confidential';
import type { JournalEntry, Note } from '../../schema/document';
import type { JournalKind, LearningTopic } from '../../schema/vocabulary';
import { JOURNAL_KIND_LABEL, wordCount } from './templates';

/**
 * Masking rules: what lists, search previews and the peer's page receive. A confidential
 * entry or note travels without its text (`title`/`excerpt`/`text` are null); the text comes
 * only when the user opens or reveals that one item. Non-confidential ones carry a short excerpt.
 */
export interface JournalSummary {
  id: string;
  date: string;
  kind: JournalKind;
  peerIds: string[];
  groupIds: string[];
  goalIds: string[];
  tags: string[];
  mood: number | null;
  confidential: boolean;
  /** null when confidential */
  title: string | null;
  /** null when confidential */
  excerpt: string | null;
  words: number;
  createdAt: string;
  updatedAt: string;
}

export interface NoteSummary {
  id: string;
  peerId: string | null;
  topic: LearningTopic | null;
  confidential: boolean;
  /** null when confidential: reveal it with notes:reveal */
  text: string | null;
  words: number;
  createdAt: string;
  updatedAt: string;
}

export const EXCERPT_CHARS = 160;

/** Markdown to one line of plain text for a preview. */
export function plainLine(md: string, max = EXCERPT_CHARS): string {
  const s = md
    .replace(/^\s{0,3}(#{1,6}\s+|>\s*|[-*+]\s+(\[[ xX]\]\s+)?|\d+[.)]\s+)/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

/** The words a masked item shows instead of its title: its kind and day, never its text. */
export const maskedTitle = (kind: JournalKind, date: string): string => `${JOURNAL_KIND_LABEL[kind]}, ${date}`;

export function summarizeEntry(e: JournalEntry): JournalSummary {
  const { body, title, hidden, ...rest } = maskRecord('journal', e);
  const words = wordCount(e.body);
  if (hidden) return { ...rest, title: null, excerpt: null, words };
  // the first heading is usually the title: the excerpt starts after it
  // only the head is needed for a line of preview
  const head = body.slice(0, EXCERPT_CHARS * 4);
  const excerpt = plainLine(/^\s*#/.test(head) ? head.replace(/^\s*#[^\n]*\n?/, '') : head);
  return { ...rest, title: title || null, excerpt: excerpt || null, words };
}

export function summarizeNote(n: Note): NoteSummary {
  const { text, hidden, ...rest } = maskRecord('notes', n);
  return { ...rest, text: hidden ? null : text, words: wordCount(n.text) };
}
