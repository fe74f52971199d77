import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

export interface ThreadFigures {
  unlockViaThreadMs: number;
  unlockBlockMs: number;
  peersListViaThreadMs: number;
  importViaThreadMs: number;
  importBlockMs: number;
  lockViaThreadMs: number;
  compactBlockMs: number;
  peakRssMb: number;
}

/**
 * The app's main thread while the vault worker unlocks the heavy vault, imports 5,000
 * LinkedIn rows and writes the vault afresh on lock: the longest block of the main thread's
 * event loop during each, and the process's peak memory (a fresh process, as the app's).
 */
export function benchVaultThread(vaultPath: string, passphrase: string): Promise<ThreadFigures> {
  const tsx = resolve(__dirname, '../../node_modules/.bin/tsx');
  return new Promise((res, rej) => {
    execFile(tsx, [resolve(__dirname, 'vault-thread-child.ts'), vaultPath, passphrase], { maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (err) return rej(new Error(`vault thread bench failed: ${stderr || err.message}`));
      res(JSON.parse(stdout.trim().split('\n').pop()!) as ThreadFigures);
    });
  });
}
