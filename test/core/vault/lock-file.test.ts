import { spawn } from 'node:child_process';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Vault } from '../../../electron/core/vault';
import { acquireLock } from '../../../electron/core/vault/lock-file';
import { makeRecord, type LockRecord } from '../../../electron/core/vault/lock-owner';
import { nodeFs, type VaultFs } from '../../../electron/core/vault/fs-ops';
import { CompeerError } from '../../../shared/errors';
import { useTempDirs } from '../../helpers/temp-dir';
import { PASS, makeVault } from '../../helpers/vaults';

const temp = useTempDirs();

/** The pid of a process that has just ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((r) => child.once('exit', r));
  return child.pid!;
}

const readLock = async (vault: string) => JSON.parse(await readFile(`${vault}.lock`, 'utf8')) as LockRecord;
const writeLock = (vault: string, content: object | string) =>
  writeFile(`${vault}.lock`, typeof content === 'string' ? content : JSON.stringify(content));
/** A record of another, live process on this computer (the test runner's parent; its start time left out). */
async function otherLive(extra: Partial<LockRecord> = {}): Promise<LockRecord> {
  const { start: _start, ...mine } = await makeRecord(undefined, new Date());
  return { ...mine, pid: process.ppid, ...extra };
}
const sideFiles = async (dir: string) => (await readdir(dir)).filter((n) => n.includes('.lock.'));

async function expectTakenOver(vault: string) {
  const release = await acquireLock(nodeFs, vault);
  const now = await readLock(vault);
  expect(now).toMatchObject({ app: 'compeer', lock: 2, pid: process.pid, host: hostname() });
  expect(now.nonce).toMatch(/^[0-9a-f]{32}$/);
  await release();
}

describe('the lock file', () => {
  test('holds pid, host, thread, a nonce, the boot time and when it was taken; release removes it and leaves nothing beside it', async () => {
    const dir = await temp();
    const vault = join(dir, 'v.compeer');
    const before = Date.now();
    const release = await acquireLock(nodeFs, vault);
    const r = await readLock(vault);
    expect(r).toMatchObject({ app: 'compeer', lock: 2, pid: process.pid, host: hostname() });
    expect(Math.abs(r.boot - (Date.now() - uptime() * 1000))).toBeLessThan(5000);
    expect(Date.parse(r.since)).toBeGreaterThanOrEqual(before - 1000);
    if (process.platform === 'linux') expect(r.bootId).toMatch(/^[0-9a-f-]{36}$/);
    await release();
    await release();
    expect(await readdir(dir)).toEqual([]);
  });

  test('works where there are no hard links, and a young empty lock (one being written that way) is never taken', async () => {
    const dir = await temp();
    const vault = join(dir, 'v.compeer');
    const noLinks: VaultFs = { ...nodeFs, link: () => Promise.reject(Object.assign(new Error('EPERM'), { code: 'EPERM' })) };
    const release = await acquireLock(noLinks, vault);
    expect((await readLock(vault)).pid).toBe(process.pid);
    await release();
    await writeLock(vault, '');
    await expect(acquireLock(noLinks, vault)).rejects.toMatchObject({ code: 'IN_USE', message: /opening this vault at this moment/ });
    expect(await readFile(`${vault}.lock`, 'utf8')).toBe('');
    // the same file, left by a crash long ago, is stale
    const old = new Date(Date.now() - 60_000);
    await utimes(`${vault}.lock`, old, old);
    await expectTakenOver(vault);
  });
});

describe('stale or held', () => {
  test('a lock whose process has ended is taken over; one whose process runs is not', async () => {
    const vault = join(await temp(), 'v.compeer');
    await writeLock(vault, await otherLive({ pid: await deadPid() }));
    await expectTakenOver(vault);
    const live = await otherLive();
    await writeLock(vault, live);
    const err = (await acquireLock(nodeFs, vault).catch((e: unknown) => e)) as CompeerError;
    expect(err).toMatchObject({
      code: 'IN_USE',
      details: { foreign: false, lockPid: process.ppid, lockHost: hostname(), sameProcess: false },
    });
    expect(err.message).toMatch(
      new RegExp(`open in another Compeer window or command \\(process ${process.ppid}, since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\)`),
    );
    expect(await readLock(vault)).toEqual(live);
  });

  test('a pid that runs again after a reboot is not the holder: another boot time means stale', async () => {
    const vault = join(await temp(), 'v.compeer');
    const bootNow = Date.now() - uptime() * 1000;
    const { bootId: _drop, ...noBootId } = await otherLive();
    await writeLock(vault, { ...noBootId, boot: bootNow - 30 * 60_000 });
    await expectTakenOver(vault);
    // a clock adjusted by a minute is not a reboot
    const held = { ...noBootId, boot: bootNow - 60_000 };
    await writeLock(vault, held);
    await expect(acquireLock(nodeFs, vault)).rejects.toMatchObject({ code: 'IN_USE' });
  });

  test.runIf(process.platform === 'linux')(
    'Linux: another boot id, or another start time for the same pid (a reused pid), means stale',
    async () => {
      const vault = join(await temp(), 'v.compeer');
      await writeLock(vault, await otherLive({ bootId: '00000000-0000-4000-8000-000000000000' }));
      await expectTakenOver(vault);
      await writeLock(vault, await otherLive({ start: '1' }));
      await expectTakenOver(vault);
      // the same pid as this process, but another process's start time: an earlier process that crashed
      await writeLock(vault, { ...(await makeRecord(undefined, new Date())), start: '1' });
      await expectTakenOver(vault);
    },
  );

  test('a lock in the format before version 2 is read: held while its process runs, stale after', async () => {
    const vault = join(await temp(), 'v.compeer');
    await writeLock(vault, { pid: process.ppid, host: hostname(), since: new Date().toISOString() });
    await expect(acquireLock(nodeFs, vault)).rejects.toMatchObject({ code: 'IN_USE', details: { lockPid: process.ppid } });
    await writeLock(vault, { pid: await deadPid(), host: hostname(), since: new Date().toISOString() });
    await expectTakenOver(vault);
  });
});

describe('taking over without deleting what was not read', () => {
  test('the stale lock is moved aside and checked: a lock that replaced it meanwhile is put back, not deleted', async () => {
    const dir = await temp();
    const vault = join(dir, 'v.compeer');
    await writeLock(vault, await otherLive({ pid: await deadPid() }));
    const fresh = await otherLive();
    let swapped = false;
    // a writer that takes no tickets (an older Compeer) replaces the stale lock just before it is moved aside
    const racing: VaultFs = {
      ...nodeFs,
      rename: async (from, to) => {
        if (!swapped && String(from).endsWith('.lock')) {
          swapped = true;
          await writeLock(vault, fresh);
        }
        return nodeFs.rename(from, to);
      },
    };
    await expect(acquireLock(racing, vault)).rejects.toMatchObject({ code: 'IN_USE', details: { lockPid: process.ppid } });
    expect(swapped).toBe(true);
    expect(await readLock(vault)).toEqual(fresh);
    expect(await sideFiles(dir)).toEqual([]);
  });

  test('a ticket held by a live taker stops a second taker; one left by a taker that died is cleared', async () => {
    const dir = await temp();
    const vault = join(dir, 'v.compeer');
    const stale = await otherLive({ pid: await deadPid() });
    await writeLock(vault, stale);
    const ticket = join(dir, `.v.compeer.lock.${stale.nonce}.ticket`);
    await writeFile(ticket, JSON.stringify(await otherLive()));
    await expect(acquireLock(nodeFs, vault)).rejects.toMatchObject({ code: 'IN_USE', message: /at this moment/ });
    expect(await readLock(vault)).toEqual(stale);
    await writeFile(ticket, JSON.stringify(await otherLive({ pid: await deadPid() })));
    await expectTakenOver(vault);
    expect(await sideFiles(dir)).toEqual([]);
  });

  test('release leaves a lock that is no longer ours', async () => {
    const vault = join(await temp(), 'v.compeer');
    const release = await acquireLock(nodeFs, vault);
    const other = await otherLive();
    await writeLock(vault, other);
    await release();
    expect(await readLock(vault)).toEqual(other);
  });

  test('temp files and tickets left by takers that crashed are tidied by the next taker', async () => {
    const dir = await temp();
    const vault = join(dir, 'v.compeer');
    const dead = await otherLive({ pid: await deadPid() });
    const litter = [
      `.v.compeer.lock.${'a'.repeat(32)}.new`,
      `.v.compeer.lock.${'b'.repeat(32)}.ticket`,
      `.v.compeer.lock.${'c'.repeat(32)}.aside`,
    ];
    for (const n of litter) await writeFile(join(dir, n), JSON.stringify(dead));
    const liveTemp = `.v.compeer.lock.${'d'.repeat(32)}.new`;
    await writeFile(join(dir, liveTemp), JSON.stringify(await otherLive()));
    const release = await acquireLock(nodeFs, vault);
    expect(await sideFiles(dir)).toEqual([liveTemp]);
    await release();
  });
});

describe('a lock held by another computer (a vault in a synced folder)', () => {
  test('is refused with a plain message and structured details, and can be taken over explicitly', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const since = '2024-05-01T08:30:00.000Z';
    const foreign = { ...(await makeRecord(undefined, new Date())), host: 'studio-mac', pid: 4242, since };
    await writeLock(path, foreign);
    const err = (await Vault.open(path, PASS).catch((e: unknown) => e)) as CompeerError;
    expect(err).toBeInstanceOf(CompeerError);
    expect(err.toInfo()).toEqual({
      code: 'IN_USE',
      message: expect.stringMatching(
        /another computer, "studio-mac", since 2024-05-01 08:30 UTC.*not using the vault.*taken over here/s,
      ) as string,
      details: { foreign: true, lockHost: 'studio-mac', lockPid: 4242, lockSince: since },
    });
    expect(await readLock(path)).toEqual(foreign);
    const v = await Vault.open(path, PASS, { takeOverLock: true });
    expect((await readLock(path)).host).toBe(hostname());
    await v.close();
    await expect(readFile(`${path}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test('a host name from the lock file is shown cleaned and short', async () => {
    const vault = join(await temp(), 'v.compeer');
    await writeLock(vault, { ...(await makeRecord(undefined, new Date())), host: `evil\u001b[31m\n${'x'.repeat(100)}` });
    const err = (await acquireLock(nodeFs, vault).catch((e: unknown) => e)) as CompeerError;
    expect([...err.message].filter((c) => c.charCodeAt(0) < 32)).toEqual([]);
    expect(String(err.details?.lockHost)).toHaveLength(64);
  });
});
