import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CHANNELS, EVENTS, buildBridge } from '../../../shared/ipc/channels';
import type { EventPayloads } from '../../../shared/ipc/contract';

/**
 * The renderer's data cache against a stand-in bridge (the preload's own builder): what main
 * says after a change refreshes the queries on view, and a lock leaves nothing in memory.
 */
const calls: string[] = [];
const listeners = new Map<string, Set<(p: unknown) => void>>();
const emit = <E extends keyof EventPayloads>(event: E, payload: EventPayloads[E]) => listeners.get(event)?.forEach((cb) => cb(payload));
(globalThis as unknown as { window: unknown }).window = {
  compeer: buildBridge(
    CHANNELS,
    EVENTS,
    (channel) => {
      calls.push(channel);
      return Promise.resolve({ ok: true, value: channel === 'peers:list' ? [{ id: 'p1', name: `answer ${calls.length}` }] : { id: 'p1' } });
    },
    (event, cb) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(cb);
      return () => void listeners.get(event)!.delete(cb);
    },
  ),
};

const { send } = await import('../../../renderer/src/data/channel');
const { connectCache, vaultKey } = await import('../../../renderer/src/data/queries');

const asked = (channel: string) => calls.filter((c) => c === channel).length;

describe('the data cache', () => {
  let client: QueryClient;
  let untie: () => void;
  let stop: () => void;
  beforeEach(async () => {
    calls.length = 0;
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    untie = connectCache(client);
    // a screen showing the peer list
    const observer = new QueryObserver(client, { queryKey: vaultKey('peers:list'), queryFn: () => send('peers:list') });
    stop = observer.subscribe(() => undefined);
    await client.refetchQueries();
    calls.length = 0;
  });
  afterEach(() => {
    stop();
    untie();
  });

  test("main's vault:changed asks every query on view again", async () => {
    emit('vault:changed', { channel: 'peers:save' });
    await expect.poll(() => asked('peers:list')).toBe(1);
  });

  test('a change sent from the window resolves once the queries on view have their fresh answer', async () => {
    await send('peers:save', { name: 'Ana' });
    expect(calls).toEqual(['peers:save', 'peers:list']);
    expect(client.getQueryData(vaultKey('peers:list'))).toEqual([{ id: 'p1', name: 'answer 2' }]);
  });

  test('a read sent from the window refreshes nothing', async () => {
    await send('peers:get', { id: 'p1' });
    expect(calls).toEqual(['peers:get']);
  });

  test('a lock empties the cache: no answer stays in memory', () => {
    expect(client.getQueryCache().getAll().length).toBeGreaterThan(0);
    emit('vault:locked', { reason: 'idle' });
    expect(client.getQueryCache().getAll()).toEqual([]);
  });
});
