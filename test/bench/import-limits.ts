import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppSession } from '../../electron/service/session';
import { dispatch } from '../../electron/service/dispatch';
import { createHandlers } from '../../electron/service/handlers';
import { IMPORT_MAX_CONTACTS, IMPORT_MAX_RECORDS } from '../../shared/import-preview';
import { FRONT_MATTER_MAX_KEYS } from '../../electron/core/exchange/journal-markdown';
import { TEST_KDF } from '../helpers/kdf';
import { frontMatterFile, googleCsvWithNotes, linkedInCsv, peersExport, vcardsWithNotes } from '../helpers/hostile-files';

export interface ImportLimitFigures {
  [key: string]: number;
}

interface Run {
  ms: number;
  peakRssMb: number;
  exit: number;
  out: string;
}

/** One import in a fresh process (its peak memory is its own): the command line, or the app's handlers. */
function child(mode: 'cli' | 'app', dir: string, file: string): Promise<Run> {
  const tsx = resolve(__dirname, '../../node_modules/.bin/tsx');
  return new Promise((res, rej) => {
    execFile(tsx, [resolve(__dirname, 'import-limits-child.ts'), mode, dir, file], { maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (err) return rej(new Error(`import bench failed: ${stderr || err.message}`));
      res(JSON.parse(stdout.trim().split('\n').pop()!) as Run);
    });
  });
}

const mb = (bytes: number) => bytes / 1024 / 1024;

/**
 * The largest files each import takes (at its caps, under 50 MB) and the ones over a cap:
 * how long each takes and the peak memory of its process, beside the same process importing
 * one contact (the fixed base: Node, the tool, an empty vault). The rows say what the user sees.
 */
export async function benchImportLimits(): Promise<{ figures: ImportLimitFigures; rows: [string, string, string][] }> {
  const dir = await mkdtemp(join(tmpdir(), 'compeer-bench-limits-'));
  const figures: ImportLimitFigures = {};
  const rows: [string, string, string][] = [];
  try {
    const write = async (name: string, text: string) => {
      const path = join(dir, name);
      await writeFile(path, text);
      return { path, mb: mb(Buffer.byteLength(text)) };
    };
    const run = async (key: string, label: string, mode: 'cli' | 'app', name: string, text: string, expectExit: number) => {
      const file = await write(name, text);
      const sub = join(dir, key);
      await mkdir(sub);
      const r = await child(mode, sub, file.path);
      if (r.exit !== expectExit) throw new Error(`${label}: exit ${r.exit}: ${r.out}`);
      figures[`${key}Mb`] = Math.round(file.mb * 10) / 10;
      figures[`${key}Ms`] = Math.round(r.ms);
      figures[`${key}PeakRssMb`] = Math.round(r.peakRssMb);
      rows.push([
        `${label} (${file.mb.toFixed(1)} MB)`,
        `${Math.round(r.ms)} ms`,
        `peak ${Math.round(r.peakRssMb)} MB; ${r.out.slice(0, 160)}`,
      ]);
      await rm(file.path);
    };
    await run('importBase', 'import one contact (the fixed base)', 'cli', 'one.csv', linkedInCsv(1), 0);
    await run(
      'capLinkedInCsv',
      `CLI import, ${IMPORT_MAX_CONTACTS.toLocaleString('en')} LinkedIn rows`,
      'cli',
      'li.csv',
      linkedInCsv(IMPORT_MAX_CONTACTS),
      0,
    );
    await run(
      'capGoogleCsv',
      `CLI import, ${IMPORT_MAX_CONTACTS.toLocaleString('en')} Google CSV rows with notes`,
      'cli',
      'g.csv',
      googleCsvWithNotes(IMPORT_MAX_CONTACTS),
      0,
    );
    await run(
      'capVcard',
      `CLI import, ${IMPORT_MAX_CONTACTS.toLocaleString('en')} vCards with notes`,
      'cli',
      'v.vcf',
      vcardsWithNotes(IMPORT_MAX_CONTACTS),
      0,
    );
    await run(
      'capJson',
      `CLI import, ${IMPORT_MAX_RECORDS.toLocaleString('en')}-record JSON export`,
      'cli',
      'e.json',
      peersExport(IMPORT_MAX_RECORDS, true),
      0,
    );
    await run(
      'capGoogleCsvApp',
      `app preview + commit, ${IMPORT_MAX_CONTACTS.toLocaleString('en')} Google CSV rows`,
      'app',
      'g.csv',
      googleCsvWithNotes(IMPORT_MAX_CONTACTS),
      0,
    );
    // over a cap: refused with the cap named, before the vault is opened
    await run('overCapGoogleCsv', 'CLI refusal, 880,000 Google CSV rows', 'cli', 'g880.csv', googleCsvSmall(880_000), 1);
    await run('overCapJson', 'CLI refusal, 1,000,000-record JSON export', 'cli', 'e1m.json', peersExport(1_000_000, false), 1);

    // Markdown through the app's handler: one file of 200,000 front-matter keys (refused by
    // its size), and 48 MB of files whose front matter is at the bounds (read and imported)
    const session = new AppSession({ vaultPath: join(dir, 'md.compeer'), kdf: TEST_KDF, emit: () => undefined });
    const handlers = createHandlers(session);
    await dispatch(handlers, 'vault:create', { passphrase: 'bench pass words' });
    const huge = frontMatterFile(200_000);
    let t0 = performance.now();
    const refused = await dispatch(handlers, 'journal:importPreview', { files: [{ name: 'huge.md', text: huge }] });
    figures.frontMatter200kKeysMs = Math.round(performance.now() - t0);
    const message = refused.ok
      ? ((refused.value as { problems: { message: string }[] }).problems[0]?.message ?? 'read')
      : refused.error.message;
    rows.push([
      `Markdown, 200,000 front-matter keys (${mb(huge.length).toFixed(1)} MB)`,
      `${figures.frontMatter200kKeysMs} ms`,
      `journal:importPreview: "${message}" (was no answer in 300 s)`,
    ]);
    const one = frontMatterFile(FRONT_MATTER_MAX_KEYS - 1, 60);
    const files = Array.from({ length: Math.floor((48 * 1024 * 1024) / one.length) }, (_, i) => ({
      name: `2025-01-01-${i}.md`,
      text: `${one}${i}\n`,
    }));
    t0 = performance.now();
    const preview = await dispatch(handlers, 'journal:importPreview', { files });
    if (!preview.ok) throw new Error(preview.error.message);
    figures.markdownMaxPreviewMs = Math.round(performance.now() - t0);
    t0 = performance.now();
    const commit = await dispatch(handlers, 'journal:importCommit', { token: (preview.value as { token: string }).token });
    if (!commit.ok) throw new Error(commit.error.message);
    figures.markdownMaxCommitMs = Math.round(performance.now() - t0);
    rows.push([
      `Markdown, ${files.length} files at the front-matter bounds (48 MB)`,
      `${figures.markdownMaxPreviewMs} ms`,
      `preview (${FRONT_MATTER_MAX_KEYS.toLocaleString('en')} keys, ${(one.length / 1024).toFixed(0)} KB of front matter each); saved in ${figures.markdownMaxCommitMs} ms`,
    ]);
    await session.lock('user');
    return { figures, rows };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Google CSV rows as short as the 39 MB, 880,000-row file that once ran out of memory. */
function googleCsvSmall(rows: number): string {
  const lines = ['First Name,Last Name,E-mail 1 - Value'];
  for (let i = 0; i < rows; i++) lines.push(`Name${i},Surname${i},p${i}@example.org`);
  return `${lines.join('\r\n')}\r\n`;
}
