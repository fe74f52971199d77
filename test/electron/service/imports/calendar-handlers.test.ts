import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { AppSession } from '../../../../electron/service/session';
import { dispatch } from '../../../../electron/service/dispatch';
import { createHandlers } from '../../../../electron/service/handlers';
import type { TodayData } from '../../../../shared/domain/today';
import type { ImportPreview } from '../../../../shared/import-preview';
import type { Interaction } from '../../../../shared/schema/document';
import { TEST_KDF, useTempDirs } from '../../../helpers/temp-dir';

const temp = useTempDirs();
const fixture = (...p: string[]) => new Uint8Array(readFileSync(join(__dirname, '../../../fixtures', ...p)));

/** A vault in Lisbon with the fixtures' peers; "today" is a week after the Google fixture's last meeting. */
async function unlocked(today = '2026-04-16T12:00:00Z') {
  const session = new AppSession({ vaultPath: join(await temp(), 'v.compeer'), kdf: TEST_KDF, emit: () => undefined });
  let n = 0;
  const handlers = createHandlers(session, { now: () => new Date(today), newId: () => `id${++n}` });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await dispatch(handlers, channel, structuredClone(input));
    if (!r.ok) throw new Error(r.error.message);
    return r.value as T;
  };
  await call('vault:create', { passphrase: 'pass words here' });
  const contacts = (...emails: string[]) => ({ emails, phones: [], linkedin: '', website: '' });
  await call('peers:save', { name: 'Ana Silva', contacts: contacts('ana@work.io', 'ana.silva@gmail.com') });
  await call('peers:save', { name: 'Bruno Costa', contacts: contacts('bruno@costa.org') });
  await call('peers:save', { name: 'Chen Wei', contacts: contacts('chen@wei.dev') });
  await call('me:save', { ...(await call<Record<string, unknown>>('me:get', undefined)), timeZone: 'Europe/Lisbon' });
  return { session, call };
}

describe('a calendar through the import channels', () => {
  test('preview rows (added, skipped and why), rows left out, commit; a second preview adds nothing', async () => {
    const { session, call } = await unlocked();
    await call('settings:update', { ownEmails: ['me@home.io'] });
    const preview = await call<ImportPreview>('import:preview', { fileName: 'google.ics', bytes: fixture('calendar', 'google.ics') });
    expect(preview).toMatchObject({
      format: 'Calendar (iCalendar .ics)',
      kind: 'calendar',
      rows: [],
      counts: { add: 7, merge: 0, skip: 4 },
    });
    expect(preview.skips).toEqual({ declined: 1, cancelled: 1, 'all-day': 1, 'no-peer': 1 });
    expect(preview.items!.find((r) => r.skip === 'no-peer')).toMatchObject({
      addresses: ['dana@stranger.io'],
      reason: 'none of your peers is in it',
    });
    const circle = preview.items!.find((r) => r.title === 'Peer circle')!;
    expect(await call('import:commit', { token: preview.token, useIncoming: [], leaveOutRows: [circle.row] })).toEqual({
      added: 6,
      updated: 0,
    });
    const saved = session.requireVault().data.interactions;
    expect(saved).toHaveLength(6);
    expect(saved.some((i) => i.summary === 'Peer circle')).toBe(false);
    // the same file again: only the one left out is new
    const again = await call<ImportPreview>('import:preview', { fileName: 'google.ics', bytes: fixture('calendar', 'google.ics') });
    expect(again.counts).toMatchObject({ add: 1, skip: 10 });
    expect(again.skips).toMatchObject({ imported: 6 });
  });

  test('the days chosen: only their meetings; a first day after the last is refused', async () => {
    const { call } = await unlocked();
    const april = await call<ImportPreview>('import:preview', {
      fileName: 'google.ics',
      bytes: fixture('calendar', 'google.ics'),
      since: '2026-04-01',
      until: '2026-04-10',
    });
    expect(april.items!.map((r) => r.date)).toEqual(['2026-04-07', '2026-04-02', '2026-04-06']);
    expect(april.summary).toMatch(/; \d+ outside the dates\.$/);
    await expect(
      call('import:preview', {
        fileName: 'google.ics',
        bytes: fixture('calendar', 'google.ics'),
        since: '2026-05-01',
        until: '2026-04-01',
      }),
    ).rejects.toThrow('The first day (2026-05-01) is after the last (2026-04-01).');
  });

  test('two previews of one file committed one after the other add each meeting once', async () => {
    const { session, call } = await unlocked();
    const a = await call<ImportPreview>('import:preview', { fileName: 'outlook.ics', bytes: fixture('calendar', 'outlook.ics') });
    const b = await call<ImportPreview>('import:preview', { fileName: 'outlook.ics', bytes: fixture('calendar', 'outlook.ics') });
    expect(await call('import:commit', { token: a.token, useIncoming: [] })).toEqual({ added: 7, updated: 0 });
    expect(await call('import:commit', { token: b.token, useIncoming: [] })).toEqual({ added: 0, updated: 0 });
    expect(session.requireVault().data.interactions).toHaveLength(7);
  });

  test('an imported meeting edited in the app keeps where it came from; Today asks what passed, until done', async () => {
    const { session, call } = await unlocked();
    const preview = await call<ImportPreview>('import:preview', { fileName: 'google.ics', bytes: fixture('calendar', 'google.ics') });
    await call('import:commit', { token: preview.token, useIncoming: [] });
    let today = await call<TodayData>('today:data', undefined);
    // the last 30 days before 16 April: 18 March and later, newest first; the private one named as private
    expect(today.meetings.meetings.map((m) => [m.date, m.title])).toEqual([
      ['2026-04-14', 'Ana / me weekly'],
      ['2026-04-07', 'Ana / me weekly'],
      ['2026-04-06', ''],
      ['2026-04-02', 'Peer circle'],
      ['2026-03-31', 'Ana / me weekly'],
      ['2026-03-18', 'Ana / me weekly (moved)'],
    ]);
    expect(today.meetings.meetings[2]).toMatchObject({ hidden: true, peers: [{ name: 'Chen Wei' }] });
    expect(JSON.stringify(today)).not.toMatch(/health/);
    // what passed in the first one, saved from the Log interaction dialog
    const first = await call<Interaction>('interactions:get', { id: today.meetings.meetings[0]!.interactionId });
    const { id, date, peerIds, channel, purpose, initiatedBy, summary, durationMinutes, confidential } = first;
    await call('interactions:save', {
      id,
      date,
      peerIds,
      channel,
      purpose,
      initiatedBy,
      summary,
      durationMinutes,
      confidential,
      exchanges: [{ direction: 'given', kind: 'feedback', weight: 2 }],
      followUps: [],
    });
    const edited = session.requireVault().data.interactions.find((i) => i.id === id)!;
    expect(edited.importKey).toBe(first.importKey);
    today = await call<TodayData>('today:data', undefined);
    expect(today.meetings.meetings).toHaveLength(5);
    await call('settings:update', { meetingsReviewedThrough: today.meetings.importedAt });
    expect((await call<TodayData>('today:data', undefined)).meetings).toEqual({ importedAt: null, meetings: [] });
    // a re-import of the file still adds nothing
    const again = await call<ImportPreview>('import:preview', { fileName: 'google.ics', bytes: fixture('calendar', 'google.ics') });
    expect(again.counts.add).toBe(0);
  });

  test('a Day One zip through the same channels', async () => {
    const { session, call } = await unlocked();
    const zip = zipSync({ 'Journal.json': fixture('dayone', 'Journal.json') });
    const preview = await call<ImportPreview>('import:preview', { fileName: 'Export.zip', bytes: zip });
    expect(preview).toMatchObject({ kind: 'journal', counts: { add: 2, skip: 0 }, leftOut: 1 });
    expect(preview.items!.map((r) => r.leftOut)).toEqual(['2 photos, 1 audio recording', '']);
    expect(await call('import:commit', { token: preview.token, useIncoming: [] })).toEqual({ added: 2, updated: 0 });
    expect(session.requireVault().data.journal.every((e) => e.confidential && e.importKey?.startsWith('dayone:'))).toBe(true);
  });
});
