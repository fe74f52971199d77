import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXIT } from '../../electron/cli/run';
import { Vault } from '../../electron/core/vault';
import { useTempDirs } from '../helpers/temp-dir';
import { cliAt } from '../helpers/cli';
import { PASS, makeVault } from '../helpers/vaults';

const temp = useTempDirs();

const cli = cliAt('2026-11-27T12:00:00Z');

async function journalVault() {
  const dir = await temp();
  const { path } = await makeVault(dir);
  const v = await Vault.open(path, PASS);
  await v.apply([
    {
      op: 'put',
      collection: 'journal',
      record: {
        id: 'j1',
        date: '2026-11-01',
        kind: 'reflection',
        title: 'Négociation',
        body: 'How the negotiation with Ana went',
        peerIds: ['p1'],
        confidential: false,
      },
    },
    {
      op: 'put',
      collection: 'journal',
      record: { id: 'j2', date: '2026-11-02', kind: 'dialogue-prep', title: 'Secret', body: 'my negotiation limit is 140k' },
    },
    {
      op: 'put',
      collection: 'notes',
      record: { id: 'n1', peerId: 'p1', topic: 'career-strategy', text: 'wants to negotiate a move', confidential: false },
    },
  ]);
  await v.close();
  return { dir, path };
}

describe('compeer search', () => {
  test('--json gives { query, results } best first; a confidential snippet is null unless asked for', async () => {
    const { path } = await journalVault();
    const r = await cli(['search', path, 'negociation', '--json']);
    expect(r.code).toBe(EXIT.ok);
    const j = JSON.parse(r.out) as { query: string; results: Record<string, unknown>[] };
    expect(j.query).toBe('negociation');
    expect(j.results[0]).toEqual({
      kind: 'journal',
      id: 'j1',
      title: 'Négociation',
      date: '2026-11-01',
      snippet: 'How the negotiation with Ana went',
      confidential: false,
    });
    expect(j.results.find((x) => x.id === 'j2')).toEqual({
      kind: 'journal',
      id: 'j2',
      title: 'Conversation prep, 2026-11-02',
      date: '2026-11-02',
      snippet: null,
      confidential: true,
    });
    expect(r.out).not.toContain('140k');
    const all = JSON.parse((await cli(['search', path, 'negociation', '--json', '--include-confidential'])).out) as {
      results: Record<string, unknown>[];
    };
    expect(all.results.find((x) => x.id === 'j2')).toMatchObject({ title: 'Secret', snippet: 'my negotiation limit is 140k' });
  });

  test('text output, one line a result; nothing found says so', async () => {
    const { path } = await journalVault();
    const r = await cli(['search', path, 'negotiate']);
    expect(
      r.out
        .split('\n')
        .filter(Boolean)
        .some((l) => l.startsWith('note\t')),
    ).toBe(true);
    const none = await cli(['search', path, 'zzzzqq']);
    expect(none.code).toBe(EXIT.ok);
    expect(none.err).toContain('Nothing found.');
    expect((await cli(['search', path])).code).toBe(EXIT.usage);
  });
});

describe('compeer export --format markdown', () => {
  test('one file per entry and note in DIR, confidential only with the flag; never overwrites', async () => {
    const { dir, path } = await journalVault();
    const out = join(dir, 'md');
    const r = await cli(['export', path, '--format', 'markdown', '--out', out]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toContain('Exported 1 journal entry and 1 note');
    expect(r.err).toContain('1 confidential left out');
    expect(await readdir(join(out, 'journal'))).toEqual(['2026-11-01-negociation.md']);
    const text = await readFile(join(out, 'journal', '2026-11-01-negociation.md'), 'utf8');
    expect(text).toMatch(/^---\nid: j1\ndate: 2026-11-01\nkind: reflection\n/);
    expect(text.endsWith('\n---\n\nHow the negotiation with Ana went')).toBe(true);
    const again = await cli(['export', path, '--format', 'markdown', '--out', out]);
    expect(again.code).not.toBe(EXIT.ok);
    expect(again.err).toContain('already exists');
    const all = await cli(['export', path, '--format', 'markdown', '--out', join(dir, 'all'), '--include-confidential']);
    expect(all.code).toBe(EXIT.ok);
    expect((await readdir(join(dir, 'all', 'journal'))).length).toBe(2);
    expect((await cli(['export', path, '--format', 'markdown'])).code).toBe(EXIT.usage);
  });
});
