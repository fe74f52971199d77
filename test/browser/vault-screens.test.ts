import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { openApp, type AppUnderTest } from './harness';
import { STRONG, STRONG_2, STRONG_3, confirmCode, createVault, setIdleMinutes, unlock, browserSuite } from './helpers';

const suite = browserSuite();
let app: AppUnderTest | null = null;

describe('vault screens', () => {
  test('create a vault: a weak passphrase is refused, the recovery code is shown once and must be confirmed', async () => {
    app = suite.app = await openApp({ shotPrefix: 'create' });
    const { page } = app;
    await page.getByText('Create your vault').waitFor();
    await app.shot('empty');
    await page.getByTestId('new-passphrase').fill('password1');
    await page.getByTestId('confirm-passphrase').fill('password1');
    await expect.poll(() => page.getByTestId('strength-label').innerText()).toMatch(/weak/i);
    expect(await page.getByTestId('create-vault').isDisabled()).toBe(true);
    await app.shot('weak');
    const code = await createVault(app);
    expect(code).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await app.shot('recovery-code');
    expect(await page.getByTestId('continue').isDisabled()).toBe(true);
    await confirmCode(page);
    await app.shot('today');
    expect(await app.session.state()).toMatchObject({ status: 'unlocked' });
  });

  test('lock, fail with a wrong passphrase, unlock; the lock shortcut and the command palette work', async () => {
    app = suite.app = await openApp({ shotPrefix: 'unlock' });
    const { page } = app;
    await createVault(app);
    await confirmCode(page);
    await page.getByTestId('lock').click();
    await page.getByText('Unlock your vault').waitFor();
    expect(app.session.unlocked).toBe(false);
    await app.shot('locked');
    await unlock(page, 'not my passphrase');
    await page.getByText('That passphrase does not open this vault').waitFor();
    await app.shot('wrong-passphrase');
    await unlock(page, STRONG);
    await page.getByTestId('nav-today').waitFor();
    // keyboard shortcut
    await page.keyboard.press('Control+L');
    await page.getByText('Unlock your vault').waitFor();
    await unlock(page, STRONG);
    await page.getByTestId('nav-settings').waitFor();
    // command palette: go to Settings, then Lock
    await page.keyboard.press('Control+K');
    await page.getByTestId('palette-input').fill('sett');
    await app.shot('spotlight');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    // the palette animates closed; open it again only once it is gone
    await page.getByTestId('palette-input').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+K');
    await page.getByTestId('palette-input').waitFor();
    // reopened, it starts afresh, even while it is still closing: what is typed is not added to the last query
    await page.getByTestId('palette-input').fill('ana');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+K');
    await page.getByTestId('palette-input').waitFor();
    await expect.poll(() => page.getByTestId('palette-input').inputValue()).toBe('');
    await page.keyboard.type('lumen');
    expect(await page.getByTestId('palette-input').inputValue()).toBe('lumen');
    await page.getByTestId('palette-input').fill('lock vault');
    await page.keyboard.press('Enter');
    await page.getByText('Unlock your vault').waitFor();
  });

  test('change the passphrase in Settings: a new recovery code, the old passphrase fails', async () => {
    app = suite.app = await openApp({ shotPrefix: 'passwd' });
    const { page } = app;
    await createVault(app);
    await confirmCode(page);
    await page.getByTestId('nav-settings').click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await app.shot('settings');
    await page.getByTestId('current-passphrase').fill('wrong one');
    await page.getByTestId('new-passphrase').fill(STRONG_2);
    await page.getByTestId('confirm-passphrase').fill(STRONG_2);
    await expect.poll(() => page.getByTestId('change-passphrase').isEnabled()).toBe(true);
    await page.getByTestId('change-passphrase').click();
    await page.getByText('That is not the current passphrase.').waitFor();
    await page.getByTestId('current-passphrase').fill(STRONG);
    await page.getByTestId('change-passphrase').click();
    await page.getByTestId('new-recovery-code').waitFor();
    await app.shot('new-code');
    await page.getByTestId('saved-new-code').check();
    await page.getByTestId('close-new-code').click();
    await page.getByTestId('lock').click();
    await unlock(page, STRONG);
    await page.getByText('That passphrase does not open this vault').waitFor();
    await unlock(page, STRONG_2);
    await page.getByTestId('nav-today').waitFor();
  });

  test('unlock with the recovery code: a new passphrase is required and a new code issued', async () => {
    app = suite.app = await openApp({ shotPrefix: 'recovery' });
    const { page } = app;
    const code = await createVault(app);
    await confirmCode(page);
    await page.getByTestId('lock').click();
    await page.getByTestId('use-recovery').click();
    await page.getByTestId('recovery-input').fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
    await page.getByTestId('new-passphrase').fill(STRONG_3);
    await page.getByTestId('confirm-passphrase').fill(STRONG_3);
    await expect.poll(() => page.getByTestId('recover').isEnabled()).toBe(true);
    await page.getByTestId('recover').click();
    await page.getByTestId('recovery-error').waitFor();
    await app.shot('wrong-code');
    await page.getByTestId('recovery-input').fill(code.toLowerCase());
    await page.getByTestId('recover').click();
    await page.getByText('Your new recovery code').waitFor();
    const next = (await page.getByTestId('recovery-code').innerText()).replace(/\s+/g, '-');
    expect(next).not.toBe(code);
    await app.shot('new-code');
    await confirmCode(page);
    await page.getByTestId('lock').click();
    await unlock(page, STRONG_3);
    await page.getByTestId('nav-today').waitFor();
  });

  test('auto-lock after the idle minutes set in Settings clears the app', async () => {
    app = suite.app = await openApp({ shotPrefix: 'autolock', idleScale: 60 });
    const { page } = app;
    await createVault(app);
    await confirmCode(page);
    await setIdleMinutes(page, '1');
    // one idle "minute" is one second here
    await page.getByText('Locked after the idle time you set.').waitFor();
    expect(app.session.unlocked).toBe(false);
    expect(await page.getByTestId('nav-settings').count()).toBe(0);
    await app.shot('locked-idle');
  });

  test('restore a backup from Settings', async () => {
    app = suite.app = await openApp({ shotPrefix: 'restore' });
    const { page } = app;
    await createVault(app);
    await confirmCode(page);
    // each lock writes the vault afresh and keeps the file it replaces as a backup
    await setIdleMinutes(page, '20');
    await page.getByTestId('lock').click();
    await unlock(page, STRONG);
    await setIdleMinutes(page, '30');
    await page.getByTestId('lock').click();
    await unlock(page, STRONG);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('backups').waitFor();
    expect(await page.getByTestId('restore-backup').count()).toBe(2);
    expect(await page.getByText('Auto-lock after 30 idle minutes').count()).toBe(1);
    await app.shot('backups');
    // the older backup holds the 20-minute setting
    await page.getByTestId('restore-backup').last().click();
    await page.getByTestId('restore-passphrase').fill('wrong passphrase');
    await page.getByTestId('confirm-restore').click();
    await page.getByText('That is not your current passphrase').waitFor();
    await page.getByTestId('restore-passphrase').fill(STRONG);
    await app.shot('confirm-restore');
    await page.getByTestId('confirm-restore').click();
    await page.getByText('Auto-lock after 20 idle minutes').waitFor();
    await app.shot('restored');
    // the restore itself was backed up, so it can be undone
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('backups').waitFor();
    expect(await page.getByTestId('restore-backup').count()).toBe(3);
  });

  test('a damaged vault offers its newest readable backup', async () => {
    app = suite.app = await openApp({ shotPrefix: 'damaged' });
    const { page } = app;
    await createVault(app);
    await confirmCode(page);
    // a change, then lock: the vault is written afresh and the first file kept as a backup
    await setIdleMinutes(page, '20');
    await page.getByTestId('lock').click();
    await page.getByText('Unlock your vault').waitFor();
    const bytes = await readFile(app.vaultPath);
    bytes[bytes.length - 40]! ^= 0xff;
    await writeFile(app.vaultPath, bytes);
    await unlock(page, STRONG);
    await page.getByTestId('damaged').waitFor();
    await app.shot('damaged');
    await page.getByTestId('restore-newest').click();
    await page.getByTestId('nav-today').waitFor();
    expect(app.session.unlocked).toBe(true);
  });
});
