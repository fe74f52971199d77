import { describe, expect, test } from 'vitest';
import type { AdvisedSuggestion } from '../../../../shared/domain/advisor';
import type { AdvisorList } from '../../../../shared/ipc/features/advisor.contract';
import { useTempDirs } from '../../../helpers/temp-dir';
import { serviceIn } from '../../../helpers/service';

const temp = useTempDirs();
const NOW = new Date(2025, 5, 26, 10, 0, 0);

/** Ana needs fundraising, Bo knows it: one introduction; Cy is alone. */
async function setup() {
  const { session, call, fail } = serviceIn(await temp(), () => NOW);
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
