import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useTempDirs } from '../../../helpers/temp-dir';
import { serviceIn } from '../../../helpers/service';

const temp = useTempDirs();

async function setup(now: () => Date = () => new Date(2026, 11, 7, 10, 0)) {
  const { session, call } = serviceIn(await temp(), now);
  await call('vault:create', { passphrase: 'pass words here' });
  return { session, call, data: () => session.requireVault().data };
}

describe('the day is the local calendar day', () => {
  // west of UTC: late in the evening of the 7th it is already the 8th in UTC
  const zone = process.env.TZ;
  beforeAll(() => void (process.env.TZ = 'America/Los_Angeles'));
  afterAll(() => void (zone === undefined ? delete process.env.TZ : (process.env.TZ = zone)));

  test('an export made at 23:30 on 7 December is named for the 7th, not the UTC 8th', async () => {
    const { call } = await setup(() => new Date(2026, 11, 7, 23, 30));
    // the zone took: this moment is the 8th in UTC
    expect(new Date(2026, 11, 7, 23, 30).toISOString()).toBe('2026-12-08T07:30:00.000Z');
    for (const format of ['csv', 'vcard', 'json'])
      expect((await call<{ fileName: string }>('export:peers', { format, includeConfidential: false })).fileName).toContain('2026-12-07');
    const markdown = await call<{ files: { path: string; text: string }[] }>('journal:exportMarkdown', {
      layout: 'single',
      includeConfidential: false,
    });
    expect(markdown.files[0]?.path).toBe('compeer-journal-2026-12-07.md');
    expect(markdown.files[0]?.text).toContain('Exported from Compeer on 2026-12-07.');
  });

  test("a prep sheet's today is the local day", async () => {
    const { call, session } = await setup(() => new Date(2026, 11, 7, 23, 30));
    const createdAt = '2026-01-01T00:00:00.000Z';
    await session.requireVault().apply([
      { op: 'put', collection: 'peers', record: { id: 'ana', name: 'Ana Silva', createdAt } },
      { op: 'put', collection: 'lifeEvents', record: { id: 'job', peerId: 'ana', kind: 'new-job', date: '2026-12-07', createdAt } },
    ]);
    const prep = await call<{ lifeEvents: { id: string; daysAway: number }[] }>('journal:prep', { peerId: 'ana' });
    expect(prep.lifeEvents).toEqual([expect.objectContaining({ id: 'job', daysAway: 0 })]);
  });
});

describe('a peer already in the vault', () => {
  test('is found under the same name and company whatever the accents, case and spacing', async () => {
    const { call } = await setup();
    await call('peers:save', { name: 'Zoë Müller', company: 'Acme' });
    for (const name of ['Zoe Muller', 'ZOË MÜLLER', ' zoë  müller '])
      await expect(call('peers:save', { name, company: 'acme' })).rejects.toThrow('You already have Zoë Müller at Acme as a peer.');
    await expect(call('peers:save', { name: 'Zoe Muller', company: 'Acme, Inc.' })).rejects.toThrow('You already have Zoë Müller');
  });

  test('names in other scripts stay different people', async () => {
    const { call, data } = await setup();
    await call('peers:save', { name: 'Иван Smith', company: '' });
    await call('peers:save', { name: 'Анна Smith', company: '' });
    await call('peers:save', { name: 'Zoe Muller', company: 'Acme' });
    await call('peers:save', { name: 'Zoe Muller', company: 'Globex' });
    expect(data().peers.map((p) => p.name)).toEqual(['Иван Smith', 'Анна Smith', 'Zoe Muller', 'Zoe Muller']);
    await expect(call('peers:save', { name: 'иван smith', company: '' })).rejects.toThrow('You already have Иван Smith as a peer.');
  });
});
