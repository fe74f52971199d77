import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CliIo } from '../../electron/cli/io';
import { EXIT, runCli } from '../../electron/cli/run';
import { SCHEMA_VERSION } from '../../shared/schema/document';
import { useTempDirs } from '../helpers/temp-dir';
import { PASS, makeVault } from '../helpers/vaults';

const temp = useTempDirs();

async function cli(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: CliIo = {
    env: { COMPEER_PASSPHRASE: PASS, ...env },
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    prompt: null,
    now: () => new Date('2026-11-27T12:00:00Z'),
  };
  const code = await runCli(args, io);
  return { code, out, err };
}

describe('compeer import refuses what it cannot take, and says why', () => {
  test('an export made by a newer schema version: exit 4, the message a newer vault gets, nothing changed', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const before = await readFile(path);
    const file = join(dir, 'newer.json');
    await writeFile(file, JSON.stringify({ format: 'compeer-export', version: 1, schemaVersion: 99, peers: [{ id: 'z1', name: 'From The Future' }] }));
    const r = await cli(['import', path, file]);
    expect(r.code).toBe(EXIT.damaged);
    expect(r.err).toBe(`This export was made by a newer Compeer (data version 99, this app reads up to ${SCHEMA_VERSION}). Update Compeer to import it; nothing was imported.\n`);
    expect(r.out).toBe('');
    expect((await readFile(path)).equals(before)).toBe(true);
  });
});
