import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { CompeerError } from '../../shared/errors';
import type { VaultDocument } from '../../shared/schema/document';
import type { SearchResult } from '../../shared/search';
import { exportMarkdownFolder } from '../core/exchange/journal-markdown';
import { SearchIndex } from '../core/search/search-index';

/**
 * `compeer search <vault> <query> [--json] [--include-confidential]`: the app's own index,
 * built in memory for this one query and gone when the command ends. The JSON is
 * `{ query, results: [{ kind, id, title, date, snippet, confidential }] }`, best first; a
 * confidential result's snippet is null unless confidential results were asked for.
 */
export function searchCommand(doc: Readonly<VaultDocument>, query: string, opts: { json: boolean; includeConfidential: boolean }): string {
  const index = new SearchIndex();
  index.buildNow(doc);
  const results: SearchResult[] = index.search(query, { includeConfidential: opts.includeConfidential, limit: 50 }).map(({ kind, id, title, date, snippet, confidential }) => ({ kind, id, title, date, snippet, confidential }));
  index.stop();
  if (opts.json) return `${JSON.stringify({ query, results })}\n`;
  if (results.length === 0) return '';
  return results.map((r) => `${r.kind}\t${r.date ?? ''}\t${r.title}\t${r.snippet ?? (r.confidential ? '(confidential match)' : '')}\n`).join('');
}

/**
 * `compeer export <vault> --format markdown --out DIR`: one Markdown file per journal entry
 * (DIR/journal/) and per note (DIR/notes/), with front matter; confidential ones only with
 * --include-confidential. Files already there are never overwritten.
 */
export async function exportMarkdownCommand(doc: Readonly<VaultDocument>, outDir: string, includeConfidential: boolean): Promise<{ entries: number; notes: number; leftOut: number }> {
  const out = exportMarkdownFolder(doc, { includeConfidential });
  const root = resolve(outDir);
  await mkdir(root, { recursive: true, mode: 0o700 });
  for (const f of out.files) {
    const target = join(root, ...f.path.split('/'));
    if (!target.startsWith(root + sep)) throw new CompeerError('INVALID_INPUT', `Refusing to write outside ${root}.`);
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    try {
      await writeFile(target, f.text, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new CompeerError('EXISTS', `${target} already exists. Export into an empty folder; nothing there was overwritten.`);
      throw e;
    }
  }
  return { entries: out.entries, notes: out.notes, leftOut: out.leftOut };
}
