import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { Vault } from '../../../electron/core/vault';
import { UndoShelf } from '../../../electron/service/undo';
import { TEST_KDF, useTempDirs } from '../../helpers/temp-dir';
import { serviceIn } from '../../helpers/service';

const temp = useTempDirs();
const PASS = 'pass words here';
const createdAt = '2025-01-01T00:00:00.000Z';
const NOTHING = 'There is nothing to undo any more (undo lasts until the vault locks).';

let open: Vault | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

async function vault(): Promise<Vault> {
  ({ vault: open } = await Vault.create(join(await temp(), 'v.compeer'), PASS, { kdf: TEST_KDF }));
  await open.apply([
    { op: 'put', collection: 'peers', record: { id: 'ana', name: 'Ana Silva', createdAt } },
    { op: 'put', collection: 'groups', record: { id: 'g', name: 'Circle', createdAt } },
  ]);
  return open;
}

describe('the undo shelf', () => {
  test('a deletion put back by its inverse ops, once; a second take finds nothing, in plain words', async () => {
    const v = await vault();
    const ana = v.data.peers[0]!;
    const shelf = new UndoShelf();
    await v.apply([{ op: 'delete', collection: 'peers', id: 'ana' }]);
    const token = shelf.keep('peers', 't1', [{ op: 'put', collection: 'peers', record: ana }], { peers: 1 });
    expect(token).toBe('t1');
    expect(await shelf.restore('peers', token, v)).toEqual({ peers: 1 });
    expect(v.data.peers).toEqual([ana]);
    await expect(shelf.restore('peers', token, v)).rejects.toMatchObject({ code: 'NOT_FOUND', message: NOTHING });
  });

  test('a token undoes only its own kind of deletion; cleared, nothing is left', async () => {
    const v = await vault();
    const shelf = new UndoShelf();
    shelf.keep('notes', 'n', [], { id: 'x' });
    expect(() => shelf.take('journal', 'n')).toThrow(NOTHING);
    shelf.clear();
    expect(() => shelf.take('notes', 'n')).toThrow(NOTHING);
    expect(v.data.peers).toHaveLength(1);
  });

  test('ops worked out when the undo runs see the vault as it is then', async () => {
    const v = await vault();
    const shelf = new UndoShelf();
    shelf.keep(
      'groups',
      'g',
      (doc) => [{ op: 'put', collection: 'groups', record: { ...doc.groups[0]!, name: `${doc.groups[0]!.name} again` } }],
      {
        restored: 'the circle',
      },
    );
    await v.apply([{ op: 'put', collection: 'groups', record: { ...v.data.groups[0]!, name: 'Renamed' } }]);
    expect(await shelf.restore('groups', 'g', v)).toEqual({ restored: 'the circle' });
    expect(v.data.groups[0]!.name).toBe('Renamed again');
  });

  test('an undo the vault refuses stays on offer', async () => {
    const v = await vault();
    const shelf = new UndoShelf();
    shelf.keep('peers', 'bad', [{ op: 'put', collection: 'peers', record: { id: 'x' } }], { peers: 1 });
    await expect(shelf.restore('peers', 'bad', v)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(shelf.take('peers', 'bad').result).toEqual({ peers: 1 });
  });
});

describe('undo through the session', () => {
  test('delete a peer with their ties and log, undo brings every record back; after a lock the token is gone', async () => {
    const { session, call } = serviceIn(await temp(), () => new Date(2025, 5, 26, 10));
    try {
      await call('vault:create', { passphrase: PASS });
      await session.requireVault().apply([
        { op: 'put', collection: 'peers', record: { id: 'ana', name: 'Ana Silva', createdAt } },
        { op: 'put', collection: 'peers', record: { id: 'ben', name: 'Ben Okafor', createdAt } },
        { op: 'put', collection: 'ties', record: { id: 't', a: 'ana', b: 'ben', kind: 'work-together', createdAt } },
        { op: 'put', collection: 'interactions', record: { id: 'i', date: '2025-06-20', peerIds: ['ana'], createdAt } },
        { op: 'put', collection: 'lifeEvents', record: { id: 'e', peerId: 'ana', kind: 'new-job', date: '2025-06-01', createdAt } },
      ]);
      const before = structuredClone(session.requireVault().data);
      const del = await call<{ token: string }>('peers:delete', { ids: ['ana'] });
      expect(session.requireVault().data.peers.map((p) => p.id)).toEqual(['ben']);
      expect(await call('peers:undoDelete', { token: del.token })).toEqual({ peers: 1 });
      const after = session.requireVault().data;
      for (const c of ['peers', 'ties', 'interactions', 'lifeEvents'] as const)
        expect([...after[c]].sort((a, b) => a.id.localeCompare(b.id))).toEqual(before[c]);
      await expect(call('peers:undoDelete', { token: del.token })).rejects.toThrow(NOTHING);

      const again = await call<{ token: string }>('peers:delete', { ids: ['ana'] });
      await call('vault:lock');
      await call('vault:unlock', { passphrase: PASS });
      await expect(call('peers:undoDelete', { token: again.token })).rejects.toThrow(`NOT_FOUND: ${NOTHING}`);
      expect(session.requireVault().data.peers.map((p) => p.id)).toEqual(['ben']);
    } finally {
      await session.lock('user', false);
    }
  });
});
