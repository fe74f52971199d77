import { describe, expect, test } from 'vitest';
import { dayWords } from '../../../shared/date-words';
import { agendaText, BUILTIN_AGENDAS } from '../../../shared/domain/groups/agenda';
import { peerCommitments } from '../../../shared/domain/groups/commitments';
import { newestFirst, openActionItems, upcomingDates } from '../../../shared/domain/groups/meetings';
import { goalSchema, groupSchema, opportunitySchema } from '../../../shared/schema/document';

const group = groupSchema.parse({
  id: 'g1',
  name: 'Circle',
  memberIds: ['ana', 'ben'],
  meetings: [
    {
      id: 'm1',
      date: '2025-05-01',
      actionItems: [
        { id: 'a1', text: 'Send the deck', ownerId: 'ana', due: '2025-07-01' },
        { id: 'a2', text: 'Book the room', ownerId: 'me' },
        { id: 'a3', text: 'Old one', ownerId: 'me', done: true },
      ],
    },
    {
      id: 'm2',
      date: '2025-06-01',
      actionItems: [
        { id: 'a4', text: 'Draft the talk', ownerId: 'me', due: '2025-06-20' },
        { id: 'a5', text: 'Intro Ben', ownerId: 'ana' },
      ],
    },
  ],
});

describe('meetings', () => {
  test('newest first; the next dates follow the cadence from the last meeting', () => {
    expect(newestFirst(group.meetings).map((m) => m.id)).toEqual(['m2', 'm1']);
    expect(upcomingDates(group.meetings, 30, 3)).toEqual(['2025-07-01', '2025-07-31', '2025-08-30']);
    expect(upcomingDates(group.meetings, null, 2)).toEqual([null, null]);
    expect(upcomingDates([], 30, 1)).toEqual([null]);
  });

  test('open action items by owner: dated first, soonest first, then newest meeting first', () => {
    expect(openActionItems([group], 'me').map((r) => r.item.id)).toEqual(['a4', 'a2']);
    expect(openActionItems([group], 'ana').map((r) => [r.item.id, r.groupName, r.meetingDate])).toEqual([
      ['a1', 'Circle', '2025-05-01'],
      ['a5', 'Circle', '2025-06-01'],
    ]);
  });

  test("an agenda from a template, with the last meeting's open action items", () => {
    const names = (id: string) => ({ ana: 'Ana Silva' })[id] ?? id;
    const items = group.meetings[0]!.actionItems.filter((a) => !a.done);
    // the new meeting's day sets which year goes without saying; kept text, so no relative words
    const text = agendaText('accountability-check-in', {}, items, names, '2025-06-30');
    const due = dayWords('2025-07-01', '2025-06-30');
    expect(text).toContain(`## Action items from last time\n- Ana Silva: Send the deck (due ${due})\n- Me: Book the room`);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|tomorrow/);
    expect(text).not.toContain('{{');
    expect(agendaText('hot-seat', {}, [], names, '2025-06-30')).toContain('## From last time\nNone open.');
    // the user's own template replaces the built-in one
    expect(agendaText('hot-seat', { 'hot-seat': 'Ours: {{action items}}' }, items, names, '2025-06-30')).toBe(
      `Ours: - Ana Silva: Send the deck (due ${due})\n- Me: Book the room`,
    );
    expect(BUILTIN_AGENDAS['learning-topic']).toMatch(/compensation benchmarks/);
  });

  test("a peer's commitments: groups, their goals, goals they partner on, action items, what I passed on", () => {
    const goals = [
      goalSchema.parse({
        id: 'ga',
        title: 'Ship the talk',
        owner: 'ana',
        createdAt: '2025-06-01T00:00:00.000Z',
        checkIns: [{ id: 'c', date: '2025-06-10', progress: 30 }],
      }),
      goalSchema.parse({ id: 'gb', title: 'A done one', owner: 'ana', status: 'done' }),
      goalSchema.parse({
        id: 'gm',
        title: 'Staff promotion',
        partnerIds: ['ana'],
        checkIns: [{ id: 'c2', date: '2025-06-05', progress: 50, withPeerId: 'ana' }],
      }),
      goalSchema.parse({ id: 'gx', title: 'Not hers', partnerIds: ['ben'] }),
    ];
    const opps = [opportunitySchema.parse({ id: 'o', title: 'Talk slot', sharedWith: [{ peerId: 'ana', date: '2025-06-02' }] })];
    const c = peerCommitments({ groups: [group], goals, opportunities: opps }, 'ana', '2025-06-26', 14);
    expect(c.groups).toEqual([{ id: 'g1', name: 'Circle', kind: 'informal-network' }]);
    // her open goal first: last check-in 06-10, due 06-24, 2 days over
    expect(c.theirGoals.map((g) => [g.id, g.progress, g.checkIn?.dueOn ?? null])).toEqual([
      ['ga', 30, '2025-06-24'],
      ['gb', null, null],
    ]);
    expect(c.partnerOn).toEqual([{ id: 'gm', title: 'Staff promotion', progress: 50, lastUpdate: '2025-06-05' }]);
    expect(c.actionItems.map((r) => r.item.id)).toEqual(['a1', 'a5']);
    expect(c.shared).toEqual([{ id: 'o', title: 'Talk slot', date: '2025-06-02' }]);
  });
});
