import { describe, expect, test } from 'vitest';
import { EXIT } from '../../electron/cli/run';
import { Vault } from '../../electron/core/vault';
import { useTempDirs } from '../helpers/temp-dir';
import { cliAt } from '../helpers/cli';
import { PASS, makeVault } from '../helpers/vaults';

const temp = useTempDirs();

const cli = cliAt('2026-11-27T12:00:00Z');

/** Ana needs fundraising, Bo knows it and they have no tie: one introduction. Cy's talk with Ana is confidential. */
async function advisedVault() {
  const { path } = await makeVault(await temp(), 'v.compeer', []);
  const v = await Vault.open(path, PASS);
  await v.apply([
    { op: 'put', collection: 'peers', record: { id: 'ana', name: 'Ana', needs: ['fundraising'] } },
    { op: 'put', collection: 'peers', record: { id: 'bo', name: 'Bo', skills: ['raising money'] } },
    { op: 'put', collection: 'peers', record: { id: 'cy', name: 'Cy', needs: ['hiring'] } },
    { op: 'put', collection: 'goals', record: { id: 'g1', title: 'Close the seed round', owner: 'ana' } },
    {
      op: 'put',
      collection: 'interactions',
      record: {
        id: 'i1',
        date: '2026-11-01',
        peerIds: ['ana'],
        confidential: true,
        summary: 'SECRET',
        followUps: [{ id: 'f1', text: 'SECRET promise' }],
      },
    },
  ]);
  await v.close();
  return path;
}

describe('compeer advise', () => {
  test('--json: { today, suggestions } best first, in the documented shape, confidential text never quoted', async () => {
    const path = await advisedVault();
    const r = await cli(['advise', path, '--today', '2026-11-20', '--json']);
    expect(r.code).toBe(EXIT.ok);
    const j = JSON.parse(r.out) as {
      today: string;
      suggestions: {
        id: string;
        kind: string;
        score: number;
        peerIds: string[];
        because: { text: string; refs: string[] }[];
        action: unknown;
      }[];
    };
    expect(j.today).toBe('2026-11-20');
    expect(j.suggestions.length).toBeGreaterThan(0);
    for (const s of j.suggestions) expect(Object.keys(s)).toEqual(['id', 'kind', 'title', 'score', 'peerIds', 'because', 'action']);
    const scores = j.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const intro = j.suggestions.find((s) => s.kind === 'introduction')!;
    expect(intro).toMatchObject({
      id: 'introduction:ana|bo',
      peerIds: ['ana', 'bo'],
      action: { type: 'introduce', peerIds: ['ana', 'bo'] },
    });
    expect(intro.because[0]).toEqual({
      text: 'Ana needs "fundraising"; Bo has "raising money", the same thing.',
      refs: ['ana', 'bo'],
    });
    const talk = j.suggestions.find((s) => s.kind === 'conversation')!;
    expect(talk.because.flatMap((b) => b.refs)).toContain('i1');
    expect(r.out).not.toMatch(/SECRET/);
  });

  test('--kind keeps one kind; a dismissed suggestion stays away; bad options are usage errors', async () => {
    const path = await advisedVault();
    const only = JSON.parse((await cli(['advise', path, '--today', '2026-11-20', '--kind', 'introduction', '--json'])).out) as {
      suggestions: { id: string; kind: string }[];
    };
    expect(only.suggestions.map((s) => s.id)).toEqual(['introduction:ana|bo']);

    const { allSuggestions, remember } = await import('../../shared/domain/advisor');
    const v = await Vault.open(path, PASS);
    const s = allSuggestions(v.data, '2026-11-20', ['introduction'])[0]!;
    await v.apply([{ op: 'set', key: 'advisor', value: remember(v.data.advisor, s, { dismiss: '2026-11-20' }) }]);
    await v.close();
    const after = JSON.parse((await cli(['advise', path, '--today', '2026-11-21', '--kind', 'introduction', '--json'])).out) as {
      suggestions: unknown[];
    };
    expect(after.suggestions).toEqual([]);

    const text = await cli(['advise', path, '--today', '2026-11-20']);
    expect(text.code).toBe(EXIT.ok);
    expect(text.out).toMatch(
      /Topics for your next talk with Ana\n {2}Conversations to have \(conversation\), score \d+, id conversation:ana\n {2}- Ana's open goal "Close the seed round"/,
    );

    expect((await cli(['advise', path, '--kind', 'gossip'])).code).toBe(EXIT.usage);
    const bad = await cli(['advise', path, '--today', '20-11-2026']);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toMatch(/--today takes a day as YYYY-MM-DD/);
  });
});
