import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, test } from 'vitest';
import { acquireLock } from '../../../electron/core/vault/lock-file';
import { nodeFs } from '../../../electron/core/vault/fs-ops';
import { useTempDirs } from '../../helpers/temp-dir';

const temp = useTempDirs();
const script = join(__dirname, '../../helpers/lock-thread.ts');
const tsx = createRequire(__filename).resolve('tsx/cjs/api');

const workers: Worker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.terminate()));
});

/** A worker thread of this process that tries to take the lock; resolves with its first word. */
function lockInThread(vault: string): Promise<{ worker: Worker; said: string }> {
  const worker = new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(script)});`, {
    eval: true,
    workerData: { vault },
  });
  workers.push(worker);
  worker.on('error', () => undefined); // the "crash" below is on purpose
  return new Promise((resolve, reject) => {
    worker.once('message', (said: string) => resolve({ worker, said }));
    worker.once('exit', (code) => reject(new Error(`worker exited with ${code} before answering`)));
  });
}

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

describe('one writer across the threads of one process (the vault in a worker of the app)', () => {
  test('a second thread is refused while the first holds the lock; after the first is terminated without releasing, the next thread takes over', async () => {
    const vault = join(await temp(), 'v.compeer');
    const first = await lockInThread(vault);
    expect(first.said).toBe('held');

    const second = await lockInThread(vault);
    expect(second.said).toMatch(/^refused /);
    const info = JSON.parse(second.said.slice('refused '.length)) as { code: string; message: string; details: Record<string, unknown> };
    expect(info).toMatchObject({ code: 'IN_USE', details: { foreign: false, sameProcess: true, lockPid: process.pid } });
    expect(info.message).toMatch(/in this same program/);
    // the thread running this test is refused too
    await expect(acquireLock(nodeFs, vault)).rejects.toMatchObject({ code: 'IN_USE' });

    await first.worker.terminate();
    expect(await exists(`${vault}.lock`)).toBe(true); // nobody released it

    const third = await lockInThread(vault);
    expect(third.said).toBe('held');
    third.worker.postMessage('release');
    await new Promise((r) => third.worker.once('message', r));
    expect(await exists(`${vault}.lock`)).toBe(false);
  });

  test('a worker that crashes with an uncaught error leaves a lock the next thread takes over', async () => {
    const vault = join(await temp(), 'v.compeer');
    const first = await lockInThread(vault);
    expect(first.said).toBe('held');
    const gone = new Promise((r) => first.worker.once('exit', r));
    first.worker.postMessage('crash');
    await gone;
    expect(await exists(`${vault}.lock`)).toBe(true);
    const release = await acquireLock(nodeFs, vault);
    await release();
    expect(await exists(`${vault}.lock`)).toBe(false);
  });
});
