import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Vault } from '../../electron/core/vault';
import { parseVault, splitRecords } from '../../electron/core/vault/format';
import { TEST_KDF } from '../helpers/kdf';
import { openApp } from './harness';
import { STRONG, browserSuite, unlock } from './helpers';

const suite = browserSuite();

describe('what the vault file checks find is shown, with the way out', () => {
  test('a vault cut short at a record boundary: the warning names the missing changes and leads to the backups', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'compeer-ui-'));
    const path = join(dir, 'vault.compeer');
    const { vault } = await Vault.create(path, STRONG, { kdf: TEST_KDF });
    await vault.apply([{ op: 'put', collection: 'peers', record: { id: 'zed', name: 'Zed' } }]);
    await vault.close(); // written afresh: the first file is kept as a backup to go back to
    const v = await Vault.open(path, STRONG);
    for (const name of ['Ana', 'Ben', 'Cy']) await v.apply([{ op: 'put', collection: 'peers', record: { id: name.toLowerCase(), name } }]);
    const bytes = await readFile(path);
    (v as unknown as { closed: boolean }).closed = true;
    await (v as unknown as { release: () => Promise<void> }).release();
    const parsed = parseVault(bytes);
    const { records } = splitRecords(bytes, parsed.recordsOffset, parsed.layout);
    await writeFile(path, bytes.subarray(0, records[0]!.end));

    const app = (suite.app = await openApp({ shotPrefix: 'vault-warnings', dir }));
    const { page } = app;
    await unlock(page, STRONG);
    const banner = page.getByTestId('vault-warnings');
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/2 saved changes are missing/);
    await app.shot('cut-short');
    await banner.getByRole('button', { name: 'See backups' }).click();
    await page.getByTestId('backups').waitFor();
    expect(await page.getByTestId('restore-backup').count()).toBeGreaterThan(0);
    await app.close();
    suite.app = null;
    await rm(dir, { recursive: true, force: true });
  });
});

describe('a vault whose lock another computer holds', () => {
  test('is not opened until the user, warned, chooses to take it over', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'compeer-ui-'));
    const path = join(dir, 'vault.compeer');
    const { vault } = await Vault.create(path, STRONG, { kdf: TEST_KDF });
    await vault.close();
    // what Compeer on another computer leaves beside a vault in a synced folder
    const since = new Date(Date.now() - 3 * 86_400_000).toISOString();
    await writeFile(`${path}.lock`, JSON.stringify({ app: 'compeer', lock: 2, nonce: 'ab'.repeat(16), pid: 4242, host: 'work-laptop', thread: 0, boot: Date.now() - 1e7, since }));
    const app = (suite.app = await openApp({ shotPrefix: 'foreign-lock', dir }));
    const { page } = app;
    await unlock(page, STRONG);
    const warning = page.getByTestId('foreign-lock');
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(/work-laptop/);
    expect(app.session.unlocked).toBe(false);
    await app.shot('warning');
    await page.getByTestId('take-over-lock').click();
    await page.getByTestId('nav-today').waitFor();
    expect(app.session.unlocked).toBe(true);
    await app.close();
    suite.app = null;
    await rm(dir, { recursive: true, force: true });
  });
});
