import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CALENDAR_MAX_EVENTS, readCalendar } from '../../../electron/core/import/calendar';
import { openEntriesFile, planEntriesFile, type EntriesFile } from '../../../electron/core/import/entries-file';
import { applyOps } from '../../../electron/core/vault/ops';
import { dayInZone, instantOfWallTime } from '../../../shared/domain/time-zones';
import { emptyDocument, peerSchema, type Interaction, type VaultDocument } from '../../../shared/schema/document';
import { deepCalendar, endlessCalendar, manyEventsCalendar } from '../../helpers/hostile-files';

const NOW = '2026-11-27T12:00:00.000Z';
const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/calendar', name));
const MINE = ['me@home.io', 'me@work.example', 'me@icloud.example'];

function vaultWithPeers(): VaultDocument {
  const doc = emptyDocument();
  const peer = (id: string, name: string, emails: string[]) =>
    peerSchema.parse({ id, name, contacts: { emails, phones: [], linkedin: '', website: '' }, createdAt: NOW, updatedAt: NOW });
  // Ana is matched by her second address in most files
  doc.peers = [
    peer('ana', 'Ana Silva', ['ana@work.io', 'Ana.Silva@Gmail.com']),
    peer('bruno', 'Bruno Costa', ['bruno@costa.org']),
    peer('chen', 'Chen Wei', ['mailto:chen@wei.dev']),
  ];
  return doc;
}

const open = (bytes: Uint8Array, zone = 'Europe/Lisbon', since: string | null = null, until = '2026-11-27'): EntriesFile => {
  const f = openEntriesFile(bytes, 'cal.ics', { since, until, zone });
  if (!f) throw new Error('not read as a calendar');
  return f;
};

function plan(doc: VaultDocument, file: EntriesFile, zone = 'Europe/Lisbon', mine = MINE) {
  let n = 0;
  return planEntriesFile(file, doc, { now: NOW, newId: () => `n${++n}-${Math.random().toString(36).slice(2, 8)}`, zone, mine });
}

const recordsOf = (p: ReturnType<typeof plan>) =>
  [...p.opSteps(new Set())].flat().map((o) => (o.op === 'put' ? (o.record as unknown as Interaction) : null)!);

function save(doc: VaultDocument, p: ReturnType<typeof plan>): VaultDocument {
  for (const step of p.opSteps(new Set())) applyOps(doc, step);
  return doc;
}

describe('time zones', () => {
  test('a wall-clock time in a zone, across summer time: skipped times move an hour on, repeated ones are the first', () => {
    const at = (y: number, mo: number, d: number, h: number, mi: number, zone: string) =>
      new Date(instantOfWallTime({ year: y, month: mo, day: d, hour: h, minute: mi, second: 0 }, zone)).toISOString();
    expect(at(2026, 3, 28, 10, 0, 'Europe/Lisbon')).toBe('2026-03-28T10:00:00.000Z');
    expect(at(2026, 3, 30, 10, 0, 'Europe/Lisbon')).toBe('2026-03-30T09:00:00.000Z');
    // 01:30 on 29 March does not happen in Lisbon: it is read as 02:30 summer time
    expect(at(2026, 3, 29, 1, 30, 'Europe/Lisbon')).toBe('2026-03-29T01:30:00.000Z');
    // 01:30 on 25 October happens twice: the first (summer time)
    expect(at(2026, 10, 25, 1, 30, 'Europe/Lisbon')).toBe('2026-10-25T00:30:00.000Z');
    expect(at(2026, 6, 1, 8, 0, 'Pacific/Auckland')).toBe('2026-05-31T20:00:00.000Z');
  });

  test('the day of a moment is the day where the person is, either side of the date line', () => {
    const t = Date.parse('2026-05-31T20:00:00Z');
    expect(dayInZone(t, 'Pacific/Auckland')).toBe('2026-06-01');
    expect(dayInZone(t, 'Pacific/Kiritimati')).toBe('2026-06-01');
    expect(dayInZone(t, 'Pacific/Pago_Pago')).toBe('2026-05-31');
    expect(dayInZone(t, 'America/Los_Angeles')).toBe('2026-05-31');
  });
});

describe('a Google Calendar export', () => {
  test('a weekly meeting across the change to summer time, with an exception and a moved occurrence', () => {
    const p = plan(vaultWithPeers(), open(fixture('google.ics')));
    const weekly = recordsOf(p).filter((r) => r.importKey!.startsWith('ical:7kukuqrfedlm2f9t0vr9fd4h0i@google.com@'));
    // 24 March is an EXDATE; 17 March was moved to 18 March at 11:00 for 45 minutes
    expect(weekly.map((r) => r.date)).toEqual(['2026-03-10', '2026-03-18', '2026-03-31', '2026-04-07', '2026-04-14']);
    expect(weekly.map((r) => r.durationMinutes)).toEqual([30, 45, 30, 30, 30]);
    // 10:00 in Lisbon is 10:00 UTC before 29 March and 09:00 after: the key names the planned moment
    expect(weekly.map((r) => r.importKey!.split('@google.com@')[1])).toEqual([
      '2026-03-10T10:00:00Z',
      '2026-03-17T10:00:00Z',
      '2026-03-31T09:00:00Z',
      '2026-04-07T09:00:00Z',
      '2026-04-14T09:00:00Z',
    ]);
    // a Google Meet link makes it a video call; Ana was matched by her second address, in any case
    expect(weekly.every((r) => r.channel === 'video' && r.peerIds.join() === 'ana' && r.initiatedBy === 'me')).toBe(true);
    expect(weekly[1]!.summary).toBe('Ana / me weekly (moved)');
  });

  test('declined, cancelled, all-day and peerless events are skipped and counted; a private one is confidential', () => {
    const p = plan(vaultWithPeers(), open(fixture('google.ics')));
    expect(p.counts).toEqual({ add: 7, update: 0, skip: 4 });
    expect(p.skips).toEqual({ declined: 1, cancelled: 1, 'all-day': 1, 'no-peer': 1 });
    const noPeer = p.rows.find((r) => r.skip === 'no-peer')!;
    expect(noPeer.addresses).toEqual(['dana@stranger.io']);
    const records = recordsOf(p);
    const circle = records.find((r) => r.importKey === 'ical:group-1@google.com')!;
    // Bruno organised it (written in capitals), Ana came: three people with me, the room is no one
    expect(circle).toMatchObject({
      channel: 'group-meeting',
      peerIds: ['bruno', 'ana'],
      initiatedBy: 'them',
      durationMinutes: 90,
      date: '2026-04-02',
    });
    const secret = records.find((r) => r.importKey === 'ical:private-1@google.com')!;
    expect(secret).toMatchObject({ confidential: true, summary: 'Chen - health worries', peerIds: ['chen'] });
    // the preview names it only as private
    expect(p.rows.find((r) => r.title.includes('health'))).toBeUndefined();
    expect(p.rows.some((r) => r.title === 'Private event' && r.action === 'add')).toBe(true);
  });

  test("the person's own addresses: Settings, --me, or the calendar's own name (Google names a primary calendar by its owner)", () => {
    // Google's file names its owner: a declined meeting is known without any address given
    expect(plan(vaultWithPeers(), open(fixture('google.ics')), 'Europe/Lisbon', []).skips.declined).toBe(1);
    const unnamed = new TextEncoder().encode(
      readFileSync(join(__dirname, '../../fixtures/calendar', 'google.ics'), 'utf8').replace('X-WR-CALNAME:me@home.io\r\n', ''),
    );
    expect(plan(vaultWithPeers(), open(unnamed), 'Europe/Lisbon', []).skips.declined).toBeUndefined();
    expect(plan(vaultWithPeers(), open(unnamed), 'Europe/Lisbon', ['me@home.io']).skips.declined).toBe(1);
    const doc = vaultWithPeers();
    doc.settings = { ...doc.settings, ownEmails: ['ME@home.io'] };
    expect(plan(doc, open(unnamed), 'Europe/Lisbon', []).skips.declined).toBe(1);
  });

  test('the window: only the chosen days, the rest counted as outside', () => {
    const file = open(fixture('google.ics'), 'Europe/Lisbon', '2026-03-15', '2026-03-31');
    if (file.format !== 'ics') throw new Error('calendar');
    const p = plan(vaultWithPeers(), file);
    expect(recordsOf(p).map((r) => r.date)).toEqual(['2026-03-18', '2026-03-31']);
    expect(file.calendar.outside).toBeGreaterThan(0);
  });

  test('re-importing adds nothing; a moved occurrence moves its interaction unless the person changed its date', () => {
    let doc = save(vaultWithPeers(), plan(vaultWithPeers(), open(fixture('google.ics'))));
    expect(doc.interactions).toHaveLength(7);
    const again = plan(doc, open(fixture('google.ics')));
    expect(again.counts).toEqual({ add: 0, update: 0, skip: 11 });
    expect(again.skips.imported).toBe(7);
    // a later export of the same calendar: the 31 March occurrence was moved to 2 April
    const moved = readFileSync(join(__dirname, '../../fixtures/calendar', 'google.ics'), 'utf8').replace(
      'END:VCALENDAR',
      [
        'BEGIN:VEVENT',
        'DTSTART;TZID=Europe/Lisbon:20260402T100000',
        'DTEND;TZID=Europe/Lisbon:20260402T103000',
        'RECURRENCE-ID;TZID=Europe/Lisbon:20260331T100000',
        'UID:7kukuqrfedlm2f9t0vr9fd4h0i@google.com',
        'ORGANIZER:mailto:me@home.io',
        'ATTENDEE;PARTSTAT=ACCEPTED:mailto:ana.silva@gmail.com',
        'SUMMARY:Ana / me weekly',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    const later = plan(doc, open(new TextEncoder().encode(moved)));
    expect(later.counts).toMatchObject({ add: 0, update: 1 });
    const before = doc.interactions.find((i) => i.importKey?.endsWith('2026-03-31T09:00:00Z'))!;
    doc = save(doc, later);
    expect(doc.interactions).toHaveLength(7);
    expect(doc.interactions.find((i) => i.id === before.id)!.date).toBe('2026-04-02');
    // the person puts it on another day themselves: a later export no longer moves it
    applyOps(doc, [
      { op: 'put', collection: 'interactions', record: { ...doc.interactions.find((i) => i.id === before.id)!, date: '2026-04-03' } },
    ]);
    const mine = plan(doc, open(new TextEncoder().encode(moved.replace('20260402T100000', '20260401T100000'))));
    expect(mine.counts).toMatchObject({ add: 0, update: 0 });
    expect(mine.skips.edited).toBe(1);
  });
});

describe('Outlook and Apple exports', () => {
  test('Outlook: a Windows zone described in the file, RDATE, EXDATE, an override, a Teams link, CLASS:CONFIDENTIAL', () => {
    const p = plan(vaultWithPeers(), open(fixture('outlook.ics')));
    const records = recordsOf(p);
    const sync = records.filter((r) => r.summary === 'Platform sync');
    // COUNT=6 from 5 March on Thursdays, 19 March excluded, 26 March moved to Friday 27, 10 April added
    expect(sync.map((r) => r.date)).toEqual(['2026-03-05', '2026-03-12', '2026-03-27', '2026-04-02', '2026-04-09', '2026-04-10']);
    // 09:00 London is 09:00 UTC in March, 08:00 in April
    expect(sync.map((r) => r.importKey!.split('@').at(-1))).toEqual([
      '2026-03-05T09:00:00Z',
      '2026-03-12T09:00:00Z',
      '2026-03-26T09:00:00Z',
      '2026-04-02T08:00:00Z',
      '2026-04-09T08:00:00Z',
      '2026-04-10T08:00:00Z',
    ]);
    expect(sync[0]).toMatchObject({ channel: 'video', peerIds: ['bruno', 'chen'], initiatedBy: 'them' });
    // the override has no Teams link of its own: three people, so a group meeting
    expect(sync[2]!.channel).toBe('group-meeting');
    expect(records.find((r) => r.summary.startsWith('Lunch'))).toMatchObject({ confidential: true, channel: 'other', peerIds: ['bruno'] });
  });

  test('Apple: attendees named by EMAIL=, a morning in Auckland is the evening before in Lisbon and Los Angeles', () => {
    const here = recordsOf(plan(vaultWithPeers(), open(fixture('apple.ics'))));
    expect(here.find((r) => r.peerIds.includes('chen'))).toMatchObject({ date: '2026-05-31', channel: 'video', durationMinutes: 60 });
    const la = recordsOf(plan(vaultWithPeers(), open(fixture('apple.ics'), 'America/Los_Angeles'), 'America/Los_Angeles'));
    expect(la.find((r) => r.peerIds.includes('chen'))!.date).toBe('2026-05-31');
    const nz = recordsOf(plan(vaultWithPeers(), open(fixture('apple.ics'), 'Pacific/Auckland'), 'Pacific/Auckland'));
    expect(nz.find((r) => r.peerIds.includes('chen'))!.date).toBe('2026-06-01');
    // monthly, three times, and one extra date
    expect(nz.filter((r) => r.peerIds.includes('ana')).map((r) => r.date)).toEqual([
      '2026-04-15',
      '2026-05-01',
      '2026-05-15',
      '2026-06-15',
    ]);
  });

  test('text with control characters is kept as text, without them', () => {
    const ics = readFileSync(join(__dirname, '../../fixtures/calendar', 'apple.ics'), 'utf8').replace(
      'SUMMARY:Monthly with Ana',
      'SUMMARY:Monthly\u0007 with\u001b[31m Ana',
    );
    const titles = recordsOf(plan(vaultWithPeers(), open(new TextEncoder().encode(ics)))).map((r) => r.summary);
    expect(titles).toContain('Monthly  with [31m Ana');
  });
});

describe('hostile calendars end in bounded time with a plain message', () => {
  test('a repeating event without end stops at the last day chosen', () => {
    const file = open(new TextEncoder().encode(endlessCalendar('DAILY')), 'Europe/Lisbon', null, '2026-01-10');
    if (file.format !== 'ics') throw new Error('calendar');
    expect(file.calendar.occurrences).toHaveLength(10);
  });

  test('one repeating every second is left out with a warning, the rest of the file imports', () => {
    const read = readCalendar(endlessCalendar('SECONDLY'), { since: null, until: '2026-11-27', zone: 'Europe/Lisbon' });
    expect(read.occurrences.map((o) => o.key)).toEqual(['single@x']);
    expect(read.log.kept[0]!.message).toMatch(
      /^Line \d+: a repeating event with more than 40,000 occurrences before 2026-11-27; .* left out\.$/,
    );
  });

  test('100,000 events, more than a calendar holds, is refused before it is parsed', () => {
    expect(CALENDAR_MAX_EVENTS).toBeLessThan(100_000);
    expect(() => open(new TextEncoder().encode(manyEventsCalendar(100_000)))).toThrow(
      /^The file has more than 50,000 events; .* Nothing was imported\.$/,
    );
  });

  test('blocks nested without end are refused by the line', () => {
    expect(() => open(new TextEncoder().encode(deepCalendar(100_000)))).toThrow(
      /^Line 14 opens a block inside 6 others; .* Nothing was imported\.$/,
    );
  });

  test('a damaged file says so plainly', () => {
    expect(() =>
      open(
        new TextEncoder().encode(
          'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nthis is not a property\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
        ),
      ),
    ).toThrow(/^This calendar file cannot be read \(.*\)\. Export the calendar again as \.ics\. Nothing was imported\.$/);
    expect(() => open(new TextEncoder().encode('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n'))).toThrow(/Nothing was imported\.$/);
  });
});
