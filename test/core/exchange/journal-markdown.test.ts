import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  exportMarkdownFolder,
  exportMarkdownSingle,
  planMarkdownImport,
  splitFrontMatter,
} from '../../../electron/core/exchange/journal-markdown';
import { emptyDocument, journalEntrySchema, noteSchema, peerSchema, type VaultDocument } from '../../../shared/schema/document';
import { binaryBytes } from '../../helpers/hostile-files';
import { useTempDirs } from '../../helpers/temp-dir';

const temp = useTempDirs();
/** A file as the window sends it: its bytes read as UTF-8 text, as File.text() does. */
const asTheWindowReadsIt = async (path: string) => ({
  name: path.replace(/^.*\//, ''),
  text: new TextDecoder().decode(await readFile(path)),
});

const BODY = '# Talk with Ana\n\n- [ ] send **notes**\n\n---\n\nA line with: colons, "quotes" and trailing spaces  \n\n';

function doc(): VaultDocument {
  const d = emptyDocument();
  d.peers = [peerSchema.parse({ id: 'p1', name: 'Ana Silva' })];
  d.journal = [
    journalEntrySchema.parse({
      id: 'j1',
      date: '2025-03-01',
      kind: 'debrief',
      title: 'Talk with Ana',
      body: BODY,
      peerIds: ['p1'],
      tags: ['work', 'yes'],
      mood: 4,
      confidential: false,
      createdAt: '2025-03-01T09:00:00.000Z',
      updatedAt: '2025-03-01T10:00:00.000Z',
    }),
    journalEntrySchema.parse({ id: 'j2', date: '2025-03-02', title: 'Private', body: 'secret words' }),
  ];
  d.notes = [
    noteSchema.parse({
      id: 'n1',
      peerId: 'p1',
      topic: 'career-strategy',
      text: 'wants to move to product',
      confidential: false,
      createdAt: '2025-03-03T00:00:00.000Z',
      updatedAt: '2025-03-03T00:00:00.000Z',
    }),
  ];
  return d;
}

describe('journal as Markdown', () => {
  test('a folder export leaves out confidential entries unless asked, and imports back exactly', () => {
    const d = doc();
    const out = exportMarkdownFolder(d, { includeConfidential: false });
    expect(out.files.map((f) => f.path)).toEqual(['journal/2025-03-01-talk-with-ana.md', 'notes/2025-03-03-ana-silva-career-strategy.md']);
    expect(out).toMatchObject({ entries: 1, notes: 1, leftOut: 1 });
    expect(out.files.map((f) => f.text).join('')).not.toContain('secret words');
    expect(out.files[0]!.text).toContain('peers:\n  - Ana Silva\n');

    // into an empty vault with the same peer: every field comes back
    const target = emptyDocument();
    target.peers = d.peers;
    let n = 0;
    const plan = planMarkdownImport(
      out.files.map((f) => ({ name: f.path, text: f.text })),
      target,
      { newId: () => `new${n++}`, now: '2025-04-01T00:00:00.000Z' },
    );
    expect(plan.problems).toEqual([]);
    expect(plan.items.map((i) => [i.collection, i.action])).toEqual([
      ['journal', 'add'],
      ['notes', 'add'],
    ]);
    expect(plan.items[0]!.record).toEqual(d.journal[0]);
    expect(plan.items[1]!.record).toEqual(d.notes[0]);
    // into the vault it came from: nothing to change
    const again = planMarkdownImport(
      out.files.map((f) => ({ name: f.path, text: f.text })),
      d,
      { newId: () => 'x', now: '2025-04-01T00:00:00.000Z' },
    );
    expect(again.items.map((i) => i.action)).toEqual(['unchanged', 'unchanged']);

    const all = exportMarkdownFolder(d, { includeConfidential: true });
    expect(all.files).toHaveLength(3);
    expect(all.files.map((f) => f.text).join('')).toContain('secret words');
  });

  test('plain Markdown from another app: no front matter, title from the heading, date from the file name; confidential by default', () => {
    const d = doc();
    const plan = planMarkdownImport(
      [
        { name: 'Vault/2024-12-31 Year end.md', text: '# Year end\r\n\r\nGood year.\r\n' },
        {
          name: 'Daily.md',
          text: '---\ndate: 2024-11-02T08:30:00Z\ntags: [travel, "#family"]\npeers: [Ana Silva, Zed Unknown]\nmood: 9\n---\nTrip notes',
        },
        { name: 'broken.md', text: '---\ntags: [unclosed\n---\nbody' },
        { name: 'image.png', text: 'not markdown' },
      ],
      d,
      { newId: () => 'fresh', now: '2025-04-01T00:00:00.000Z' },
    );
    expect(plan.items.map((i) => i.record)).toMatchObject([
      { date: '2024-12-31', title: 'Year end', body: '# Year end\n\nGood year.\n', kind: 'free', confidential: true },
      { date: '2024-11-02', title: 'Trip notes', tags: ['travel', 'family'], peerIds: ['p1'], mood: null, confidential: true },
    ]);
    expect(plan.items[1]!.unknownPeers).toEqual(['Zed Unknown']);
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]!.file).toBe('broken.md');
    expect(plan.problems[0]!.message).toMatch(/front matter is not valid YAML/);
  });

  test('peers named in front matter are matched as the rest of the app matches names: accents, case and spacing ignored, other scripts kept apart', () => {
    const d = doc();
    d.peers = [peerSchema.parse({ id: 'zoe', name: 'Zoë Müller' }), peerSchema.parse({ id: 'ivan', name: 'Иван Smith' })];
    const plan = planMarkdownImport(
      [{ name: 'a.md', text: '---\ndate: 2025-01-02\npeers: [zoe  muller, ZOË MÜLLER, Анна Smith]\n---\nText' }],
      d,
      { newId: () => 'fresh', now: '2025-04-01T00:00:00.000Z' },
    );
    expect(plan.items[0]!.record).toMatchObject({ peerIds: ['zoe'] });
    expect(plan.items[0]!.unknownPeers).toEqual(['Анна Smith']);
  });

  test('front matter split keeps the body byte for byte', () => {
    expect(splitFrontMatter('---\na: 1\n---\n\n\nx')).toEqual({ data: { a: 1 }, body: '\nx' });
    expect(splitFrontMatter('no front matter\n---\n')).toEqual({ data: null, body: 'no front matter\n---\n' });
  });

  test('one file to read: entries under headings, confidential ones left out', () => {
    const out = exportMarkdownSingle(doc(), { includeConfidential: false, exportedAt: '2025-04-01T00:00:00.000Z' });
    expect(out.files).toHaveLength(1);
    expect(out.files[0]!.path).toBe('compeer-journal-2025-04-01.md');
    expect(out.files[0]!.text).toContain('## Talk with Ana\n\n*2025-03-01 · debrief · Ana Silva · #work #yes · mood 4/5*');
    expect(out.files[0]!.text).not.toContain('secret words');
  });
});

describe('what is not text is not imported', () => {
  test('a binary file named .md is listed as not readable, with one reason; the other files import', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'photo.md'), binaryBytes(64 * 1024));
    await writeFile(join(dir, '2025-01-02 Fine.md'), '# Fine\n\nPlain words.\n');
    const files = [await asTheWindowReadsIt(join(dir, 'photo.md')), await asTheWindowReadsIt(join(dir, '2025-01-02 Fine.md'))];
    const plan = planMarkdownImport(files, emptyDocument(), { newId: () => 'id1', now: '2025-04-01T00:00:00.000Z' });
    expect(plan.items.map((i) => (i.record as { title: string }).title)).toEqual(['Fine']);
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]!.file).toBe('photo.md');
    expect(plan.problems[0]!.message).toMatch(/^it holds binary data \(a control character U\+[0-9A-F]{4} on line \d+\), not text$/);
  });

  test('a control character in the text, the title or the front matter: the file is refused by its line', () => {
    const plan = planMarkdownImport(
      [
        { name: 'bell.md', text: '# Title\n\nfine line\nring \u0007 here\n' },
        { name: 'escape.md', text: '---\ntitle: "red \\e[31m text"\n---\nbody\n' },
        { name: 'tab.md', text: '# Tabs\tand\r\nnewlines are text\n' },
      ],
      emptyDocument(),
      { newId: () => 'id1', now: '2025-04-01T00:00:00.000Z' },
    );
    expect(plan.problems).toEqual([
      { file: 'bell.md', message: 'line 4 has a control character (U+0007) that text never holds' },
      { file: 'escape.md', message: 'its title has a control character (U+001B) that text never holds' },
    ]);
    expect(plan.items.map((i) => i.file)).toEqual(['tab.md']);
  });
});

describe('front matter is bounded before it is parsed', () => {
  const NOW = { newId: () => 'id1', now: '2025-04-01T00:00:00.000Z' };
  const keys = (n: number) => Array.from({ length: n }, (_, i) => `key${i}: value ${i}`).join('\n');

  test('front matter of 20,000 keys (408 KB) is listed as not readable, by its size; the other files import', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'huge.md'), `---\n${keys(20_000)}\n---\nbody\n`);
    await writeFile(join(dir, '2025-01-02 Fine.md'), '---\ntitle: Fine\ntags: [a, b]\n---\nPlain words.\n');
    const files = [await asTheWindowReadsIt(join(dir, 'huge.md')), await asTheWindowReadsIt(join(dir, '2025-01-02 Fine.md'))];
    const plan = planMarkdownImport(files, emptyDocument(), NOW);
    expect(plan.problems).toEqual([
      {
        file: 'huge.md',
        message: 'its front matter is 408 KB; Compeer reads front matter of up to 64 KB (a note app writes a few hundred bytes)',
      },
    ]);
    expect(plan.items.map((i) => [i.file, (i.record as { title: string }).title])).toEqual([['2025-01-02 Fine.md', 'Fine']]);
  });

  test('more than 1,000 keys, YAML aliases or a key twice are refused with the reason', () => {
    const aliases = ['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 30 }, (_, i) => `b${i}: [*a, *a]`)].join('\n');
    const nested = `outer:\n${Array.from({ length: 1_001 }, (_, i) => `  k${i}: ${i}`).join('\n')}`;
    const plan = planMarkdownImport(
      [
        { name: 'many.md', text: `---\n${keys(1_001)}\n---\nbody` },
        { name: 'nested.md', text: `---\n${nested}\n---\nbody` },
        { name: 'laughs.md', text: `---\n${aliases}\n---\nbody` },
        { name: 'enough.md', text: `---\n${keys(999)}\ntitle: Enough\n---\nbody` },
        { name: 'twice.md', text: '---\ntitle: One\ntitle: Two\n---\nbody' },
      ],
      emptyDocument(),
      NOW,
    );
    expect(plan.problems).toEqual([
      { file: 'many.md', message: 'its front matter has more than 1,000 keys; Compeer reads up to 1,000' },
      { file: 'nested.md', message: 'its front matter has more than 1,000 keys; Compeer reads up to 1,000' },
      { file: 'laughs.md', message: 'its front matter uses more than 20 YAML aliases (*name); Compeer reads up to 20' },
      { file: 'twice.md', message: 'its front matter is not valid YAML (the key "title" appears twice)' },
    ]);
    expect(plan.items.map((i) => (i.record as { title: string }).title)).toEqual(['Enough']);
  });
});
