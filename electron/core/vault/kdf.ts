import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { KdfParams } from './format';
import { checkKdfParams } from './format';

/**
 * Argon2id through hash-wasm (Electron's BoringSSL has no argon2), run in a worker thread so
 * the main process keeps answering while a key is derived. The worker is evaluated from
 * source and loads hash-wasm by the path main resolves, so it works the same under tsx,
 * vitest and the bundled app.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { argon2id } = require(workerData.hashWasm);
parentPort.once('message', async (m) => {
  try {
    const key = await argon2id({ password: m.password, salt: m.salt, parallelism: m.p, iterations: m.t, memorySize: m.m, hashLength: 32, outputType: 'binary' });
    parentPort.postMessage({ ok: true, key });
  } catch (e) {
    parentPort.postMessage({ ok: false, message: String(e && e.message || e) });
  }
});
`;

let hashWasmPath: string | undefined;
// In a packaged app hash-wasm is unpacked beside the asar archive (asarUnpack), where a
// worker can load it with plain Node.
const resolveHashWasm = () =>
  (hashWasmPath ??= createRequire(import.meta.url)
    .resolve('hash-wasm')
    .replace(/app\.asar([\\/])/, 'app.asar.unpacked$1'));

/** Counts KDF runs, so tests can prove hostile parameters are refused before Argon2 runs. */
export const kdfStats = { runs: 0, lastMs: 0 };

export async function argon2idKey(password: Uint8Array, salt: Uint8Array, params: KdfParams): Promise<Buffer> {
  checkKdfParams(params);
  kdfStats.runs += 1;
  const started = performance.now();
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { hashWasm: resolveHashWasm() } });
  try {
    const result = await new Promise<{ ok: boolean; key?: Uint8Array; message?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`key derivation stopped (exit ${code})`)));
      worker.postMessage({ password, salt, m: params.m, t: params.t, p: params.p });
    });
    if (!result.ok || !result.key) throw new Error(result.message ?? 'key derivation failed');
    kdfStats.lastMs = performance.now() - started;
    return Buffer.from(result.key);
  } finally {
    void worker.terminate();
  }
}
