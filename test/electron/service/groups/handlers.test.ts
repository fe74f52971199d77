import { describe, expect, test } from 'vitest';
import { exportDocument } from '../../../../electron/core/exchange/json-export';
import { planJsonImport } from '../../../../electron/core/exchange/json-import';
import { REDACTED } from '../../../../shared/confidential';
import { dayWords } from '../../../../shared/date-words';
import type { GoalView, GroupsToday, GroupView, OpportunityView } from '../../../../shared/domain/groups/views';
import { useTempDirs } from '../../../helpers/temp-dir';
import { serviceIn } from '../../../helpers/service';

const temp = useTempDirs();
// Thursday 26 June 2025, 10:00 local time
const NOW = new Date(2025, 5, 26, 10, 0, 0);

async function setup() {
  let now = NOW;
  const { session, call, fail } = serviceIn(await temp(), () => now);
  await call('vault:create', { passphrase: 'pass words here' });
  const vault = session.requireVault();
  await vault.apply(
    [
      ['ana', 'Ana Silva', { needs: ['conference speaking'], careerStage: 'senior', industry: 'Fintech' }],
      ['ben', 'Ben Okafor', { skills: ['public speaking'], industry: 'Fintech' }],
      ['chen', 'Chen Wei', { industry: 'Health tech', country: 'Japan' }],
      ['dana', 'Dana Kim', {}],
    ].map(([id, name, extra]) => ({
      op: 'put',
      collection: 'peers',
      record: { id, name, ...(extra as object), createdAt: '2025-01-01T00:00:00.000Z' },
    })),
  );
  // count the vault writes each call makes: each must be one apply
  let applies = 0;
  const apply = vault.apply.bind(vault);
  vault.apply = (ops) => {
    applies += 1;
    return apply(ops);
  };
  const setNow = (d: Date) => void (now = d);
  return { session, call, fail, setNow, data: () => session.requireVault().data, applies: () => applies };
}

describe('groups through the handler table', () => {
  test('create a group, generate the rotation, mark someone away, log a meeting with one interaction for all', async () => {
    const { call, fail, data, applies } = await setup();
    const created = await call<GroupView>('groups:save', {
      name: 'New managers circle',
      kind: 'formal-advisory',
      memberIds: ['ana', 'ben', 'chen'],
      cadenceDays: 30,
    });
    expect(created.size).toMatchObject({ people: 4, fit: 'small' });
    expect(created.rotation.order).toEqual([]);
    // same name twice, or someone who is not a peer: refused, nothing saved
    expect((await fail('groups:save', { name: 'new managers CIRCLE' })).message).toBe(
      'You already have a group called New managers circle.',
    );
    // the same name however it is accented, cased or spaced
    expect((await fail('groups:save', { name: 'New  Managers Círcle' })).message).toBe(
      'You already have a group called New managers circle.',
    );
    expect((await fail('groups:save', { name: 'Other', memberIds: ['zed'] })).message).toBe(
      'One of the members is not a peer in your vault any more.',
    );
    expect(data().groups).toHaveLength(1);

    const id = created.group.id;
    let g = await call<GroupView>('groups:generateRotation', { id, includeMe: true });
    expect(g.rotation.order).toEqual(['ana', 'ben', 'chen', 'me']);
    // Ana will miss the first meeting: Ben leads it, Ana the next
    g = await call<GroupView>('groups:setRotation', {
      id,
      facilitatorOrder: g.rotation.order,
      absences: [{ meetingNumber: 1, personId: 'ana' }],
    });
    expect(g.rotation.slots.slice(0, 3).map((s) => s.facilitatorId)).toEqual(['ben', 'ana', 'chen']);
    expect((await fail('groups:setRotation', { id, facilitatorOrder: ['dana'], absences: [] })).message).toBe(
      'Only members of the group (and you) can take turns leading it.',
    );

    const before = applies();
    const saved = await call<{ view: GroupView; meetingId: string; interactionId: string }>('groups:saveMeeting', {
      groupId: id,
      logInteraction: true,
      meeting: {
        date: '2025-06-24',
        facilitatorId: 'ben',
        attendeeIds: ['me', 'ben', 'chen'],
        agenda: '## Hot seat',
        notes: 'Chen is thinking of leaving',
        durationMinutes: 90,
        actionItems: [
          { text: 'Send Chen the offer checklist', ownerId: 'me', due: '2025-06-30' },
          { text: 'Draft the reorg memo', ownerId: 'chen' },
        ],
      },
    });
    expect(applies() - before).toBe(1);
    // one interaction with all the peers who attended
    const logged = data().interactions;
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      id: saved.interactionId,
      date: '2025-06-24',
      peerIds: ['ben', 'chen'],
      channel: 'group-meeting',
      initiatedBy: 'them',
      durationMinutes: 90,
    });
    const stored = data().groups[0]!;
    expect(stored.meetings[0]).toMatchObject({
      interactionId: saved.interactionId,
      notes: 'Chen is thinking of leaving',
      notesConfidential: true,
    });
    expect(stored.meetings[0]!.actionItems.map((a) => a.id)).toEqual(['id3', 'id4']);
    // Ben led: he goes to the back; Ana (away) stays at the front and leads next; her absence is history
    expect(stored.facilitatorOrder).toEqual(['ana', 'chen', 'me', 'ben']);
    expect(stored.absences).toEqual([]);
    // the meeting's text (notes, agenda, action items) is hidden until revealed
    expect(saved.view.group.meetings[0]).toMatchObject({
      number: 1,
      notes: '',
      agenda: '',
      notesHidden: true,
      actionItems: [
        { id: 'id3', text: '' },
        { id: 'id4', text: '' },
      ],
    });
    expect(await call('groups:revealNotes', { groupId: id, meetingId: saved.meetingId })).toEqual({
      notes: 'Chen is thinking of leaving',
      agenda: '## Hot seat',
      actionItems: [
        { id: 'id3', text: 'Send Chen the offer checklist', ownerId: 'me', due: '2025-06-30', done: false },
        { id: 'id4', text: 'Draft the reorg memo', ownerId: 'chen', due: null, done: false },
      ],
    });
    // the next meeting is expected 30 days later
    expect(saved.view.rotation.slots[0]).toMatchObject({ meetingNumber: 2, date: '2025-07-24', facilitatorId: 'ana' });

    // my action items are on Today; Chen's on his page; a confidential meeting's say only where they come from
    const today = await call<GroupsToday>('groups:today');
    expect(today.actionItems.map((r) => [r.item.id, r.item.text, r.hidden, r.groupName, r.item.due])).toEqual([
      ['id3', '', true, 'New managers circle', '2025-06-30'],
    ]);
    expect(today.week).toBeNull();
    const chen = await call<{ actionItems: { item: { id: string; text: string }; hidden: boolean }[]; groups: { name: string }[] }>(
      'groups:forPeer',
      { peerId: 'chen' },
    );
    expect(chen.actionItems.map((r) => [r.item.id, r.item.text, r.hidden])).toEqual([['id4', '', true]]);
    expect(chen.groups.map((x) => x.name)).toEqual(['New managers circle']);
    await call('groups:setActionItem', { groupId: id, meetingId: saved.meetingId, itemId: 'id3', done: true });
    expect((await call<GroupsToday>('groups:today')).actionItems).toEqual([]);

    // editing without the notes keeps them, and updates the same interaction (no second one)
    await call('groups:saveMeeting', {
      groupId: id,
      logInteraction: true,
      meeting: {
        id: saved.meetingId,
        date: '2025-06-25',
        facilitatorId: 'ben',
        attendeeIds: ['me', 'ben', 'chen', 'ana'],
        agenda: '',
        notesConfidential: true,
        actionItems: [],
      },
    });
    expect(data().interactions.map((i) => [i.id, i.date, i.peerIds])).toEqual([
      [saved.interactionId, '2025-06-25', ['ben', 'chen', 'ana']],
    ]);
    expect(data().groups[0]!.meetings[0]!.notes).toBe('Chen is thinking of leaving');
    // text the screen never revealed is left out of an edit, and kept
    await call('groups:saveMeeting', {
      groupId: id,
      logInteraction: true,
      meeting: {
        id: saved.meetingId,
        date: '2025-06-25',
        facilitatorId: 'ben',
        attendeeIds: ['me', 'ben', 'chen', 'ana'],
        agenda: '## Round of wins',
      },
    });
    expect(data().groups[0]!.meetings[0]).toMatchObject({
      agenda: '## Round of wins',
      notes: 'Chen is thinking of leaving',
      actionItems: [],
    });
    await call('groups:saveMeeting', {
      groupId: id,
      logInteraction: true,
      meeting: {
        id: saved.meetingId,
        date: '2025-06-25',
        facilitatorId: 'ben',
        attendeeIds: ['me', 'ben', 'chen', 'ana'],
        actionItems: [{ text: 'Book the room' }],
      },
    });
    expect(data().groups[0]!.meetings[0]).toMatchObject({ agenda: '## Round of wins', actionItems: [{ text: 'Book the room' }] });
    await call('groups:saveMeeting', {
      groupId: id,
      logInteraction: true,
      meeting: { id: saved.meetingId, date: '2025-06-25', facilitatorId: 'ben', attendeeIds: ['me', 'ben', 'chen', 'ana'] },
    });
    expect(data().groups[0]!.meetings[0]).toMatchObject({ agenda: '## Round of wins', actionItems: [{ text: 'Book the room' }] });
    // an edit does not move the line again
    expect(data().groups[0]!.facilitatorOrder).toEqual(['ana', 'chen', 'me', 'ben']);
    // a meeting needs a peer to be logged as an interaction
    expect(
      (await fail('groups:saveMeeting', { groupId: id, logInteraction: true, meeting: { date: '2025-06-26', attendeeIds: ['me'] } }))
        .message,
    ).toMatch(/at least one peer who attended/);
    expect(data().groups[0]!.meetings).toHaveLength(1);

    // delete the meeting and undo; delete the group and undo
    const { token } = await call<{ token: string }>('groups:deleteMeeting', { groupId: id, meetingId: saved.meetingId });
    expect(data().groups[0]!.meetings).toEqual([]);
    expect(await call('groups:undo', { token })).toEqual({ restored: `the meeting of ${dayWords('2025-06-25', '2025-06-26')}` });
    expect(data().groups[0]!.meetings).toHaveLength(1);
    const del = await call<{ token: string }>('groups:delete', { id });
    expect(data().groups).toEqual([]);
    await call('groups:undo', { token: del.token });
    expect(data().groups.map((x) => x.name)).toEqual(['New managers circle']);
    expect((await fail('groups:undo', { token: del.token })).code).toBe('NOT_FOUND');
  });

  test('members removed from the group leave the rotation; new members join at the back', async () => {
    const { call } = await setup();
    const g = await call<GroupView>('groups:save', { name: 'Guild', memberIds: ['ana', 'ben'] });
    await call('groups:generateRotation', { id: g.group.id, includeMe: false });
    const after = await call<GroupView>('groups:save', { id: g.group.id, name: 'Guild', memberIds: ['ben', 'chen'] });
    expect(after.rotation.order).toEqual(['ben', 'chen']);
  });
});

describe('goals through the handler table', () => {
  test('a goal with a partner, a check-in logged as an accountability exchange in one write', async () => {
    const { call, fail, data, applies, setNow } = await setup();
    const goal = await call<GoalView>('goals:save', {
      title: 'Staff promotion',
      why: 'Lead the platform work',
      partnerIds: ['ana'],
      milestones: [{ text: 'Write the case' }],
    });
    // added today: due a check-in in 14 days
    expect(goal).toMatchObject({ owner: 'me', progress: null, checkIn: { dueOn: '2025-07-10', due: false } });
    expect(goal.milestones[0]!.id).toBe('id2');
    expect((await fail('goals:save', { title: 'x', owner: 'ana', partnerIds: ['ana'] })).message).toBe(
      'A peer cannot be an accountability partner on their own goal.',
    );
    expect((await fail('goals:checkIn', { goalId: goal.id, date: '2025-06-26', progress: 10, log: { channel: 'call' } })).message).toMatch(
      /Say whom you checked in with/,
    );

    const before = applies();
    const r = await call<{ goal: GoalView; interactionId: string }>('goals:checkIn', {
      goalId: goal.id,
      date: '2025-06-26',
      progress: 40,
      note: 'Draft done',
      withPeerId: 'ana',
      log: { channel: 'coffee', durationMinutes: 30 },
    });
    expect(applies() - before).toBe(1);
    expect(r.goal).toMatchObject({ progress: 40, checkIn: { last: '2025-06-26', dueOn: '2025-07-10' }, partnersToUpdate: [] });
    expect(data().interactions).toEqual([
      expect.objectContaining({
        id: r.interactionId,
        peerIds: ['ana'],
        channel: 'coffee',
        purpose: 'check-in',
        durationMinutes: 30,
        exchanges: [{ direction: 'received', kind: 'accountability', weight: 1, note: 'Staff promotion' }],
      }),
    ]);
    expect(data().goals[0]!.checkIns[0]).toMatchObject({ progress: 40, withPeerId: 'ana', interactionId: r.interactionId });
    // why I want it and how each check-in went are private: masked in every view, revealed one goal at a time
    expect(r.goal).toMatchObject({ why: '', hidden: true, checkIns: [{ note: '', hidden: true }] });
    expect((await call<GoalView[]>('goals:list'))[0]).toMatchObject({
      title: 'Staff promotion',
      why: '',
      hidden: true,
      milestones: [{ text: 'Write the case' }],
    });
    expect(await call('goals:reveal', { id: goal.id })).toMatchObject({
      id: goal.id,
      why: 'Lead the platform work',
      checkIns: [{ note: 'Draft done', progress: 40 }],
    });
    // an edit that leaves the why out keeps it
    await call('goals:save', {
      id: goal.id,
      title: 'Staff promotion',
      partnerIds: ['ana'],
      milestones: [{ id: 'id2', text: 'Write the case' }],
    });
    expect(data().goals[0]!.why).toBe('Lead the platform work');

    // their goal: I hold them to it (given); due on Today once the period passes
    const theirs = await call<GoalView>('goals:save', { title: 'Give a conference talk', owner: 'ben' });
    const t = await call<{ interactionId: string }>('goals:checkIn', {
      goalId: theirs.id,
      date: '2025-06-26',
      progress: 20,
      withPeerId: 'ben',
      log: { channel: 'call' },
    });
    expect(data().interactions.find((i) => i.id === t.interactionId)!.exchanges[0]).toMatchObject({
      direction: 'given',
      kind: 'accountability',
    });
    // three weeks on: my goal is due (last check-in 06-26 + 14 = 07-10) and Ana has not heard since;
    // Ben's goal too (checked in the same day)
    setNow(new Date(2025, 6, 17, 10, 0, 0));
    const today = await call<GroupsToday>('groups:today');
    expect(today.goals.map((x) => [x.title, x.ownerName, x.checkIn?.daysOver, x.partners.map((p) => [p.name, p.since, p.days])])).toEqual([
      ['Give a conference talk', 'Ben Okafor', 7, []],
      ['Staff promotion', null, 7, [['Ana Silva', '2025-06-26', 21]]],
    ]);

    const m = await call<GoalView>('goals:setMilestone', { goalId: goal.id, milestoneId: 'id2', done: true });
    expect(m.milestones[0]!.done).toBe(true);
  });
});

describe('opportunities through the handler table', () => {
  test('who would it help, share with logging, expiry', async () => {
    const { call, data, applies } = await setup();
    const o = await call<OpportunityView>('opportunities:save', {
      title: 'Speaker slot at DevConf',
      kind: 'speaking',
      tags: ['conference'],
      deadline: '2025-07-15',
      source: 'Meetup newsletter',
    });
    expect(o).toMatchObject({ state: 'open', daysLeft: 19 });
    const fits = await call<{ peerId: string; reasons: { text: string }[] }[]>('opportunities:whoWouldItHelp', { id: o.id });
    expect(fits.map((f) => f.peerId)).toEqual(['ana', 'ben']);
    expect(fits[0]!.reasons[0]!.text).toBe('Needs "conference speaking"');

    const before = applies();
    const shared = await call<{ opportunity: OpportunityView; interactionIds: string[] }>('opportunities:share', {
      id: o.id,
      peerIds: ['ana', 'ben'],
      date: '2025-06-26',
      log: true,
    });
    expect(applies() - before).toBe(1);
    expect(shared.opportunity).toMatchObject({
      status: 'shared',
      sharedWith: [
        { peerId: 'ana', date: '2025-06-26' },
        { peerId: 'ben', date: '2025-06-26' },
      ],
    });
    expect(data().interactions.map((i) => [i.peerIds, i.exchanges[0]!.direction, i.exchanges[0]!.kind])).toEqual([
      [['ana'], 'given', 'opportunity'],
      [['ben'], 'given', 'opportunity'],
    ]);
    // past the deadline it is expired by itself, and still listed (searchable)
    await call('opportunities:save', { id: o.id, title: o.title, kind: 'speaking', deadline: '2025-06-01', status: 'shared' });
    const list = await call<OpportunityView[]>('opportunities:list');
    expect(list.map((x) => [x.title, x.status, x.state])).toEqual([['Speaker slot at DevConf', 'shared', 'expired']]);
    expect(list[0]!.sharedWith).toHaveLength(2);
  });
});

describe('the weekly budget and the JSON export', () => {
  test('Today counts this week against the budget once it is on', async () => {
    const { call } = await setup();
    await call('settings:update', { weeklyBudgetMinutes: 120 });
    const g = await call<GroupView>('groups:save', { name: 'Circle', memberIds: ['ana'] });
    await call('groups:saveMeeting', {
      groupId: g.group.id,
      logInteraction: true,
      meeting: { date: '2025-06-24', attendeeIds: ['me', 'ana'], durationMinutes: 90 },
    });
    await call('groups:saveMeeting', {
      groupId: g.group.id,
      logInteraction: false,
      meeting: { date: '2025-06-25', attendeeIds: ['me', 'ana'], durationMinutes: 45 },
    });
    const today = await call<GroupsToday>('groups:today');
    // 90 (logged as an interaction, counted once) + 45 (a meeting not logged)
    expect(today.week).toMatchObject({ since: '2025-06-23', until: '2025-06-29', minutes: 135, budget: 120, over: 15 });
  });

  test('meeting notes are left out of an export unless asked, and an import of it keeps them', async () => {
    const { call, data } = await setup();
    const g = await call<GroupView>('groups:save', { name: 'Circle', memberIds: ['ana'] });
    await call('groups:saveMeeting', {
      groupId: g.group.id,
      logInteraction: false,
      meeting: { date: '2025-06-24', attendeeIds: ['ana'], notes: 'Salary: 140k' },
    });
    await call('groups:saveMeeting', {
      groupId: g.group.id,
      logInteraction: false,
      meeting: { date: '2025-06-25', attendeeIds: ['ana'], notes: 'Open notes', notesConfidential: false },
    });
    const out = exportDocument(data(), { includeConfidential: false, now: NOW }) as { groups: { meetings: { notes: string }[] }[] };
    expect(out.groups[0]!.meetings.map((m) => m.notes)).toEqual([REDACTED, 'Open notes']);
    expect(JSON.stringify(out)).not.toContain('140k');
    const full = exportDocument(data(), { includeConfidential: true, now: NOW }) as { groups: { meetings: { notes: string }[] }[] };
    expect(full.groups[0]!.meetings[0]!.notes).toBe('Salary: 140k');
    // importing the redacted export back changes nothing: the notes are kept
    const plan = planJsonImport(data(), JSON.parse(JSON.stringify(out)) as Record<string, unknown>);
    expect(plan.ops.filter((o) => o.op === 'put' && o.collection === 'groups')).toEqual([]);
    // an edited meeting in the export keeps the vault's notes too
    out.groups[0]!.meetings[0] = { ...out.groups[0]!.meetings[0]!, agenda: 'changed' } as never;
    const plan2 = planJsonImport(data(), JSON.parse(JSON.stringify(out)) as Record<string, unknown>);
    const rec = plan2.ops.find((o) => o.op === 'put' && o.collection === 'groups') as unknown as {
      record: { meetings: { notes: string; agenda: string }[] };
    };
    expect(rec.record.meetings[0]).toMatchObject({ notes: 'Salary: 140k', agenda: 'changed' });
  });
});
