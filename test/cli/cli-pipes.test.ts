import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { PASS, makeVault } from '../helpers/vaults';

const temp = useTempDirs();
const ENTRY = join(__dirname, '../../electron/cli/index.ts');

/**
 * The real command line through tsx, its stdout piped into a reader that goes away before
 * anything is written (as `| head -1` does once it has its line): every write then fails
 * with EPIPE.
 */
function runWithClosedStdout(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const STACK = /\n\s+at |Error: write EPIPE|Unexpected error/;

describe('a reader that closes early', () => {
  test('verify | head -1: no stack trace; the check still runs and says OK on stderr', async () => {
    const { path } = await makeVault(await temp());
    const r = await runWithClosedStdout(['verify', path], { COMPEER_PASSPHRASE: PASS });
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toMatch(/^OK: .* decrypts and is valid/m);
    expect(r.code).toBe(0);
  });

  test('init: the recovery code is never lost silently; stderr says so and the exit code is not 0', async () => {
    const path = join(await temp(), 'new.compeer');
    const r = await runWithClosedStdout(['init', path, '--kdf', 'm=19456,t=2,p=1'], { COMPEER_PASSPHRASE: PASS });
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toMatch(/The recovery code could not be written: standard output was closed \(EPIPE\)/);
    expect(r.stderr).toContain(`compeer passwd ${path}`);
    expect(r.code).toBe(1);
  });

  test('passwd: the new recovery code is not lost silently either', async () => {
    const { path } = await makeVault(await temp());
    const r = await runWithClosedStdout(['passwd', path], { COMPEER_PASSPHRASE: PASS, COMPEER_NEW_PASSPHRASE: 'a new passphrase here' });
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toMatch(/The new recovery code could not be written/);
    expect(r.code).toBe(1);
  });
});
