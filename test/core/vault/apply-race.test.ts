import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Vault } from '../../../electron/core/vault';
import { WAIT_MS } from '../../helpers/patience.mts';
import { TEST_KDF, useTempDirs } from '../../helpers/temp-dir';
import { PASS, peer } from '../../helpers/vaults';

const temp = useTempDirs();

describe('saving', () => {
  test('a change sent just as the previous save finishes is saved too (whatever the number of microtasks between)', async () => {
    const { vault } = await Vault.create(join(await temp(), 'v.compeer'), PASS, { kdf: TEST_KDF });
    for (let gap = 0; gap < 12; gap++) {
      await vault.apply([peer(`a${gap}`, 'A')]);
      for (let k = 0; k < gap; k++) await Promise.resolve();
      const saved = vault.apply([peer(`b${gap}`, 'B')]);
      const stuck = await Promise.race([saved.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), WAIT_MS))]);
      expect(stuck, `a save ${gap} microtasks after the previous one`).toBe(false);
    }
    expect(vault.data.peers).toHaveLength(24);
    await vault.close();
  });
});
