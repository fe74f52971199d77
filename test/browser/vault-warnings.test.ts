import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Vault } from '../../electron/core/vault';
import { parseVault, splitRecords } from '../../electron/core/vault/format';
import { TEST_KDF } from '../helpers/kdf';
import { openApp } from './harness';
import { STRONG, STRONG_2, browserSuite, expectNoProblems, unlock } from './helpers';

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
    await writeFile(
      `${path}.lock`,
      JSON.stringify({
        app: 'compeer',
        lock: 2,
        nonce: 'ab'.repeat(16),
        pid: 4242,
        host: 'work-laptop',
        thread: 0,
        boot: Date.now() - 1e7,
        since,
      }),
    );
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

/** Check the page said nothing wrong, close the app, then remove its folder. */
async function finish(dir: string) {
  const app = suite.app!;
  expectNoProblems(app);
  await app.close();
  suite.app = null;
  await rm(dir, { recursive: true, force: true });
}

/** A vault in `dir` whose session made `names` changes after its last whole save, then stopped (a crash): the bytes and records. */
async function changesAfterWholeSave(dir: string, names: string[]) {
  const path = join(dir, 'vault.compeer');
  const { vault, recoveryCode } = await Vault.create(path, STRONG, { kdf: TEST_KDF, dataDir: dir });
  await vault.apply([{ op: 'put', collection: 'peers', record: { id: 'zed', name: 'Zed' } }]);
  await vault.close();
  const v = await Vault.open(path, STRONG, { dataDir: dir });
  for (const name of names) await v.apply([{ op: 'put', collection: 'peers', record: { id: name.toLowerCase(), name } }]);
  const bytes = await readFile(path);
  (v as unknown as { closed: boolean }).closed = true;
  await (v as unknown as { release: () => Promise<void> }).release();
  const parsed = parseVault(bytes);
  return { path, bytes, recoveryCode, records: splitRecords(bytes, parsed.recordsOffset, parsed.layout).records };
}

describe.each(['light', 'dark'] as const)('saved changes missing from the vault file (%s)', (scheme) => {
  test('it opens read-only with the two ways on; a refused save is said plainly; lock and unlock keep it; going on without them is recorded in Settings, Backups', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'compeer-ui-'));
    const { path, bytes, records } = await changesAfterWholeSave(dir, ['Ana', 'Ben', 'Cy']);
    await writeFile(path, bytes.subarray(0, records[0]!.end));

    const app = (suite.app = await openApp({ shotPrefix: `vault-loss-${scheme}`, dir }));
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await unlock(page, STRONG);
    const banner = page.getByTestId('vault-warnings');
    await banner.waitFor();
    const said = await banner.innerText();
    expect(said).toContain('Saved changes are missing: your vault is read-only');
    expect(said).toContain('2 saved changes are missing from the vault file: the file was cut short.');
    expect(said).toContain('No backup holds them.');
    expect(await banner.getByRole('button', { name: 'Dismiss' }).count()).toBe(0);
    await page.getByTestId('read-only-badge').waitFor();
    await app.shot('read-only');

    // a save anywhere is refused with the reason, not left as an error
    await page.getByTestId('toggle-theme').click();
    const refused = page.getByText('Not saved: your vault is read-only');
    await refused.waitFor();
    // once it has slid in (for the picture)
    await expect
      .poll(async () => ((b) => (b ? Math.max(b.x + b.width - 1200, b.y + b.height - 800) : Infinity))(await refused.boundingBox()))
      .toBeLessThan(0);
    await app.shot('save-refused');

    // locking and unlocking does not make it go away
    await page.getByTestId('lock').click();
    await unlock(page, STRONG);
    await banner.waitFor();
    expect(await banner.innerText()).toContain('2 saved changes are missing');

    await page.getByTestId('accept-loss').click();
    const confirm = page.getByTestId('confirm-accept-loss');
    await confirm.waitFor();
    expect(await page.getByRole('dialog').innerText()).toContain('without the 2 saved changes that were missing');
    await app.shot('go-on-without');
    await confirm.click();
    await expect.poll(() => banner.count()).toBe(0);
    expect(await page.getByTestId('read-only-badge').count()).toBe(0);
    await expect.poll(() => refused.count()).toBe(0);

    await page.getByTestId('nav-settings').click();
    const accepted = page.getByTestId('accepted-losses');
    await accepted.waitFor();
    expect(await accepted.innerText()).toMatch(
      /you chose to go on without 2 saved changes that were missing \(the file had been cut short\)\./,
    );
    await accepted.scrollIntoViewIfNeeded();
    await app.shot('accepted-in-backups');
    // writable again
    await page.getByTestId('toggle-theme').click();
    await expect.poll(() => app.session.requireVault().data.settings.theme).not.toBe('auto');
    await finish(dir);
  });
});

describe('an older copy of the vault put back', () => {
  test('the backup that holds the missing changes is offered, and restoring it ends the read-only state', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'compeer-ui-'));
    const path = join(dir, 'vault.compeer');
    const { vault } = await Vault.create(path, STRONG, { kdf: TEST_KDF, dataDir: dir });
    await vault.apply([{ op: 'put', collection: 'peers', record: { id: 'ana', name: 'Ana' } }]);
    const copy = await readFile(path);
    await vault.apply([{ op: 'put', collection: 'peers', record: { id: 'ben', name: 'Ben' } }]);
    await vault.close();
    const v = await Vault.open(path, STRONG, { dataDir: dir });
    await v.apply([{ op: 'put', collection: 'peers', record: { id: 'cy', name: 'Cy' } }]);
    await v.close();
    await writeFile(path, copy);

    const app = (suite.app = await openApp({ shotPrefix: 'vault-rollback', dir }));
    const { page } = app;
    await unlock(page, STRONG);
    const banner = page.getByTestId('vault-warnings');
    await banner.waitFor();
    expect(await banner.innerText()).toContain(
      '2 saved changes are missing from the vault file: the file is an older copy of the vault than the newest one saved on this computer.',
    );
    expect(await page.getByTestId('loss-backup').innerText()).toMatch(/^The backup from .+ holds them: restoring it brings them back\.$/);
    await app.shot('offered');
    await page.getByTestId('restore-loss-backup').click();
    await page.getByTestId('restore-passphrase').fill(STRONG);
    await page.getByTestId('holds-missing').waitFor();
    await app.shot('restore');
    await page.getByTestId('confirm-restore').click();
    await expect.poll(() => banner.count()).toBe(0);
    expect(
      app.session
        .requireVault()
        .data.peers.map((p) => p.id)
        .sort(),
    ).toEqual(['ana', 'ben', 'cy']);
    await finish(dir);
  });

  test('opening it with the recovery code asks first, since a new passphrase writes the vault afresh', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'compeer-ui-'));
    const { path, bytes, records, recoveryCode } = await changesAfterWholeSave(dir, ['Ana', 'Ben']);
    await writeFile(path, bytes.subarray(0, records[0]!.end));
    const app = (suite.app = await openApp({ shotPrefix: 'vault-loss-recovery', dir }));
    const { page } = app;
    await page.getByTestId('use-recovery').click();
    await page.getByTestId('recovery-input').fill(recoveryCode);
    await page.getByTestId('new-passphrase').fill(STRONG_2);
    await page.getByTestId('confirm-passphrase').fill(STRONG_2);
    await expect.poll(() => page.getByTestId('recover').isEnabled()).toBe(true);
    await page.getByTestId('recover').click();
    const asked = page.getByTestId('recovery-loss');
    await asked.waitFor();
    expect(await asked.innerText()).toContain('1 saved change is missing from the vault file: the file was cut short.');
    expect((await readFile(path)).equals(bytes.subarray(0, records[0]!.end))).toBe(true);
    await app.shot('asked');
    await page.getByTestId('recover-accept-loss').click();
    await page.getByTestId('recovery-code').waitFor();
    await finish(dir);
  });
});
