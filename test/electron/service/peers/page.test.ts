import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { emptyFilter, filterPeers, type PeerFilter, type PeerSort } from '../../../../shared/domain/peer-filter';
import { ROW_FIELDS, type PeerPage } from '../../../../shared/domain/peer-page';
import type { PeerSummary } from '../../../../shared/domain/peer-summary';
import { makeLongLogVault } from '../../../helpers/long-log-vault';
import { useTempDirs } from '../../../helpers/temp-dir';
import { serviceIn } from '../../../helpers/service';

const temp = useTempDirs();
const NOW = new Date(2026, 11, 7, 10, 0);

async function setup() {
  const { session, call } = serviceIn(await temp(), () => NOW);
  await call('sample:open');
  return { session, call };
}

const rowsOf = (ps: readonly PeerSummary[]) => ps.map((p) => Object.fromEntries(ROW_FIELDS.map((f) => [f, p[f]])));

describe('peers:page: the Peers screen a page at a time', () => {
  test('each page is the slice of the whole list as the screen would sort, filter and search it, with the counts', async () => {
    const { call } = await setup();
    const all = await call<PeerSummary[]>('peers:list');
    expect(all.length).toBeGreaterThan(10);
    const someTag = all.flatMap((p) => p.tags)[0]!;
    const someName = all[3]!.name.split(' ')[0]!;
    const cases: [Partial<PeerFilter>, PeerSort][] = [
      [{}, 'name'],
      [{}, 'lastContact'],
      [{}, 'nextCheckIn'],
      [{ query: someName.toUpperCase() }, 'company'],
      [{ tags: [someTag] }, 'closeness'],
      [{ statuses: ['active'], query: 'a' }, 'recent'],
      [{ query: 'nobody has this name' }, 'name'],
    ];
    for (const [f, sort] of cases) {
      const want = filterPeers(all, { ...emptyFilter(), ...f }, sort);
      const first = await call<PeerPage>('peers:page', { ...f, sort, offset: 0, limit: 5 });
      expect(first.total).toBe(all.length);
      expect(first.matched).toBe(want.length);
      expect(first.rows).toEqual(rowsOf(want.slice(0, 5)));
      const rest = await call<PeerPage>('peers:page', { ...f, sort, offset: 5, limit: 100_000 });
      expect([...first.rows, ...rest.rows]).toEqual(rowsOf(want));
    }
    const page = await call<PeerPage>('peers:page');
    expect(page.tags).toEqual([...new Set(all.flatMap((p) => p.tags))].sort());
    expect(page.sources).toEqual([...new Set(all.map((p) => p.source || 'Added by hand'))].sort());
  });

  test('a change shows in the next answer: a rename moves the peer, a new interaction moves last contact', async () => {
    const { call, session } = await setup();
    const before = await call<PeerPage>('peers:page', { limit: 1000 });
    const last = before.rows.at(-1)!;
    const detail = await call<Record<string, unknown>>('peers:get', { id: last.id });
    await call('peers:save', { ...detail, name: 'Aaron Aardvark' });
    expect((await call<PeerPage>('peers:page', { limit: 1 })).rows[0]).toMatchObject({ id: last.id, name: 'Aaron Aardvark' });
    const quiet = before.rows.find((r) => r.lastContact !== '2026-12-07')!;
    await session.requireVault().apply([
      {
        op: 'put',
        collection: 'interactions',
        record: { id: 'new-one', date: '2026-12-07', peerIds: [quiet.id], createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() },
      },
    ]);
    const after = await call<PeerPage>('peers:page', { sort: 'lastContact', limit: 1000 });
    expect(after.rows.find((r) => r.id === quiet.id)?.lastContact).toBe('2026-12-07');
    expect(after.rows.findIndex((r) => r.id === quiet.id)).toBeLessThan(after.rows.findIndex((r) => r.lastContact !== '2026-12-07'));
  });

  test('right after unlock the first rows come before the interaction log is read, their check-ins in the answers after', async () => {
    const dir = await temp();
    const pass = 'a passphrase long enough';
    await makeLongLogVault(join(dir, 'big.compeer'), pass, NOW);
    const { session, call } = serviceIn(dir, () => NOW, 'big.compeer');
    await call('vault:unlock', { passphrase: pass });
    const early = await call<PeerPage>('peers:page', { sort: 'name', offset: 0, limit: 5 });
    // the log still unread: the rows in their order, every check-in left for later
    expect(early.checkInsPending).toBe(true);
    expect(session.pending('interactions')).toBe(true);
    // the rest waits for the log, and the first rows asked again have their check-ins, in the same order
    const rest = await call<PeerPage>('peers:page', { sort: 'name', offset: 5, limit: 1000 });
    expect(rest.checkInsPending).toBeUndefined();
    const again = await call<PeerPage>('peers:page', { sort: 'name', offset: 0, limit: 5 });
    expect(again.checkInsPending).toBeUndefined();
    expect(early.rows).toEqual(again.rows.map((r) => ({ ...r, lastContact: null, nextCheckIn: null })));
    expect(again.rows.every((r) => r.lastContact !== null && r.nextCheckIn !== null)).toBe(true);
    expect({ ...early, rows: [], checkInsPending: undefined }).toEqual({ ...again, rows: [] });
    await session.lock('user', false);

    // an order the log decides waits for it
    await call('vault:unlock', { passphrase: pass });
    const byContact = await call<PeerPage>('peers:page', { sort: 'lastContact', offset: 0, limit: 5 });
    expect(byContact.checkInsPending).toBeUndefined();
    expect(byContact.rows.every((r) => r.lastContact !== null)).toBe(true);
    await session.lock('user', false);
  });

  test('bad input is refused with a plain message', async () => {
    const { call } = await setup();
    await expect(call('peers:page', { sort: 'shoe size' })).rejects.toThrow(/INVALID_INPUT/);
    await expect(call('peers:page', { limit: 0 })).rejects.toThrow(/INVALID_INPUT/);
  });
});
