import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openApp, type AppUnderTest } from './harness';
import { confirmCode, createVault, browserSuite, settled } from './helpers';

const suite = browserSuite();
let app: AppUnderTest | null = null;

const FIXTURES = join(__dirname, '../fixtures');

async function freshVault(prefix: string) {
  app = suite.app = await openApp({ shotPrefix: prefix });
  await createVault(app);
  await confirmCode(app.page);
  await app.page.getByTestId('nav-peers').click();
  return app;
}

describe('peers', () => {
  test('add with validation, edit, reveal confidential notes, delete and undo', async () => {
    const { page, shot } = await freshVault('peers-crud');
    await page.getByText('Map your peer network').waitFor();
    await shot('empty');
    await page.getByTestId('add-peer').click();
    await page.getByTestId('save-peer').click();
    await page.getByText('A peer needs a name.').waitFor();
    // the first field with a problem takes the focus; the ratings say what they rate
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('peer-name');
    await page.getByRole('radio', { name: 'Generous spirit: 3 of 5' }).waitFor({ state: 'attached' });
    await page.getByTestId('peer-name').fill('Ana Silva');
    await page.getByTestId('peer-role').fill('Senior Engineer');
    await page.getByTestId('peer-company').fill('Acme');
    await page.getByRole('dialog').getByText('Cohort', { exact: true }).click();
    await page.getByTestId('peer-notes').fill('Negotiating a raise to 142k');
    await page.getByLabel('LinkedIn').fill('linkedin.com/in/ana');
    await page.getByTestId('save-peer').click();
    await page.getByText('Paste the whole address, starting with https://').waitFor();
    await shot('form-errors');
    await page.getByLabel('LinkedIn').fill('https://www.linkedin.com/in/ana');
    await page.getByTestId('save-peer').click();
    await page.getByTestId('peer-drawer').getByText('Senior Engineer at Acme').waitFor();
    // confidential by default: hidden until revealed
    expect(await page.getByText('Negotiating a raise').count()).toBe(0);
    // the page opens on their story; notes are on the profile
    await page.getByTestId('peer-tab-profile').click();
    expect(await page.getByText('Negotiating a raise').count()).toBe(0);
    await page.getByTestId('reveal-notes').click();
    await page.getByTestId('notes-text').getByText('Negotiating a raise to 142k').waitFor();
    await shot('peer-page');
    await page.getByTestId('edit-peer').click();
    await page.getByTestId('peer-role').fill('Staff Engineer');
    await page.getByTestId('save-peer').click();
    // said under the name and on the profile
    await page.getByTestId('peer-who').getByText('Staff Engineer at Acme').waitFor();
    // a second peer with the same name and company is refused
    await page.keyboard.press('Escape');
    await page.getByTestId('add-peer').click();
    await page.getByTestId('peer-name').fill('Ana Silva');
    await page.getByTestId('peer-company').fill('Acme');
    await page.getByTestId('save-peer').click();
    await page.getByText('You already have Ana Silva at Acme as a peer.').waitFor();
    // typed data is not thrown away without asking
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('keep-editing').click();
    expect(await page.getByTestId('peer-name').inputValue()).toBe('Ana Silva');
    await page.keyboard.press('Escape');
    await page.getByTestId('discard-changes').click();
    await page.getByTestId('peer-name').waitFor({ state: 'detached' });
    // delete asks, then can be undone
    await page.getByTestId('peer-row').first().click();
    await page.getByTestId('delete-peer').click();
    await shot('confirm-delete');
    await page.getByTestId('confirm-delete').click();
    await page.getByText('Deleted Ana Silva.').waitFor();
    expect(await page.getByTestId('peer-row').count()).toBe(0);
    await page.getByTestId('undo-delete').click();
    await page.getByTestId('peer-row').first().waitFor();
    expect(await page.getByTestId('peer-row').count()).toBe(1);
    const saved = app!.session.requireVault().data.peers;
    expect(saved.map((p) => [p.name, p.role, p.notes])).toEqual([['Ana Silva', 'Staff Engineer', 'Negotiating a raise to 142k']]);
  });

  test('import LinkedIn with a preview, then Apple contacts merge into the same peer; search, filter, bulk tag and archive', async () => {
    const { page, shot } = await freshVault('peers-import');
    await page.getByTestId('open-import').click();
    await page.locator('input[type=file]').setInputFiles(join(FIXTURES, 'linkedin-Connections.csv'));
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-counts').innerText()).toMatch(/3\s*to add/);
    await shot('preview-linkedin');
    await page.getByTestId('confirm-import').click();
    await page.getByTestId('peer-row').nth(2).waitFor();
    expect(await page.getByTestId('peer-row').count()).toBe(3);
    await page.getByTestId('open-import').click();
    await page.locator('input[type=file]').setInputFiles(join(FIXTURES, 'apple.vcf'));
    await page.getByTestId('import-preview').getByText('Same person as Ana Silva (by LinkedIn profile)').waitFor();
    await shot('preview-apple-merge');
    await page.getByTestId('confirm-import').click();
    await page.getByText(/Imported: 0 added, 1 updated/).waitFor();
    expect(await page.getByTestId('peer-row').count()).toBe(3);
    // a file Compeer cannot read is refused with a message, nothing changes
    await page.getByTestId('open-import').click();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'broken.vcf', mimeType: 'text/vcard', buffer: Buffer.from('BEGIN:VCARD\nFN:Half\n') });
    await page
      .getByTestId('import-error')
      .getByText(/never ends/)
      .waitFor();
    await shot('import-error');
    await page.keyboard.press('Escape');
    // search and filter
    await page.getByTestId('peer-search').fill('initech');
    await page.getByText('1 of 3').waitFor();
    await page.getByTestId('peer-search').fill('');
    // bulk: tag two, archive one
    await page.getByLabel('Select Ana Silva').check();
    await page.getByLabel('Select Chen Wei').check();
    await page.getByTestId('bulk-tag').fill('mentor-circle');
    await page.getByTestId('bulk-add-tag').click();
    await page.getByText('2 peers updated.').waitFor();
    // the filters sit behind one button that counts them
    await page.getByTestId('open-filters').click();
    await page.getByTestId('filter-tag').click();
    await page.getByRole('option', { name: 'mentor-circle' }).click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByText('2 of 3').waitFor();
    expect(await page.getByTestId('open-filters').innerText()).toMatch(/Filters\s*1/);
    await shot('filtered');
    // a search on top of the filter, as typing pauses; the clear button gives the list back
    await page.getByTestId('peer-search').fill('chen');
    await page.getByText('1 of 3').waitFor();
    await page.emulateMedia({ colorScheme: 'dark' });
    await settled(page);
    await shot('searched-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByLabel('Clear search').click();
    await page.getByText('2 of 3').waitFor();
    expect(await page.getByTestId('peer-search').inputValue()).toBe('');
    await page.getByLabel('Select Chen Wei').check();
    await page.getByTestId('bulk-archive').click();
    await page.getByText('1 peer updated.').waitFor();
    const peers = app!.session.requireVault().data.peers;
    expect(peers.find((p) => p.name === 'Chen Wei')).toMatchObject({ status: 'archived', tags: ['mentor-circle'] });
    expect(peers.find((p) => p.name === 'Ana Silva')!.contacts.emails).toEqual(['ana@acme.example']);
  });

  test('import what real files hold: a bad card is a warning in the preview and the rest imports; UTF-16 and Windows-1252 files read right', async () => {
    const { page, shot } = await freshVault('peers-import-warnings');
    await page.getByTestId('open-import').click();
    // the bytes cross the bridge as they are (a Uint8Array); main decodes them
    await page.locator('input[type=file]').setInputFiles(join(FIXTURES, 'phone-2.1-hard-cards.vcf'));
    const warnings = page.getByTestId('import-warnings');
    await warnings.waitFor();
    expect(await page.getByTestId('import-counts').innerText()).toMatch(/4\s*to add/);
    expect(await warnings.innerText()).toMatch(/1 contact left out, 1 detail left out or cut to fit/);
    await warnings.getByText('The card that begins on line 45 never ends (no END:VCARD), so it was left out.').waitFor();
    await warnings.getByText(/Line 29: a card embedded in the card from line 22 \(AGENT\) was left out/).waitFor();
    await settled(page);
    await shot('preview-warnings-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await settled(page);
    await shot('preview-warnings-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByTestId('confirm-import').click();
    await page.getByText(/Imported: 4 added, 0 updated/).waitFor();
    // an Outlook export in UTF-16 LE: named in the preview, names read right
    await page.getByTestId('open-import').click();
    await page.locator('input[type=file]').setInputFiles(join(FIXTURES, 'outlook-utf16le.csv'));
    expect(await page.getByTestId('import-encoding').textContent()).toBe('UTF-16 LE');
    await page.getByTestId('import-preview').getByText('Same person as Søren Kierkegaard (by email)').waitFor();
    await settled(page);
    await shot('preview-utf16');
    await page.getByTestId('confirm-import').click();
    await page.getByText(/Imported: 1 added, 1 updated/).waitFor();
    // Excel's Windows-1252 CSV: José, not Jos\uFFFD
    await page.getByTestId('open-import').click();
    await page.locator('input[type=file]').setInputFiles(join(FIXTURES, 'google-windows-1252.csv'));
    await page.getByTestId('import-preview').getByText('José Núñez').waitFor();
    expect(await page.getByTestId('import-encoding').textContent()).toBe('Windows-1252');
    await page.getByTestId('confirm-import').click();
    await page.getByText(/Imported: 2 added, 0 updated/).waitFor();
    const peers = app!.session.requireVault().data.peers;
    expect(peers.map((p) => p.name).sort()).toEqual([
      'Ana Silva',
      'Ben Okafor',
      'Fang Wang',
      'José Núñez',
      'Lars Nilsson',
      'Søren Kierkegaard',
      'Zoë Müller',
    ]);
    expect(peers.find((p) => p.name === 'Søren Kierkegaard')!.notes).toContain('Café meeting — München');
  });

  test('a large file: the first 500 rows are drawn, a filter finds the others, progress shows while it saves, and every contact arrives', async () => {
    const { page, shot } = await freshVault('peers-import-large');
    const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
    for (let i = 0; i < 12_000; i++)
      lines.push(
        `Name${i},Surname${i},https://www.linkedin.com/in/person-${i},p${i}@example.org,Company ${i % 300},Engineer,0${1 + (i % 9)} Feb 2024`,
      );
    await page.getByTestId('open-import').click();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-counts').innerText()).toMatch(/12000\s*to add/);
    expect(await page.getByTestId('import-row-check').count()).toBe(500);
    expect(await page.getByTestId('import-rows-drawn').innerText()).toBe(
      'Showing the first 500 of 12,000 contacts; type a name or company above to find the others. Select all and none apply to all 12,000.',
    );
    await page.getByTestId('import-filter').fill('Surname11999');
    await page.getByTestId('import-preview').getByText('Name11999 Surname11999').waitFor();
    await page.getByTestId('import-rows-drawn').waitFor({ state: 'detached' });
    await page.getByTestId('import-filter').fill('');
    await settled(page);
    await shot('preview-large-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await settled(page);
    await shot('preview-large-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    // whether the progress line was ever drawn while the import saved its three steps
    await page.evaluate(() => {
      const seen = { progress: '' };
      (window as unknown as { __progress: typeof seen }).__progress = seen;
      new MutationObserver(() => {
        const el = document.querySelector('[data-testid="import-progress"]');
        if (el) seen.progress = el.textContent ?? '';
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.getByTestId('confirm-import').click();
    await page.getByText(/Imported: 12,000 added, 0 updated/).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __progress: { progress: string } }).__progress.progress)).toMatch(
      /^Saving: [\d,]+ of 12,000 changes…$/,
    );
    expect(app!.session.requireVault().data.peers).toHaveLength(12_000);
  });

  test('ties: add one from a peer page, see it from the other side; introduce two peers', async () => {
    const { page, shot } = await freshVault('peers-ties');
    await page.getByTestId('open-import').click();
    await page.locator('input[type=file]').setInputFiles(join(FIXTURES, 'linkedin-Connections.csv'));
    await page.getByTestId('confirm-import').click();
    await page.getByTestId('peer-row').nth(2).waitFor();
    await page.getByTestId('peer-row').filter({ hasText: 'Ana Silva' }).click();
    await page.getByTestId('peer-tab-profile').click();
    await page.getByTestId('tie-peer').click();
    await page.getByRole('option', { name: 'Lars Nilsson' }).click();
    await page.getByTestId('add-tie').click();
    await page.getByTestId('ties').getByText('Lars Nilsson').waitFor();
    await page.getByTestId('ties').getByText('Lars Nilsson').click();
    // another peer's page opens on their story: their ties are on the profile
    await page.getByTestId('peer-drawer').getByRole('heading', { name: 'Lars Nilsson' }).first().waitFor();
    await page.getByTestId('peer-tab-profile').click();
    await page.getByTestId('ties').getByText('Ana Silva').waitFor();
    // edit the tie from the other peer's page
    await page.getByTestId('edit-tie').click();
    await page.getByTestId('ties').getByPlaceholder('Note').fill('met at DevEx summit');
    await page.getByTestId('add-tie').click();
    await page
      .getByTestId('ties')
      .getByText(/met at DevEx summit/)
      .waitFor();
    await shot('tie-from-other-side');
    // removing a tie can be undone, note and all
    await page.getByTestId('remove-tie').click();
    await page.getByText('Removed the tie with Ana Silva.').waitFor();
    await page
      .getByTestId('ties')
      .getByText(/met at DevEx summit/)
      .waitFor({ state: 'detached' });
    expect(app!.session.requireVault().data.ties).toHaveLength(0);
    await page.getByTestId('undo-tie-removal').click();
    await page
      .getByTestId('ties')
      .getByText(/met at DevEx summit/)
      .waitFor();
    expect(app!.session.requireVault().data.ties.map((t) => t.note)).toEqual(['met at DevEx summit']);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Introduce…' }).first().click();
    await page.getByTestId('intro-a').click();
    await page.getByRole('option', { name: /Chen Wei/ }).click();
    await page.getByTestId('intro-b').click();
    await page.getByRole('option', { name: /Lars Nilsson/ }).click();
    await page.getByLabel('Why they should meet').fill('Both moving into developer experience');
    await page.getByTestId('intro-save').click();
    await page.getByText('Introduction recorded.').waitFor();
    const ties = app!.session.requireVault().data.ties;
    expect(ties.map((t) => t.kind).sort()).toEqual(['introduced', 'know-each-other']);
    expect(ties.find((t) => t.kind === 'introduced')!.note).toBe('Both moving into developer experience');
  });
});

describe('sample data and the network map', () => {
  test('sample data opens a separate, marked vault; the map lays out, filters, finds a peer and opens it; leaving keeps the own vault', async () => {
    app = suite.app = await openApp({ shotPrefix: 'map' });
    const { page, shot } = app;
    await page.getByTestId('try-sample').click();
    await page.getByTestId('sample-badge').waitFor();
    expect(app.session.isSample).toBe(true);
    await page.getByTestId('nav-network').click();
    await page.getByTestId('network-canvas').waitFor();
    await page.getByTestId('map-report').waitFor();
    await page
      .getByText('40 of 40 peers', { exact: false })
      .or(page.getByText(/39 of 40 peers/))
      .waitFor();
    await shot('map');
    const countText = await page.getByTestId('map-count').innerText();
    expect(countText).toMatch(/39 of 40 peers/); // the archived peer is hidden by default
    // layout positions are kept in the vault
    await expect.poll(() => Object.keys(app!.session.requireVault().data.map.positions).length).toBe(40);
    await page.getByTestId('map-open-filters').click();
    await page.getByTestId('map-filter-type').click();
    await page.getByRole('option', { name: 'Cohort' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('map-open-filters').innerText()).toMatch(/Filters\s*1/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('map-count').innerText()).not.toMatch(/^39 of 40/);
    const filtered = Number(/(\d+) of 40/.exec(await page.getByTestId('map-count').innerText())![1]);
    expect(filtered).toBeLessThan(39);
    await shot('map-filtered');
    // find a peer: the map centres on it; clicking it opens the peer
    await page.getByTestId('map-search').click();
    await page.getByRole('option', { name: 'Ivan Petrov' }).click();
    const box = (await page.getByTestId('network-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByTestId('map-hover').getByText('Ivan Petrov').waitFor();
    await shot('map-hover');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByTestId('peer-drawer').getByText('Backend Engineer at Stark Analytics').waitFor();
    await shot('map-click-through');
    await page.locator('.mantine-Drawer-close').click();
    await page.getByTestId('peer-drawer').waitFor({ state: 'hidden' });
    await page.getByTestId('leave-sample').click();
    await page.getByText('Create your vault').waitFor();
    expect(app.session.isSample).toBe(false);
  });
});
