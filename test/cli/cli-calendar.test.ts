import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { EXIT } from '../../electron/cli/run';
import { Vault } from '../../electron/core/vault';
import { cliAt } from '../helpers/cli';
import { TEST_KDF, useTempDirs } from '../helpers/temp-dir';
import { PASS, peer } from '../helpers/vaults';

const temp = useTempDirs();
const fixtures = join(__dirname, '../fixtures');

const cli = cliAt('2026-11-27T12:00:00Z');

/** A vault whose peers have the addresses the calendar fixtures use, in Lisbon. */
async function calendarVault() {
  const path = join(await temp(), 'v.compeer');
  const { vault } = await Vault.create(path, PASS, { kdf: TEST_KDF });
  const emails = (...e: string[]) => ({ contacts: { emails: e, phones: [], linkedin: '', website: '' } });
  await vault.apply([
    peer('ana', 'Ana Silva', emails('ana@work.io', 'ana.silva@gmail.com')),
    peer('bruno', 'Bruno Costa', emails('bruno@costa.org')),
    peer('chen', 'Chen Wei', emails('chen@wei.dev')),
    { op: 'set', key: 'me', value: { ...vault.data.me, timeZone: 'Europe/Lisbon' } },
  ]);
  await vault.close();
  return path;
}

describe('compeer import of a calendar', () => {
  test('prints the counts; a second import adds nothing; the interactions are in the export', async () => {
    const path = await calendarVault();
    const ics = join(fixtures, 'calendar', 'google.ics');
    const r = await cli(['import', path, ics, '--me', 'me@home.io']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe(
      [
        'Read 8 events (Calendar (iCalendar .ics)).',
        'Added: 7 interactions',
        'Updated: 0 (moved in the calendar)',
        'Skipped: 4',
        '  you declined it: 1',
        '  cancelled: 1',
        '  an all-day event: 1',
        '  none of your peers is in it: 1',
        '',
      ].join('\n'),
    );
    // a private meeting's title is never printed
    expect(r.out + r.err).not.toMatch(/health/);
    const again = await cli(['import', path, ics, '--me', 'me@home.io']);
    expect(again.out).toMatch(/^Added: 0 interactions$/m);
    expect(again.out).toMatch(/^ {2}already imported: 7$/m);
    const out = join(await temp(), 'export.json');
    expect((await cli(['export', path, '--out', out])).code).toBe(EXIT.ok);
    const exported = JSON.parse(await readFile(out, 'utf8')) as { interactions: Record<string, unknown>[] };
    expect(exported.interactions).toHaveLength(7);
    const circle = exported.interactions.find((i) => i.importKey === 'ical:group-1@google.com')!;
    expect(circle).toMatchObject({
      date: '2026-04-02',
      peerIds: ['bruno', 'ana'],
      channel: 'group-meeting',
      initiatedBy: 'them',
      purpose: 'other',
      summary: 'Peer circle',
      durationMinutes: 90,
      confidential: false,
      exchanges: [],
      followUps: [],
    });
    // the private one is redacted like any confidential interaction
    expect(exported.interactions.find((i) => i.importKey === 'ical:private-1@google.com')).toMatchObject({ confidential: true });
    expect(JSON.stringify(exported)).not.toMatch(/health/);
  });

  test('--since and --until choose the days; --me is repeatable; a bad date is a usage error', async () => {
    const path = await calendarVault();
    const ics = join(fixtures, 'calendar', 'google.ics');
    const r = await cli(['import', path, ics, '--since', '2026-04-01', '--until', '2026-04-30', '--me', 'x@y.z', '--me', 'me@home.io']);
    expect(r.out).toMatch(/^Added: 4 interactions$/m);
    expect(r.out).toMatch(/^Outside the dates: \d+$/m);
    const bad = await cli(['import', path, ics, '--since', '2026-13-01']);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toMatch(/--since takes a date written YYYY-MM-DD/);
    const vcard = await cli(['import', path, join(fixtures, 'apple.vcf'), '--me', 'me@home.io']);
    expect(vcard.code).toBe(EXIT.usage);
  });

  test('a hostile calendar is refused before the vault is touched', async () => {
    const path = await calendarVault();
    const before = await readFile(path);
    const file = join(await temp(), 'deep.ics');
    await writeFile(file, 'BEGIN:VCALENDAR\r\n' + 'BEGIN:VEVENT\r\n'.repeat(50) + 'END:VEVENT\r\n'.repeat(50) + 'END:VCALENDAR\r\n');
    const r = await cli(['import', path, file]);
    expect(r.code).toBe(EXIT.damaged);
    expect(r.err).toMatch(/opens a block inside 6 others; .* Nothing was imported\./);
    expect(await readFile(path)).toEqual(before);
  });
});

describe('compeer import of a Day One export', () => {
  test('entries become confidential journal entries, once', async () => {
    const path = await calendarVault();
    const zip = join(await temp(), 'Export.zip');
    await writeFile(zip, zipSync({ 'Journal.json': await readFile(join(fixtures, 'dayone', 'Journal.json')) }));
    const r = await cli(['import', path, zip]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe('Read 2 entries (Day One (JSON)).\nAdded: 2 journal entries\nSkipped: 0\nLeft out: 1 (see the messages)\n');
    expect(r.err).toMatch(/Entry 3 of Journal: no text \(only 1 photo\); left out\./);
    expect(r.err).toMatch(/1 entry had photos, audio or other files; only their text was imported\./);
    const again = await cli(['import', path, join(fixtures, 'dayone', 'Journal.json')]);
    expect(again.out).toMatch(/^Added: 0 journal entries$/m);
    const v = await Vault.open(path, PASS, { readOnly: true });
    expect(v.data.journal.map((e) => [e.date, e.confidential])).toEqual([
      ['2026-03-02', true],
      ['2026-03-01', true],
    ]);
    await v.close();
  });
});
