import type { VaultDocument } from '../../shared/schema/document';
import type { SearchResult } from '../../shared/search';
import { exportMarkdownFolder } from '../core/exchange/journal-markdown';
import { SearchIndex } from '../core/search/search-index';
import { writeOutputFolder, type OutputFolder } from './output-file';

/**
 * `compeer search <vault> <query> [--json] [--include-confidential]`: the app's own index,
 * built in memory for this one query and gone when the command ends. The JSON is
 * `{ query, results: [{ kind, id, title, date, snippet, confidential }] }`, best first; a
 * confidential result's snippet is null unless confidential results were asked for.
 */
export function searchCommand(doc: Readonly<VaultDocument>, query: string, opts: { json: boolean; includeConfidential: boolean }): string {
  const index = new SearchIndex();
  index.buildNow(doc);
  const results: SearchResult[] = index
    .search(query, { includeConfidential: opts.includeConfidential, limit: 50 })
    .map(({ kind, id, title, date, snippet, confidential }) => ({ kind, id, title, date, snippet, confidential }));
  index.stop();
  if (opts.json) return `${JSON.stringify({ query, results })}\n`;
  if (results.length === 0) return '';
  return results
    .map((r) => `${r.kind}\t${r.date ?? ''}\t${r.title}\t${r.snippet ?? (r.confidential ? '(confidential match)' : '')}\n`)
    .join('');
}

/**
 * `compeer export <vault> --format markdown --out DIR`: one Markdown file per journal entry
 * (DIR/journal/) and per note (DIR/notes/), with front matter; confidential ones only with
 * --include-confidential. Written whole or not at all, into a place checkOutputFolder allowed.
 */
export async function exportMarkdownCommand(
  doc: Readonly<VaultDocument>,
  place: OutputFolder,
  includeConfidential: boolean,
): Promise<{ entries: number; notes: number; leftOut: number }> {
  const out = exportMarkdownFolder(doc, { includeConfidential });
  await writeOutputFolder(place, out.files);
  return { entries: out.entries, notes: out.notes, leftOut: out.leftOut };
}
