import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEntriesFile, planEntriesFile } from '../../electron/core/import/entries-file';
import { Vault } from '../../electron/core/vault';
import { TEST_KDF } from '../helpers/kdf';
import { deepCalendar, endlessCalendar, manyEventsCalendar } from '../helpers/hostile-files';

const PASS = 'benchmark passphrase';
const PEERS = 300;
const BERLIN = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').slice(0, 15);

/**
 * A year of a busy calendar as Google exports it: 2,000 events, of which 300 are weekly
 * series (each with an exception and a moved occurrence), the rest single meetings with one
 * to four people, a third with a Meet link, some declined or cancelled.
 */
export function busyYear(): string {
  const out = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0', ...BERLIN];
  const who = (i: number) => {
    const lines = ['ORGANIZER:mailto:me@home.io', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@home.io'];
    for (let k = 0; k < 1 + (i % 4); k++)
      lines.push(`ATTENDEE;PARTSTAT=ACCEPTED;CN=P ${k}:mailto:peer${(i * 7 + k) % (PEERS + 50)}@example.org`);
    return lines;
  };
  for (let s = 0; s < 300; s++) {
    const start = new Date(Date.UTC(2026, 0, 5 + (s % 7), 8 + (s % 9)));
    // the UTC fields written as Berlin's wall time: the series' own clock
    const local = stamp(start);
    const week = 7 * 86_400_000;
    const exdate = stamp(new Date(start.getTime() + week * (2 + (s % 20))));
    const moved = stamp(new Date(start.getTime() + week * (3 + (s % 20))));
    const to = new Date(start.getTime() + week * (3 + (s % 20)) + 86_400_000);
    out.push(
      'BEGIN:VEVENT',
      `DTSTART;TZID=Europe/Berlin:${local}`,
      `DTEND;TZID=Europe/Berlin:${stamp(new Date(start.getTime() + 1_800_000))}`,
      'RRULE:FREQ=WEEKLY;UNTIL=20261231T230000Z',
      `EXDATE;TZID=Europe/Berlin:${exdate}`,
      `UID:series-${s}@google.com`,
      `SUMMARY:Weekly ${s}`,
      'X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij',
      ...who(s),
      'END:VEVENT',
      'BEGIN:VEVENT',
      `DTSTART;TZID=Europe/Berlin:${stamp(to)}`,
      `DTEND;TZID=Europe/Berlin:${stamp(new Date(to.getTime() + 1_800_000))}`,
      `RECURRENCE-ID;TZID=Europe/Berlin:${moved}`,
      `UID:series-${s}@google.com`,
      `SUMMARY:Weekly ${s} (moved)`,
      ...who(s),
      'END:VEVENT',
    );
  }
  // 300 series and their 300 overrides make 600 blocks; 1,400 single meetings make 2,000
  for (let i = 0; i < 1_400; i++) {
    const start = new Date(Date.UTC(2026, 0, 1, 7) + i * 6 * 3_600_000);
    out.push(
      'BEGIN:VEVENT',
      `DTSTART:${stamp(start)}Z`,
      `DTEND:${stamp(new Date(start.getTime() + 3_600_000))}Z`,
      `UID:single-${i}@google.com`,
      `SUMMARY:Meeting ${i}`,
      ...(i % 3 === 0 ? ['DESCRIPTION:Join with Google Meet: https://meet.google.com/xyz-abcd-efg'] : []),
      ...(i % 50 === 0 ? ['STATUS:CANCELLED'] : []),
      ...who(i).map((l, k) => (i % 40 === 0 && k === 1 ? 'ATTENDEE;PARTSTAT=DECLINED:mailto:me@home.io' : l)),
      'END:VEVENT',
    );
  }
  out.push('END:VCALENDAR');
  return `${out.join('\r\n')}\r\n`;
}

/** A Day One export of `n` entries, a paragraph or two each, tagged, some starred, some with photos. */
export function dayOneExport(n: number): string {
  const entries = Array.from({ length: n }, (_, i) => ({
    uuid: `E${String(i).padStart(31, '0')}`,
    creationDate: new Date(Date.UTC(2016, 0, 1) + i * 8 * 3_600_000).toISOString().replace('.000', ''),
    timeZone: i % 2 ? 'Europe/Lisbon' : 'America/New_York',
    starred: i % 10 === 0,
    tags: [`tag${i % 30}`, 'journal'],
    text: `# Day ${i}\n\nMet with a peer about their plans for the year; we talked through three options and what each would cost.\n\n- follow up ${i}\n${'Some more words about the day. '.repeat(i % 8)}`,
    ...(i % 7 === 0 ? { photos: [{ identifier: `P${i}`, type: 'jpeg', md5: 'x' }] } : {}),
  }));
  return JSON.stringify({ metadata: { version: '1.0' }, entries }, null, 2);
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Wall time and the heap it grew by (after a collection, if exposed) for one synchronous step. */
function measure<T>(fn: () => T): { result: T | Error; ms: number; heapMb: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const h0 = process.memoryUsage().heapUsed;
  const t = performance.now();
  let result: T | Error;
  try {
    result = fn();
  } catch (e) {
    result = e as Error;
  }
  return { result, ms: performance.now() - t, heapMb: mb(Math.max(0, process.memoryUsage().heapUsed - h0)) };
}

export async function benchCalendar(): Promise<{ figures: Record<string, number>; rows: [string, string, string][] }> {
  const dir = await mkdtemp(join(tmpdir(), 'compeer-bench-calendar-'));
  const enc = (s: string) => new TextEncoder().encode(s);
  const window = { since: null, until: '2026-12-31', zone: 'Europe/Lisbon' };
  try {
    const { vault } = await Vault.create(join(dir, 'v.compeer'), PASS, { kdf: TEST_KDF });
    await vault.apply(
      Array.from({ length: PEERS }, (_, i) => ({
        op: 'put' as const,
        collection: 'peers' as const,
        record: { id: `p${i}`, name: `Peer ${i}`, contacts: { emails: [`peer${i}@example.org`], phones: [], linkedin: '', website: '' } },
      })),
    );
    let n = 0;
    const newId = () => `c${++n}`;
    const ics = enc(busyYear());
    const t0 = performance.now();
    const file = openEntriesFile(ics, 'busy.ics', window)!;
    const readMs = performance.now() - t0;
    const plan = planEntriesFile(file, vault.data, { now: new Date().toISOString(), newId, zone: window.zone, mine: ['me@home.io'] });
    for (const step of plan.opSteps(new Set())) await vault.apply(step);
    const calendarMs = performance.now() - t0;
    const occurrences = file.format === 'ics' ? file.calendar.occurrences.length : 0;
    const r0 = performance.now();
    const again = planEntriesFile(openEntriesFile(ics, 'busy.ics', window)!, vault.data, {
      now: new Date().toISOString(),
      newId,
      zone: window.zone,
      mine: ['me@home.io'],
    });
    const reimportMs = performance.now() - r0;
    if (again.counts.add !== 0) throw new Error('a second import added meetings');

    const journal = enc(dayOneExport(10_000));
    const d0 = performance.now();
    const dayOne = openEntriesFile(journal, 'Journal.json', window)!;
    const dayPlan = planEntriesFile(dayOne, vault.data, { now: new Date().toISOString(), newId, zone: window.zone });
    for (const step of dayPlan.opSteps(new Set())) await vault.apply(step);
    const dayOneMs = performance.now() - d0;
    await vault.close();

    const endlessFile = enc(endlessCalendar('SECONDLY'));
    const endless = measure(() => openEntriesFile(endlessFile, 'endless.ics', window));
    const manyFile = enc(manyEventsCalendar(100_000));
    const many = measure(() => openEntriesFile(manyFile, 'many.ics', window));
    const deepFile = enc(deepCalendar(200_000));
    const deep = measure(() => openEntriesFile(deepFile, 'deep.ics', window));
    const figures = {
      calendarYearMs: Math.round(calendarMs),
      calendarReadMs: Math.round(readMs),
      calendarOccurrences: occurrences,
      calendarAdded: plan.counts.add,
      calendarReimportMs: Math.round(reimportMs),
      dayOne10kMs: Math.round(dayOneMs),
      calendarEndlessMs: Math.round(endless.ms),
      calendarEndlessHeapMb: endless.heapMb,
      calendar100kRefuseMs: Math.round(many.ms),
      calendar100kHeapMb: many.heapMb,
      calendarDeepRefuseMs: Math.round(deep.ms),
    };
    const said = (r: unknown) => (r instanceof Error ? r.message.slice(0, 60) + '…' : 'read');
    const rows: [string, string, string][] = [
      [
        'import a year of a busy calendar',
        `${figures.calendarYearMs} ms`,
        `2,000 events, 300 weekly series: ${occurrences.toLocaleString('en')} occurrences read in ${figures.calendarReadMs} ms, ${plan.counts.add.toLocaleString('en')} interactions saved; again (nothing added) ${figures.calendarReimportMs} ms`,
      ],
      ['import a 10,000-entry Day One export', `${figures.dayOne10kMs} ms`, 'read, planned, saved'],
      [
        'calendar: an event repeating every second',
        `${figures.calendarEndlessMs} ms`,
        `left out at 40,000 occurrences; heap +${endless.heapMb} MB (${said(endless.result)})`,
      ],
      [
        'calendar: 100,000 events',
        `${figures.calendar100kRefuseMs} ms`,
        `${(manyFile.length / 1e6).toFixed(1)} MB, refused before parsing; heap +${many.heapMb} MB`,
      ],
      ['calendar: 200,000 nested blocks', `${figures.calendarDeepRefuseMs} ms`, 'refused at the 7th'],
    ];
    return { figures, rows };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
