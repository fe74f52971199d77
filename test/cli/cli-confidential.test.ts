import { describe, expect, test } from 'vitest';
import { EXIT } from '../../electron/cli/run';
import { Vault } from '../../electron/core/vault';
import { useTempDirs } from '../helpers/temp-dir';
import { cliAt } from '../helpers/cli';
import { PASS, makeVault } from '../helpers/vaults';

const temp = useTempDirs();

const cli = cliAt('2026-11-27T12:00:00Z');

/** A confidential interaction with an exchange note and a follow-up, and a confidential life event. */
async function confidentialVault() {
  const { path } = await makeVault(await temp());
  const v = await Vault.open(path, PASS);
  await v.apply([
    {
      op: 'put',
      collection: 'interactions',
      record: {
        id: 'i1',
        date: '2026-11-20',
        peerIds: ['p1'],
        summary: 'Ana told me about the layoffs',
        confidential: true,
        exchanges: [{ direction: 'given', kind: 'emotional-support', note: 'listened about the redundancy package' }],
        followUps: [{ id: 'f1', text: 'ask Ana whether the severance came through' }],
      },
    },
    {
      op: 'put',
      collection: 'lifeEvents',
      record: { id: 'e1', peerId: 'p1', kind: 'setback', date: '2026-11-18', note: 'laid off after the merger', confidential: true },
    },
  ]);
  await v.close();
  return path;
}

describe('a confidential interaction keeps all its text to itself', () => {
  test('search finds it by a follow-up word but previews nothing: snippet null, confidential true', async () => {
    const path = await confidentialVault();
    const r = await cli(['search', path, 'severance', '--json']);
    expect(r.code).toBe(EXIT.ok);
    const j = JSON.parse(r.out) as { results: Record<string, unknown>[] };
    expect(j.results).toEqual([
      { kind: 'interaction', id: 'i1', title: 'Interaction with Ana Silva', date: '2026-11-20', snippet: null, confidential: true },
    ]);
    expect(JSON.stringify(j.results) + r.err).not.toMatch(/severance|redundancy/);
    // and by a word of its exchange note
    const x = JSON.parse((await cli(['search', path, 'redundancy', '--json'])).out) as { results: Record<string, unknown>[] };
    expect(x.results).toEqual([expect.objectContaining({ id: 'i1', snippet: null, confidential: true })]);
    // asked for, it is shown
    const all = JSON.parse((await cli(['search', path, 'severance', '--json', '--include-confidential'])).out) as {
      results: { snippet: string }[];
    };
    expect(all.results[0]!.snippet).toContain('severance');
  });

  test('the JSON export without --include-confidential carries neither its follow-ups nor its exchange notes, nor a confidential life event note', async () => {
    const path = await confidentialVault();
    const r = await cli(['export', path]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).not.toMatch(/severance|redundancy|layoffs|merger/);
    const j = JSON.parse(r.out) as {
      interactions: { followUps: { text: string }[]; exchanges: { note: string }[] }[];
      lifeEvents: { note: string }[];
    };
    expect(j.interactions[0]!.followUps[0]!.text).toBe('[confidential: not exported]');
    expect(j.interactions[0]!.exchanges[0]!.note).toBe('[confidential: not exported]');
    expect(j.lifeEvents[0]!.note).toBe('[confidential: not exported]');
    const full = await cli(['export', path, '--include-confidential']);
    expect(full.out).toMatch(/severance/);
    expect(full.out).toMatch(/redundancy/);
    expect(full.out).toMatch(/merger/);
  });
});
