import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AppSession } from '../../../../electron/service/session';
import { dispatch } from '../../../../electron/service/dispatch';
import { createHandlers } from '../../../../electron/service/handlers';
import { runCli } from '../../../../electron/cli/run';
import { dayWords } from '../../../../shared/date-words';
import { frontMatterFile } from '../../../helpers/hostile-files';
import { WAIT_MS } from '../../../helpers/patience.mts';
import { TEST_KDF, useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const PASS = 'correct horse battery staple';

async function open() {
  const dir = await tempDir();
  const session = new AppSession({ vaultPath: join(dir, 'vault.compeer'), kdf: TEST_KDF, emit: () => undefined });
  let n = 0;
  const handlers = createHandlers(session, { now: () => new Date('2025-03-12T10:00:00.000Z'), newId: () => `id${++n}` });
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const r = (await dispatch(handlers, channel, structuredClone(input))) as { ok: boolean; value?: T; error?: { message: string } };
    if (!r.ok) throw new Error(r.error!.message);
    return structuredClone(r.value) as T;
  };
  await call('vault:create', { passphrase: PASS });
  return { dir, session, call };
}

let closeLater: AppSession | null = null;
afterEach(async () => {
  await closeLater?.lock('user', false);
  closeLater = null;
});

describe('journal handlers', () => {
  test('lists mask confidential entries and notes; opening or revealing one gives its text', async () => {
    const { session, call } = await open();
    closeLater = session;
    await call('peers:save', { name: 'Ana Silva' });
    const peerId = session.requireVault().data.peers[0]!.id;
    const e = await call<{ id: string; title: string }>('journal:save', {
      date: '2025-03-12',
      kind: 'reflection',
      body: '# A hard week\n\nI doubt myself',
      peerIds: [peerId],
    });
    expect(e.title).toBe('A hard week');
    await call('journal:save', { date: '2025-03-11', kind: 'gratitude', title: 'Thanks', body: 'Grateful for Ana', confidential: false });
    const { entries: list, peers } = await call<{
      entries: { id: string; title: string | null; excerpt: string | null; words: number }[];
      peers: unknown[];
    }>('journal:list');
    expect(peers).toEqual([{ id: peerId, name: 'Ana Silva' }]);
    expect(list.find((x) => x.id === e.id)).toMatchObject({ title: null, excerpt: null, words: 6 });
    expect(list.find((x) => x.id !== e.id)).toMatchObject({ title: 'Thanks', excerpt: 'Grateful for Ana' });
    expect(JSON.stringify(list)).not.toContain('doubt');
    expect(await call('journal:get', { id: e.id })).toMatchObject({ body: '# A hard week\n\nI doubt myself' });

    const note = await call<{ id: string; text: string | null }>('notes:save', {
      peerId,
      topic: 'compensation-benchmarks',
      text: 'earns 150k',
    });
    expect(note.text).toBeNull();
    expect(await call('notes:list', { peerId })).toEqual([expect.objectContaining({ id: note.id, text: null, confidential: true })]);
    expect(await call('notes:reveal', { id: note.id })).toEqual({ text: 'earns 150k' });
    await expect(call('notes:save', { peerId, text: '   ' })).rejects.toThrow('A note needs some text.');
  });

  test('deleting an entry or a note can be undone until the vault locks; the undo is kept in main only', async () => {
    const { session, call } = await open();
    closeLater = session;
    const e = await call<{ id: string }>('journal:save', { date: '2025-03-12', kind: 'reflection', body: 'kept safe' });
    const note = await call<{ id: string }>('notes:save', { peerId: null, text: 'a loose note' });
    const del = await call<{ token: string }>('journal:delete', { id: e.id });
    const delNote = await call<{ token: string }>('notes:delete', { id: note.id });
    // the window gets a token, never the deleted text
    expect(JSON.stringify([del, delNote])).not.toMatch(/kept safe|loose note/);
    expect(session.requireVault().data.journal).toHaveLength(0);
    expect(session.requireVault().data.notes).toHaveLength(0);
    await call('journal:undoDelete', { token: del.token });
    await call('notes:undoDelete', { token: delNote.token });
    expect(session.requireVault().data.journal.map((x) => x.body)).toEqual(['kept safe']);
    expect(session.requireVault().data.notes.map((x) => x.text)).toEqual(['a loose note']);
    // a second undo of the same token, and an undo after a lock, find nothing
    await expect(call('journal:undoDelete', { token: del.token })).rejects.toThrow('There is nothing to undo any more');
    const again = await call<{ token: string }>('journal:delete', { id: e.id });
    await call('vault:lock');
    await call('vault:unlock', { passphrase: PASS });
    await expect(call('journal:undoDelete', { token: again.token })).rejects.toThrow('There is nothing to undo any more');
    expect(session.requireVault().data.journal).toHaveLength(0);
  });

  test('Markdown import: a preview first (nothing saved), then the commit; the same files again change nothing', async () => {
    const { session, call } = await open();
    closeLater = session;
    const files = [
      { name: 'Obsidian/2024-12-31 Year end.md', text: '# Year end\n\nA good year.\n' },
      {
        name: 'Obsidian/prep.md',
        text: '---\ndate: 2025-01-15\nkind: dialogue-prep\ntitle: Before the review\n---\nWhat I will ask for\n',
      },
      { name: 'broken.md', text: '---\ntags: [unclosed\n---\nbody' },
    ];
    const preview = await call<{
      token: string;
      items: { title: string; kind: string; action: string; confidential: boolean; date: string }[];
      problems: { file: string }[];
    }>('journal:importPreview', { files });
    expect(preview.items.map(({ title, kind, action, confidential, date }) => [title, kind, action, confidential, date])).toEqual([
      ['Year end', 'free', 'add', true, '2024-12-31'],
      ['Before the review', 'dialogue-prep', 'add', true, '2025-01-15'],
    ]);
    expect(preview.problems.map((p) => p.file)).toEqual(['broken.md']);
    expect(session.requireVault().data.journal).toHaveLength(0);
    expect(await call('journal:importCommit', { token: preview.token })).toEqual({ added: 2, updated: 0 });
    expect(
      session
        .requireVault()
        .data.journal.map((e) => e.body)
        .sort(),
    ).toEqual(['# Year end\n\nA good year.\n', 'What I will ask for\n']);
    await expect(call('journal:importCommit', { token: preview.token })).rejects.toThrow('That import preview has expired');
    const again = await call<{ token: string; items: { action: string }[] }>('journal:importPreview', { files: files.slice(0, 2) });
    expect(again.items.map((i) => i.action)).toEqual(['unchanged', 'unchanged']);
    expect(await call('journal:importCommit', { token: again.token })).toEqual({ added: 0, updated: 0 });
    expect(session.requireVault().data.journal).toHaveLength(2);
    await expect(call('journal:importPreview', { files: [{ name: 'photo.png', text: 'x' }] })).rejects.toThrow(
      'There are no Markdown files (.md) among those.',
    );
  });

  test('Markdown import at the bounds: 200,000 front-matter keys are listed as not readable at once; more than 50 MB of text is refused whole', async () => {
    const { session, call } = await open();
    closeLater = session;
    const huge = frontMatterFile(200_000);
    expect(huge.length).toBeGreaterThan(2_500_000);
    const preview = await call<{ items: { title: string }[]; problems: { file: string; message: string }[] }>('journal:importPreview', {
      files: [
        { name: 'huge.md', text: huge },
        { name: 'fine.md', text: '# Fine\n\nwords\n' },
      ],
    });
    expect(preview.problems).toEqual([
      {
        file: 'huge.md',
        message: expect.stringMatching(/^its front matter is [\d,]+ KB; Compeer reads front matter of up to 64 KB/) as unknown,
      },
    ]);
    expect(preview.items.map((i) => i.title)).toEqual(['Fine']);
    const big = 'x'.repeat(4_900_000);
    const files = Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.md`, text: big }));
    await expect(call('journal:importPreview', { files })).rejects.toThrow(
      "These files hold 51.5 MB of text; Compeer imports up to 50 MB of Markdown at a time. Choose fewer files (a folder's subfolders one by one) and import them one after another. Nothing was imported.",
    );
  });

  test('a debrief saves the entry and the interaction in one change', async () => {
    const { session, call } = await open();
    closeLater = session;
    await call('peers:save', { name: 'Ana Silva' });
    const v = session.requireVault();
    const peerId = v.data.peers[0]!.id;
    const applied: number[] = [];
    v.onApplied((ops) => applied.push(ops.length));
    const r = await call<{ entry: { id: string }; interactionId: string }>('journal:debrief', {
      entry: { date: '2025-03-12', kind: 'debrief', body: 'learned a lot', peerIds: [peerId] },
      interaction: {
        date: '2025-03-12',
        peerIds: [peerId],
        channel: 'coffee',
        purpose: 'catch-up',
        exchanges: [{ direction: 'received', kind: 'feedback', weight: 2 }],
        followUps: [{ text: 'Send her the deck', due: '2025-03-20' }],
      },
    });
    expect(applied).toEqual([2]);
    const ix = v.data.interactions.find((i) => i.id === r.interactionId)!;
    expect(ix).toMatchObject({
      channel: 'coffee',
      exchanges: [{ direction: 'received', kind: 'feedback', weight: 2 }],
      followUps: [{ text: 'Send her the deck', due: '2025-03-20', done: false }],
    });
    expect(ix.followUps[0]!.id).toMatch(/^id/);
    // a peer not in the vault: nothing saved at all
    const before = v.data.journal.length;
    await expect(
      call('journal:debrief', {
        entry: { date: '2025-03-12', kind: 'debrief', body: 'x' },
        interaction: { date: '2025-03-12', peerIds: ['ghost'] },
      }),
    ).rejects.toThrow('no longer in your vault');
    expect(v.data.journal.length).toBe(before);
  });

  test('the weekly review template is filled with the week from the log; a user template wins', async () => {
    const { session, call } = await open();
    closeLater = session;
    const t = await call<{ body: string }>('journal:template', { kind: 'weekly-review', date: '2025-03-12' });
    expect(t.body).toContain('# Week of 2025-03-10');
    expect(t.body).toContain(
      `> From your log, ${dayWords('2025-03-10', '2025-03-12')} to ${dayWords('2025-03-16', '2025-03-12')}: 0 interactions.`,
    );
    // written on a Monday: the week just ended, not the one ahead
    const monday = await call<{ title: string; body: string }>('journal:template', { kind: 'weekly-review', date: '2025-03-17' });
    expect(monday.title).toBe('Week of 2025-03-10');
    expect(monday.body).toContain(
      `> From your log, ${dayWords('2025-03-10', '2025-03-17')} to ${dayWords('2025-03-16', '2025-03-17')}: 0 interactions.`,
    );
    await call('settings:update', { journalTemplates: { gratitude: 'Thank {{peer}} on {{date}}' } });
    expect(await call('journal:template', { kind: 'gratitude', date: '2025-03-12' })).toEqual({
      title: 'Thank my peer on 2025-03-12',
      body: 'Thank my peer on 2025-03-12',
    });
  });

  test('search follows every change, and is gone on lock', async () => {
    const { session, call } = await open();
    await call('notes:save', { text: 'kayaking with the team', confidential: false });
    await vi.waitFor(() => expect(session.searchIndex().ready).toBe(true), { timeout: WAIT_MS });
    const r = await call<{ results: { kind: string; snippet: string }[] }>('search:query', { query: 'kayak' });
    expect(r.results).toMatchObject([{ kind: 'note', snippet: 'kayaking with the team' }]);
    await call('vault:lock');
    await expect(call('search:query', { query: 'kayak' })).rejects.toThrow('locked');
  });
});

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

describe('nothing written leaks', () => {
  test('a confidential note and entry with a marker: searched, exported without the flag, locked; no file Compeer wrote holds the marker', async () => {
    const started = Date.now();
    const MARKER = `LEAKCHECK${Math.random().toString(36).slice(2, 10)}`;
    const logged: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' '))),
    );
    try {
      const { dir, session, call } = await open();
      await call('peers:save', { name: 'Ana Silva' });
      const peerId = session.requireVault().data.peers[0]!.id;
      await call('notes:save', { peerId, topic: 'compensation-benchmarks', text: `salary ${MARKER}` });
      await call('journal:save', {
        date: '2025-03-12',
        kind: 'dialogue-prep',
        title: `prep ${MARKER}`,
        body: `told in confidence ${MARKER}`,
        peerIds: [peerId],
      });
      await vi.waitFor(() => expect(session.searchIndex().ready).toBe(true), { timeout: WAIT_MS });
      const found = await call<{ results: unknown[] }>('search:query', { query: MARKER });
      expect(found.results).toHaveLength(2);
      // what was typed comes back as typed; nothing else of the records
      expect(JSON.stringify(found.results).replaceAll(MARKER.toLowerCase(), '')).not.toMatch(/LEAKCHECK|confidence|salary|prep /i);
      // exports as the window saves them, and as the command-line tool writes them
      const json = await call<{ text: string }>('export:peers', { format: 'json', includeConfidential: false });
      await writeFile(join(dir, 'export.json'), json.text);
      for (const layout of ['folder', 'single'] as const) {
        const md = await call<{ files: { path: string; text: string }[] }>('journal:exportMarkdown', {
          layout,
          includeConfidential: false,
        });
        for (const f of md.files) await writeFile(join(dir, `${layout}-${f.path.replace(/\//g, '_')}`), f.text);
      }
      // a restart of the index, a backup and a whole save on lock
      await call('vault:lock');
      await call('vault:unlock', { passphrase: PASS });
      await call('vault:lock');
      const io = {
        env: { COMPEER_PASSPHRASE: PASS },
        stdout: (s: string) => void logged.push(s),
        stderr: (s: string) => void logged.push(s),
        prompt: null,
        now: () => new Date(),
      };
      expect(await runCli(['export', join(dir, 'vault.compeer'), '--out', join(dir, 'cli-export.json')], io)).toBe(0);
      expect(await runCli(['export', join(dir, 'vault.compeer'), '--format', 'markdown', '--out', join(dir, 'cli-markdown')], io)).toBe(0);
      expect(await runCli(['search', join(dir, 'vault.compeer'), MARKER, '--json'], io)).toBe(0);

      const files = await filesUnder(dir);
      expect(files.some((f) => f.includes('backups'))).toBe(true);
      // and anything written to the system's temp folder while this ran
      for (const f of await filesUnder(tmpdir()).catch(() => [])) {
        const s = await stat(f).catch(() => null);
        if (s && s.mtimeMs >= started && !files.includes(f)) files.push(f);
      }
      for (const f of files) {
        const bytes = await readFile(f).catch(() => Buffer.alloc(0));
        expect(bytes.includes(MARKER), f).toBe(false);
        expect(bytes.includes(Buffer.from(MARKER, 'utf16le')), f).toBe(false);
      }
      // the search output names the query as typed; nothing else of the records
      expect(logged.join('\n').replaceAll(`"query":"${MARKER}"`, '')).not.toContain(MARKER);
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });
});
