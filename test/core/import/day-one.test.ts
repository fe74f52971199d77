import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { DAY_ONE_MAX_ENTRIES } from '../../../electron/core/import/day-one';
import { openEntriesFile, planEntriesFile, type EntriesFile } from '../../../electron/core/import/entries-file';
import { applyOps } from '../../../electron/core/vault/ops';
import { emptyDocument, type JournalEntry, type VaultDocument } from '../../../shared/schema/document';

const NOW = '2026-11-27T12:00:00.000Z';
const journalJson = readFileSync(join(__dirname, '../../fixtures/dayone/Journal.json'));
const WINDOW = { since: null, until: null, zone: 'Europe/Lisbon' };

const open = (bytes: Uint8Array, name = 'Journal.json'): EntriesFile => {
  const f = openEntriesFile(bytes, name, WINDOW);
  if (!f) throw new Error('not read as Day One');
  return f;
};
function plan(doc: VaultDocument, file: EntriesFile) {
  let n = 0;
  return planEntriesFile(file, doc, { now: NOW, newId: () => `d${++n}${Math.random().toString(36).slice(2, 8)}`, zone: 'Europe/Lisbon' });
}
const entriesOf = (p: ReturnType<typeof plan>) =>
  [...p.opSteps(new Set())].flat().map((o) => (o.op === 'put' ? (o.record as unknown as JournalEntry) : null)!);

/** Day One's .zip: its journal and the photos beside it. */
const dayOneZip = (json: Uint8Array = journalJson) =>
  zipSync({ 'Journal.json': json, 'photos/d41d8cd98f00b204e9800998ecf8427e.jpeg': new Uint8Array(2048).fill(7) });

describe('a Day One export', () => {
  test('each entry becomes a confidential journal entry dated in its own zone, with its tags, starred as a tag', () => {
    const file = open(journalJson);
    const p = plan(emptyDocument(), file);
    const [dinner, evening] = entriesOf(p);
    // 23:30 UTC on 1 March is the next morning in Tokyo; 06:15 UTC on 2 March is the evening before in Los Angeles
    expect(dinner).toMatchObject({
      date: '2026-03-02',
      title: 'Dinner with Ana',
      tags: ['friends', 'Lisbon', 'starred'],
      confidential: true,
      kind: 'free',
    });
    expect(dinner!.importKey).toBe('dayone:3F1E2D3C4B5A69788796A5B4C3D2E1F0');
    // the places photos and recordings sat are taken out; the Markdown stays
    expect(dinner!.body).toBe(
      '# Dinner with Ana\n\nWe talked about her move to Lisbon\\. She asked me to introduce her to Bruno\\.\n\n- follow up next week',
    );
    expect(evening).toMatchObject({ date: '2026-03-01', tags: ['friends', 'reading'], confidential: true });
    // photos and audio are named as left out; an entry with only a photo is left out, by its place
    expect(p.rows[0]!.leftOut).toBe('2 photos, 1 audio recording');
    expect(file.log.kept.map((w) => w.message)).toEqual(['Entry 3 of Journal: no text (only 1 photo); left out.']);
  });

  test('the .zip Day One makes reads the same, its photos never inflated', () => {
    const p = plan(emptyDocument(), open(dayOneZip(), 'Export.zip'));
    expect(entriesOf(p).map((e) => e.date)).toEqual(['2026-03-02', '2026-03-01']);
  });

  test('a second import adds nothing twice (by uuid)', () => {
    const doc = emptyDocument();
    applyOps(doc, [...plan(doc, open(journalJson)).opSteps(new Set())].flat());
    expect(doc.journal).toHaveLength(2);
    const again = plan(doc, open(dayOneZip(), 'Export.zip'));
    expect(again.counts).toEqual({ add: 0, update: 0, skip: 2 });
    expect([...again.opSteps(new Set())]).toEqual([]);
  });

  test('hostile and wrong files: a plain message, nothing imported', () => {
    expect(() => open(new TextEncoder().encode('{"metadata":{"version":"1.0"},"entries":[{"uuid":"x",'))).toThrow(
      /^Journal\.json is not valid JSON \(.*\)\. Nothing was imported\.$/,
    );
    expect(() => open(zipSync({ 'notes.txt': strToU8('hello') }), 'other.zip')).toThrow(
      /^other\.zip has no journal in it .* Nothing was imported\.$/,
    );
    expect(() => open(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'broken.zip')).toThrow(
      /^broken\.zip is not a zip file Compeer can open .* Nothing was imported\.$/,
    );
    const tooMany = JSON.stringify({
      metadata: {},
      entries: Array.from({ length: DAY_ONE_MAX_ENTRIES + 1 }, (_, i) => ({ uuid: `u${i}`, creationDate: NOW, text: 'x' })),
    });
    expect(() => open(new TextEncoder().encode(tooMany))).toThrow(
      /^Journal has 100,001 entries; Compeer imports up to 100,000 at a time\. .* Nothing was imported\.$/,
    );
    // a bad entry is left out by its place; control characters are taken out of the text
    const mixed = JSON.stringify({
      metadata: {},
      entries: [
        { text: 'no uuid', creationDate: NOW },
        { uuid: 'ok', creationDate: NOW, text: 'bell\u0007 here', tags: ['t\u0000ag'] },
        'junk',
      ],
    });
    const file = open(new TextEncoder().encode(mixed));
    if (file.format !== 'day-one') throw new Error('day one');
    expect(file.entries).toMatchObject([{ uuid: 'ok', text: 'bell  here', tags: ['t ag'] }]);
    expect(file.log.kept.map((w) => w.message)).toEqual([
      'Entry 1 of Journal: no uuid; left out.',
      'Entry 3 of Journal: not an entry; left out.',
    ]);
  });

  test('a journal nested a million deep is read in one pass: the nest is not an entry, the entry beside it imports', () => {
    const deep = `{"metadata":{},"entries":[${'['.repeat(1_000_000)}${']'.repeat(1_000_000)},{"uuid":"a","creationDate":"${NOW}","text":"ok","tags":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}]}`;
    const file = open(new TextEncoder().encode(deep));
    if (file.format !== 'day-one') throw new Error('day one');
    expect(file.entries).toMatchObject([{ uuid: 'a', text: 'ok', tags: [] }]);
    expect(file.log.kept.map((w) => w.message)).toEqual(['Entry 1 of Journal: not an entry; left out.']);
  });

  test('a Compeer export or a contacts file is not taken for a journal', () => {
    expect(
      openEntriesFile(new TextEncoder().encode('{"format":"compeer-export","version":1,"journal":[],"entries":[]}'), 'x.json', WINDOW),
    ).toBeNull();
    expect(openEntriesFile(new TextEncoder().encode('BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n'), 'x.vcf', WINDOW)).toBeNull();
  });
});
