import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AppSession } from '../../../../electron/service/session';
import { dispatch } from '../../../../electron/service/dispatch';
import { createHandlers } from '../../../../electron/service/handlers';
import type { AdvisedSuggestion } from '../../../../shared/domain/advisor';
import type { AdvisorList } from '../../../../shared/ipc/features/advisor.contract';
import type { Channel } from '../../../../shared/ipc/channels';
import { TEST_KDF, useTempDirs } from '../../../helpers/temp-dir';

const temp = useTempDirs();
const NOW = new Date(2025, 5, 26, 10, 0, 0);

/** Ana needs fundraising, Bo knows it: one introduction; Cy is alone. */
async function setup() {
  const session = new AppSession({ vaultPath: join(await temp(), 'v.compeer'), kdf: TEST_KDF, emit: () => undefined });
  let n = 0;
  const handlers = createHandlers(session, { now: () => NOW, newId: () => `id${++n}` });
  const call = async <T = never>(channel: Channel, input?: unknown): Promise<T> => {
    const r = await dispatch(handlers, channel, input);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const fail = async (channel: Channel, input?: unknown) => {
    const r = await dispatch(handlers, channel, input);
    if (r.ok) throw new Error('expected a failure');
    return r.error;
  };
  await call('vault:create', { passphrase: 'pass words here' });
  await session.requireVault().apply([
    { op: 'put', collection: 'peers', record: { id: 'ana', name: 'Ana', needs: ['fundraising'] } },
    { op: 'put', collection: 'peers', record: { id: 'bo', name: 'Bo', skills: ['raising money'] } },
    { op: 'put', collection: 'peers', record: { id: 'cy', name: 'Cy' } },
  ]);
  return { session, call, fail };
}

describe('advisor handlers', () => {
  test('list, forPeer, dismiss (kept in the vault with its facts), restore, snooze; bad input refused', async () => {
    const { session, call, fail } = await setup();
    const list = await call<AdvisorList>('advisor:list', { kinds: ['introduction'] });
    expect(list.today).toBe('2025-06-26');
    expect(list.suggestions.map((s) => [s.id, s.hidden])).toEqual([['introduction:ana|bo', null]]);
    expect((await call<AdvisedSuggestion[]>('advisor:forPeer', { peerId: 'bo' })).map((s) => s.id)).toContain('introduction:ana|bo');
    expect((await call<AdvisedSuggestion[]>('advisor:forPeer', { peerId: 'cy' })).map((s) => s.id)).not.toContain('introduction:ana|bo');

    await call('advisor:dismiss', { id: 'introduction:ana|bo' });
    expect(session.requireVault().data.advisor.dismissed['introduction:ana|bo']).toEqual({
      facts: list.suggestions[0]!.facts,
      on: '2025-06-26',
    });
    expect((await call<AdvisorList>('advisor:list', { kinds: ['introduction'] })).suggestions[0]!.hidden).toEqual({
      state: 'dismissed',
      on: '2025-06-26',
    });
    expect((await call<AdvisedSuggestion[]>('advisor:forPeer', { peerId: 'bo' })).map((s) => s.id)).not.toContain('introduction:ana|bo');
    await call('advisor:restore', { id: 'introduction:ana|bo' });
    expect(session.requireVault().data.advisor).toEqual({ dismissed: {}, snoozed: {} });

    await call('advisor:snooze', { id: 'introduction:ana|bo', until: '2025-07-26' });
    expect(Object.keys(session.requireVault().data.advisor.snoozed)).toEqual(['introduction:ana|bo']);
    expect((await fail('advisor:snooze', { id: 'introduction:ana|bo', until: '2025-06-26' })).code).toBe('INVALID_INPUT');
    expect((await fail('advisor:dismiss', { id: 'introduction:ana|cy' })).code).toBe('NOT_FOUND');
    expect((await fail('advisor:dismiss', { id: '__proto__' })).code).toBe('INVALID_INPUT');
    expect((await fail('advisor:list', { kinds: ['gossip'] })).code).toBe('INVALID_INPUT');
  });

  test('Today: the best few about peers, one per peer', async () => {
    const { call } = await setup();
    const picks = await call<AdvisedSuggestion[]>('advisor:today');
    const peers = picks.flatMap((s) => s.peerIds);
    expect(picks.length).toBeGreaterThan(0);
    expect(new Set(peers).size).toBe(peers.length);
  });
});
