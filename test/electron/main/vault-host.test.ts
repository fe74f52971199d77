import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { Vault } from '../../../electron/core/vault';
import { WORKER_STOPPED, type VaultHost } from '../../../electron/main/vault-host';
import type { EventName } from '../../../shared/ipc/channels';
import { useTempDirs } from '../../helpers/temp-dir';
import { testHost } from '../../helpers/vault-host';

const temp = useTempDirs();
const PASS = 'worker thread passphrase';

/** The value of a call that must succeed. */
async function ok<T = unknown>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await p;
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return (r as { value: T }).value;
}

async function withHost<T>(
  run: (host: VaultHost, dir: string, events: { event: EventName; payload: unknown }[]) => Promise<T>,
): Promise<T> {
  const dir = await temp();
  const events: { event: EventName; payload: unknown }[] = [];
  const host = testHost(dir, events);
  try {
    return await run(host, dir, events);
  } finally {
    await host.shutdown();
  }
}

describe('the vault in its own thread', () => {
  test('can be started before the first call, which then finds it running', async () => {
    await withHost(async (host) => {
      expect(host.running).toBe(false);
      host.warm();
      expect(host.running).toBe(true);
      host.warm();
      expect(await ok(host.invoke('vault:state', undefined))).toMatchObject({ status: 'none' });
    });
  });

  test('calls go through the contract and come back as data; events reach the window', async () => {
    await withHost(async (host, dir, events) => {
      expect(host.running).toBe(false);
      expect(await ok(host.invoke('vault:state', undefined))).toMatchObject({ status: 'none' });
      await ok(host.invoke('vault:create', { passphrase: PASS }));
      const saved = await ok<{ id: string }>(host.invoke('peers:save', { name: 'Ana Silva', company: 'Acme' }));
      expect(await ok(host.invoke('peers:list', undefined))).toMatchObject([{ id: saved.id, name: 'Ana Silva' }]);
      // refused the same way as in-process: unknown channel, invalid input, a rule's error
      expect(await host.invoke('vault:explode', undefined)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await host.invoke('peers:save', { name: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(await host.invoke('peers:save', { name: 'Ana Silva', company: 'Acme' })).toMatchObject({
        ok: false,
        error: { message: /already have Ana Silva/ },
      });
      expect(await ok(host.control({ action: 'lock', reason: 'suspend' }))).toMatchObject({ status: 'locked' });
      expect(events).toEqual([{ event: 'vault:locked', payload: { reason: 'suspend' } }]);
      // written by the worker, readable by anyone with the passphrase
      const v = await Vault.open(`${dir}/vault.compeer`, PASS, { readOnly: true });
      expect(v.data.peers.map((p) => p.name)).toEqual(['Ana Silva']);
      await v.close();
    });
  });

  test('a lock that arrives while saves are in flight waits for them: everything confirmed is in the file', async () => {
    await withHost(async (host, dir) => {
      await ok(host.invoke('vault:create', { passphrase: PASS }));
      const saves = Array.from({ length: 30 }, (_, i) => host.invoke('peers:save', { name: `Peer ${i}` }));
      const locked = host.control({ action: 'lock', reason: 'user' });
      const results = await Promise.all(saves);
      await locked;
      const confirmed = results.filter((r) => r.ok).length;
      const v = await Vault.open(`${dir}/vault.compeer`, PASS, { readOnly: true });
      expect(v.data.peers).toHaveLength(confirmed);
      expect(v.status().pendingRecords).toBe(0);
      await v.close();
    });
  });

  test('if the thread dies, calls in flight get a plain answer, the window hears the vault locked, the file is intact, and the next call starts afresh', async () => {
    await withHost(async (host, dir, events) => {
      await ok(host.invoke('vault:create', { passphrase: PASS }));
      for (let i = 0; i < 5; i++) await ok(host.invoke('peers:save', { name: `Saved ${i}` }));
      const before = await readFile(`${dir}/vault.compeer`);
      // a call in flight when the thread dies (an unlock runs Argon2 for a while)
      await ok(host.control({ action: 'lock', reason: 'user' }));
      const inFlight = host.invoke('vault:unlock', { passphrase: PASS });
      await (host as unknown as { worker: { terminate: () => Promise<number> } }).worker.terminate();
      expect(await inFlight).toEqual({ ok: false, error: { code: 'LOCKED', message: WORKER_STOPPED } });
      expect(events.at(-1)).toEqual({ event: 'vault:locked', payload: { reason: 'stopped' } });
      expect(host.running).toBe(false);
      // a fresh thread reads the vault again, and takes over the lock the dead one held
      expect(await ok(host.invoke('vault:state', undefined))).toMatchObject({ status: 'locked' });
      await ok(host.invoke('vault:unlock', { passphrase: PASS }));
      expect(await ok<unknown[]>(host.invoke('peers:list', undefined))).toHaveLength(5);
      expect(before.length).toBeGreaterThan(0);
    });
  });

  test('a thread that dies in the middle of saving leaves a vault that opens with every confirmed change', async () => {
    await withHost(async (host, dir) => {
      await ok(host.invoke('vault:create', { passphrase: PASS }));
      const confirmed: string[] = [];
      let answered!: () => void;
      const firstAnswer = new Promise<void>((r) => (answered = r));
      const saves = Array.from({ length: 40 }, (_, i) =>
        host.invoke('peers:save', { name: `Peer ${i}` }).then((r) => {
          if (r.ok) confirmed.push(`Peer ${i}`);
          answered();
        }),
      );
      // the first answer is in, the others are still on their way: stop the thread now
      await firstAnswer;
      await (host as unknown as { worker: { terminate: () => Promise<number> } }).worker.terminate();
      await Promise.all(saves);
      const v = await Vault.open(`${dir}/vault.compeer`, PASS, { readOnly: true });
      const names = v.data.peers.map((p) => p.name);
      for (const n of confirmed) expect(names).toContain(n);
      await v.close();
    });
  });
});
