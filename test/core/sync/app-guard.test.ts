import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { AppSession } from '../../../electron/service/session';
import { runCli } from '../../../electron/cli/run';
import { TEST_KDF, useTempDirs } from '../../helpers/temp-dir';
import { PASS, makeVault } from '../../helpers/vaults';

const tempDir = useTempDirs();

test('the app never makes a new vault over one shared between devices (it unlocks it instead)', async () => {
  const dir = await tempDir();
  const { path } = await makeVault(dir);
  const io = {
    env: { COMPEER_PASSPHRASE: PASS, COMPEER_HOME: join(dir, 'home') },
    stdout: () => undefined,
    stderr: () => undefined,
    prompt: null,
    now: () => new Date(),
  };
  expect(await runCli(['devices', path, '--share'], io)).toBe(0);
  const session = new AppSession({ vaultPath: path, kdf: TEST_KDF, emit: () => undefined });
  await expect(session.create('another passphrase')).rejects.toMatchObject({ code: 'EXISTS' });
  await expect(stat(path)).rejects.toThrow();
});
