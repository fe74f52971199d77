import { describe, expect, test } from 'vitest';
import { CHANNELS, EVENTS, buildBridge } from '../../../shared/ipc/channels';

describe('buildBridge', () => {
  test('gives one named method per channel, grouped by area, forwarding channel and input', async () => {
    const calls: unknown[] = [];
    const api = buildBridge(
      CHANNELS,
      EVENTS,
      (c, i) => (calls.push([c, i]), Promise.resolve('ok')),
      () => () => undefined,
    ) as Record<string, Record<string, (i?: unknown) => Promise<unknown>>>;
    expect(Object.keys(api.vault!).sort()).toEqual(
      CHANNELS.filter((c) => c.startsWith('vault:'))
        .map((c) => c.slice(6))
        .sort(),
    );
    await api.vault!.unlock!({ passphrase: 'p' });
    expect(calls).toEqual([['vault:unlock', { passphrase: 'p' }]]);
    expect('invoke' in api).toBe(false);
  });

  test('subscribes only to known events', () => {
    const api = buildBridge(
      CHANNELS,
      EVENTS,
      () => Promise.resolve(),
      () => () => undefined,
    ) as { on: (e: string, cb: () => void) => () => void };
    expect(typeof api.on('vault:locked', () => undefined)).toBe('function');
    expect(() => api.on('anything', () => undefined)).toThrow(/Unknown event/);
  });
});
