import { describe, expect, test } from 'vitest';
import { markReminded, reminderSummary } from '../../../../electron/service/control';
import { useTempDirs } from '../../../helpers/temp-dir';
import { serviceIn } from '../../../helpers/service';

const temp = useTempDirs();
// Thursday 26 June 2025, 10:00 local time
const NOW = new Date(2025, 5, 26, 10, 0, 0);

async function setup() {
  const { session, call, fail } = serviceIn(await temp(), () => NOW);
  await call('vault:create', { passphrase: 'pass words here' });
  await session.requireVault().apply([
    { op: 'put', collection: 'peers', record: { id: 'ana', name: 'Ana Silva', cadenceDays: 30, createdAt: '2025-01-01T00:00:00.000Z' } },
    { op: 'put', collection: 'peers', record: { id: 'ben', name: 'Ben Okafor', createdAt: '2025-01-01T00:00:00.000Z' } },
  ]);
  return { session, call, fail };
}

describe('the interaction log through the handler table', () => {
  test('log, list (confidential summary hidden), reveal by get, edit keeping the hidden summary, delete and undo', async () => {
    const { session, call } = await setup();
    const saved: { id: string; hidden: boolean } = await call('interactions:save', {
      date: '2025-06-20',
      peerIds: ['ana'],
      channel: 'coffee',
      summary: 'Her salary band',
      confidential: true,
      exchanges: [{ direction: 'received', kind: 'feedback' }],
      followUps: [{ text: 'Send the deck', due: '2025-06-27' }],
    });
    expect(saved).toMatchObject({ id: 'id1', hidden: true, summary: '' });
    const stored = session.requireVault().data.interactions[0]!;
    expect(stored).toMatchObject({
      summary: 'Her salary band',
      exchanges: [{ weight: 1, note: '' }],
      followUps: [{ id: 'id2', done: false }],
      purpose: 'other',
    });
    const list: { summary: string; hidden: boolean }[] = await call('interactions:list', { peerId: 'ana' });
    expect(list.map((i) => [i.summary, i.hidden])).toEqual([['', true]]);
    expect(await call('interactions:get', { id: 'id1' })).toMatchObject({ summary: 'Her salary band' });
    // an edit that leaves the summary out keeps it
    await call('interactions:save', { id: 'id1', date: '2025-06-21', peerIds: ['ana'], confidential: true, followUps: stored.followUps });
    expect(session.requireVault().data.interactions[0]).toMatchObject({
      date: '2025-06-21',
      summary: 'Her salary band',
      createdAt: stored.createdAt,
    });
    const { token }: { token: string } = await call('interactions:delete', { id: 'id1' });
    expect(session.requireVault().data.interactions).toEqual([]);
    expect(await call('interactions:undoDelete', { token })).toEqual({ restored: 1 });
    expect(session.requireVault().data.interactions.map((i) => i.id)).toEqual(['id1']);
  });

  test('bad input is refused with a plain message and nothing is saved', async () => {
    const { session, fail } = await setup();
    expect(await fail('interactions:save', { date: '2025-06-20', peerIds: [] })).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'peerIds: an interaction is with at least one peer',
    });
    expect(await fail('interactions:save', { date: '20 June', peerIds: ['ana'] })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await fail('interactions:save', { date: '2025-06-20', peerIds: ['ana', 'ana'] })).toMatchObject({
      message: 'peerIds: a peer is listed twice',
    });
    expect(
      await fail('interactions:save', {
        date: '2025-06-20',
        peerIds: ['ana'],
        exchanges: [{ direction: 'given', kind: 'feedback', peerId: 'ben' }],
      }),
    ).toMatchObject({
      message: 'exchanges.0.peerId: an exchange can only be with a peer of the interaction',
    });
    expect(
      await fail('interactions:save', {
        date: '2025-06-20',
        peerIds: ['ana'],
        exchanges: [{ direction: 'given', kind: 'feedback', weight: 9 }],
      }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await fail('interactions:save', { date: '2025-06-20', peerIds: ['nobody'] })).toMatchObject({
      code: 'NOT_FOUND',
      message: 'That peer is no longer in your vault.',
    });
    expect(session.requireVault().data.interactions).toEqual([]);
  });

  test('logging ends a snooze; snoozing is for a later day; follow-ups are marked done', async () => {
    const { session, call, fail } = await setup();
    expect(await fail('checkins:snooze', { peerId: 'ana', until: '2025-06-26' })).toMatchObject({
      message: 'Snooze until a day after today.',
    });
    await call('checkins:snooze', { peerId: 'ana', until: '2025-07-03' });
    expect(session.requireVault().data.peers.find((p) => p.id === 'ana')!.snoozedUntil).toBe('2025-07-03');
    await call('interactions:save', { date: '2025-06-26', peerIds: ['ana'], followUps: [{ text: 'Intro to Ben' }] });
    expect(session.requireVault().data.peers.find((p) => p.id === 'ana')!.snoozedUntil).toBeNull();
    const i = session.requireVault().data.interactions[0]!;
    await call('interactions:setFollowUp', { interactionId: i.id, followUpId: i.followUps[0]!.id, done: true });
    expect(session.requireVault().data.interactions[0]!.followUps[0]!.done).toBe(true);
  });

  test('"Introduce…" also logs an introduction given to both peers', async () => {
    const { session, call } = await setup();
    await call('peers:introduce', { a: 'ana', b: 'ben', why: 'both hiring data engineers', date: '2025-06-25' });
    const [i] = session.requireVault().data.interactions;
    expect(i).toMatchObject({
      date: '2025-06-25',
      peerIds: ['ana', 'ben'],
      purpose: 'offer',
      summary: 'Introduced Ana Silva and Ben Okafor: both hiring data engineers',
    });
    const r: { peers: { id: string; given: number }[] } = await call('reciprocity:network', { window: 12 });
    expect(r.peers.map((p) => [p.id, p.given])).toEqual([
      ['ana', 1],
      ['ben', 1],
    ]);
  });

  test('deleting a peer takes their log along, and undo brings it all back', async () => {
    const { session, call } = await setup();
    await call('interactions:save', { date: '2025-06-20', peerIds: ['ana'] });
    await call('interactions:save', {
      date: '2025-06-21',
      peerIds: ['ana', 'ben'],
      exchanges: [{ direction: 'given', kind: 'feedback', peerId: 'ana' }],
    });
    await call('lifeEvents:save', { peerId: 'ana', kind: 'birthday', date: '--07-01' });
    const before = structuredClone(session.requireVault().data.interactions);
    const { token }: { token: string } = await call('peers:delete', { ids: ['ana'] });
    expect(session.requireVault().data.interactions.map((i) => [i.peerIds, i.exchanges.length])).toEqual([[['ben'], 0]]);
    expect(session.requireVault().data.lifeEvents).toEqual([]);
    await call('peers:undoDelete', { token });
    expect([...session.requireVault().data.interactions].sort((a, b) => a.id.localeCompare(b.id))).toEqual(before);
    expect(session.requireVault().data.lifeEvents).toHaveLength(1);
  });

  test('life events: a birthday without a year, a bad date refused, a confidential note hidden in lists', async () => {
    const { call, fail } = await setup();
    await call('lifeEvents:save', { peerId: 'ana', kind: 'birthday', date: '--06-28' });
    await call('lifeEvents:save', { peerId: 'ana', kind: 'setback', date: '2025-06-01', note: 'team cut', confidential: true });
    expect(await fail('lifeEvents:save', { peerId: 'ana', kind: 'birthday', date: '1604-13-01' })).toMatchObject({ code: 'INVALID_INPUT' });
    const list: { date: string; note: string; hidden: boolean }[] = await call('lifeEvents:list', { peerId: 'ana' });
    expect(list.map((e) => [e.date, e.note, e.hidden])).toEqual([
      ['--06-28', '', false],
      ['2025-06-01', '', true],
    ]);
    const o: { lifeEvents: { inDays: number }[]; checkIn: { nextDue: string }; cadenceText: string } = await call(
      'interactions:peerOverview',
      { peerId: 'ana' },
    );
    // birthday in 2 days; the setback 25 days ago, still within a month
    expect(o.lifeEvents.map((m) => m.inDays)).toEqual([2, -25]);
    // never contacted: added 1 January + 30 days
    expect(o.checkIn.nextDue).toBe('2025-01-31');
    expect(o.cadenceText).toBe('set for this peer');
  });

  test('not being vulnerable: from the journal in the vault, on the peer page and on Today, gone once a prep entry is written', async () => {
    const { session, call } = await setup();
    const v = session.requireVault();
    await v.apply([
      { op: 'put', collection: 'peers', record: { ...v.data.peers.find((p) => p.id === 'ana')!, closeness: 5 } },
      // the journal began on 1 March 2025 (117 days before 26 June) with no prep or vulnerability entry
      { op: 'put', collection: 'journal', record: { id: 'j1', date: '2025-03-01', kind: 'reflection', body: 'a good week' } },
    ]);
    await call('interactions:save', { date: '2025-06-20', peerIds: ['ana'] });
    const kinds = async () => {
      const page: { patterns: { kind: string }[] } = await call('interactions:peerOverview', { peerId: 'ana' });
      const today: { patterns: { kind: string; peerId: string }[] } = await call('today:data');
      return [page.patterns.map((p) => p.kind), today.patterns.filter((p) => p.kind === 'not-vulnerable').map((p) => p.peerId)];
    };
    expect(await kinds()).toEqual([['not-vulnerable'], ['ana']]);
    await v.apply([
      { op: 'put', collection: 'journal', record: { id: 'j2', date: '2025-06-25', kind: 'dialogue-prep', peerIds: ['ana'] } },
    ]);
    expect(await kinds()).toEqual([[], []]);
  });

  test('the peers list gains last contact and next check-in', async () => {
    const { call } = await setup();
    await call('interactions:save', { date: '2025-06-20', peerIds: ['ana'] });
    const peers: { id: string; lastContact: string | null; nextCheckIn: string | null }[] = await call('peers:list');
    expect(peers.map((p) => [p.id, p.lastContact, p.nextCheckIn])).toEqual([
      ['ana', '2025-06-20', '2025-07-20'],
      ['ben', null, null],
    ]);
  });

  test('the daily reminder: nothing while locked; a count; remembered in the vault once sent', async () => {
    const { session, call } = await setup();
    expect(reminderSummary(session, NOW)).toMatchObject({ prefs: { enabled: false }, dueCounts: { '2025-06-26': 1 }, names: [] });
    // saving other settings leaves the rest alone (and cannot set the reminder's day)
    await call('settings:update', { notifications: { enabled: true, showNames: true, hour: 9 } });
    await call('settings:update', { autoLockMinutes: 3 });
    expect(reminderSummary(session, NOW)).toMatchObject({ prefs: { enabled: true, showNames: true }, names: ['Ana Silva'] });
    await markReminded(session, '2025-06-26');
    expect(session.requireVault().data.settings).toMatchObject({
      remindedOn: '2025-06-26',
      autoLockMinutes: 3,
      notifications: { enabled: true },
    });
    await session.lock('user');
    expect(reminderSummary(session, NOW)).toBeNull();
  });
});
