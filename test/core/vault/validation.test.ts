import { describe, expect, test, vi } from 'vitest';
import { Vault } from '../../../electron/core/vault';
import { isLazyPending } from '../../../electron/core/vault/body-codec';
import { useTempDirs } from '../../helpers/temp-dir';
import { PASS, makeVault } from '../../helpers/vaults';

const temp = useTempDirs();

describe('the check after unlock', () => {
  test('an invalid record is reported in the status, once, and the window is told', async () => {
    const { path } = await makeVault(await temp());
    const w = await Vault.open(path, PASS);
    // what a buggy older version could have written: a value the schema refuses
    (w.data.peers[1] as { closeness: number }).closeness = 99;
    await w.compact();
    await w.close();
    const onProblem = vi.fn();
    const v = await Vault.open(path, PASS, { onProblem });
    await expect.poll(() => v.status().invalidRecord).toMatch(/^peers\[1\]\.closeness/);
    expect(onProblem).toHaveBeenCalledTimes(1);
    await expect(v.validate()).rejects.toMatchObject({ code: 'DAMAGED' });
    await v.close();
  });

  test('journal and notes are not parsed by unlocking or by the check; they are checked when first read', async () => {
    const dir = await temp();
    const { path } = await makeVault(dir);
    const w = await Vault.open(path, PASS);
    await w.apply([{ op: 'put', collection: 'journal', record: { id: 'j1', date: '2026-01-02', body: 'fine' } }]);
    await w.close();
    const v = await Vault.open(path, PASS);
    // the check that unlocking started has ended (the same promise validate() awaits)
    await (v as unknown as { validation: Promise<unknown> }).validation;
    expect(isLazyPending(v.data, 'journal')).toBe(true);
    expect(isLazyPending(v.data, 'notes')).toBe(true);
    expect(v.data.journal.map((j) => j.id)).toEqual(['j1']);
    expect(isLazyPending(v.data, 'journal')).toBe(false);
    // validate() reads what was still waiting, and checks everything
    await v.validate();
    expect(isLazyPending(v.data, 'notes')).toBe(false);
    expect(v.status().invalidRecord).toBeNull();
    await v.close();
  });
});
