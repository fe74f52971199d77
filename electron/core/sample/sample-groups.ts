import { plusDays } from '../../../shared/domain/days';
import { BUILTIN_AGENDAS } from '../../../shared/domain/groups/agenda';
import { afterMeeting, rotationSchedule } from '../../../shared/domain/groups/rotation';
import { ME, type AgendaTemplate } from '../../../shared/schema/vocabulary';
import type { VaultOp } from '../vault';

/**
 * Sample data: group meetings, goals and opportunities, dated up to `today`.
 * The New managers circle meets monthly on the days the interaction sample logs its group
 * meetings (12, 42, 72… days ago), so the log and the meetings tell the same story; Jonas
 * (archived) has left it. Deterministic: the same `today` gives the same ops.
 */
const p = (n: number) => `sample-p${n}`;
const TEMPLATES: AgendaTemplate[] = ['wins-and-challenges', 'hot-seat', 'accountability-check-in', 'learning-topic'];

export function sampleGroupOps(today: string): VaultOp[] {
  const ts = (daysAgo: number) => `${plusDays(today, -daysAgo)}T09:00:00.000Z`;
  const day = (daysAgo: number) => plusDays(today, -daysAgo);
  const ops: VaultOp[] = [];

  // the circle: 12 monthly meetings; one member away now and then; the line turns after each
  const circle = [p(5), p(18), p(39), p(23)];
  let line = [...circle, ME];
  const meetings: Record<string, unknown>[] = [];
  const agos = Array.from({ length: 12 }, (_, k) => 12 + 30 * k).reverse();
  agos.forEach((ago, k) => {
    const away = k % 4 === 1 ? [circle[k % circle.length]!] : [];
    const slot = rotationSchedule(
      line,
      away.map((personId) => ({ meetingNumber: k + 1, personId })),
      k + 1,
      1,
    )[0]!;
    line = afterMeeting(line, slot.facilitatorId);
    const template = TEMPLATES[k % TEMPLATES.length]!;
    const latest = k === agos.length - 1;
    const before = k === agos.length - 2;
    meetings.push({
      id: `sample-m${k + 1}`,
      date: day(ago),
      facilitatorId: slot.facilitatorId,
      attendeeIds: [ME, ...circle.filter((c) => !away.includes(c))],
      agenda: BUILTIN_AGENDAS[template].split('{{action items}}').join('None open.'),
      notes: latest
        ? 'Wen is weighing a move to a director role; Eli asked for help with a difficult 1:1. Keep both in this room.'
        : k % 3 === 0
          ? 'Good energy. Rosa shared how she handled a reorg; Mateo on onboarding remote hires.'
          : '',
      notesConfidential: true,
      durationMinutes: 90,
      actionItems: latest
        ? [
            { id: 'sample-a1', text: 'Share my promotion case draft with the circle', ownerId: ME, due: plusDays(today, 5), done: false },
            { id: 'sample-a2', text: 'Send notes on onboarding remote hires', ownerId: p(39), due: plusDays(today, 10), done: false },
            { id: 'sample-a3', text: 'Introduce Eli to her succession-planning coach', ownerId: p(23), due: null, done: false },
          ]
        : before
          ? [
              { id: 'sample-a4', text: 'Book a speaker for the learning session', ownerId: ME, due: plusDays(today, -3), done: false },
              { id: 'sample-a5', text: 'Write up the hot-seat advice for Eli', ownerId: ME, due: null, done: true },
              { id: 'sample-a6', text: 'Try the skip-level format and report back', ownerId: p(5), due: null, done: false },
            ]
          : [],
    });
  });
  ops.push({
    op: 'put',
    collection: 'groups',
    record: {
      id: 'sample-g1',
      name: 'New managers circle',
      kind: 'formal-advisory',
      purpose:
        'Five new engineering managers at different companies, meeting monthly to work through what nobody taught us: hard conversations, hiring, and looking after ourselves.',
      memberIds: circle,
      cadenceDays: 30,
      facilitatorOrder: line,
      meetings,
      // Rosa cannot make the next meeting: the rotation skips her and she leads the one after
      absences: [{ meetingNumber: meetings.length + 1, personId: p(18) }],
      createdAt: ts(365),
      updatedAt: ts(12),
    },
  });

  // the guild: informal, every two months, no rotation
  const guild = [p(7), p(12), p(17), p(22), p(33)];
  ops.push({
    op: 'put',
    collection: 'groups',
    record: {
      id: 'sample-g2',
      name: 'Platform guild',
      kind: 'informal-network',
      purpose: 'Platform engineers swapping war stories over dinner.',
      memberIds: guild,
      cadenceDays: 60,
      facilitatorOrder: [],
      meetings: [20, 80, 140, 200].map((ago, k) => ({
        id: `sample-gm${k + 1}`,
        date: day(ago),
        facilitatorId: null,
        attendeeIds: [ME, ...guild.filter((_, i) => (i + k) % 4 !== 0)],
        agenda: '',
        notes: '',
        notesConfidential: true,
        durationMinutes: 120,
        actionItems: k === 0 ? [{ id: 'sample-a7', text: 'Send Lars the talk outline', ownerId: ME, due: null, done: false }] : [],
      })),
      createdAt: ts(300),
      updatedAt: ts(20),
    },
  });

  // a new mastermind, too small yet: the page says so and why
  ops.push({
    op: 'put',
    collection: 'groups',
    record: {
      id: 'sample-g3',
      name: 'Data leaders mastermind',
      kind: 'mastermind',
      purpose: 'Getting a seat at the table for data work.',
      memberIds: [p(8), p(16)],
      cadenceDays: 21,
      facilitatorOrder: [],
      meetings: [],
      createdAt: ts(6),
      updatedAt: ts(6),
    },
  });

  const goal = (id: string, rec: Record<string, unknown>, createdAgo: number) =>
    ops.push({ op: 'put', collection: 'goals', record: { id, ...rec, createdAt: ts(createdAgo), updatedAt: ts(createdAgo) } });
  goal(
    'sample-goal1',
    {
      title: 'Make the staff promotion case',
      why: 'I want to lead the platform work I already do, with the title and the room to hire.',
      due: plusDays(today, 60),
      milestones: [
        { id: 'sample-ms1', text: 'List the impact of the last two years', done: true },
        { id: 'sample-ms2', text: 'Get feedback from two staff engineers', done: false },
        { id: 'sample-ms3', text: 'Send the case to my manager', done: false },
      ],
      partnerIds: [p(1), p(39)],
      checkIns: [
        { id: 'sample-ci1', date: day(40), progress: 20, note: 'Impact list started.', withPeerId: p(1) },
        { id: 'sample-ci2', date: day(25), progress: 35, note: 'Mateo pushed me to quantify.', withPeerId: p(39) },
        { id: 'sample-ci3', date: day(16), progress: 45, note: 'Draft written.', withPeerId: null },
      ],
    },
    90,
  );
  goal(
    'sample-goal2',
    {
      title: 'Give my first conference talk',
      why: 'Public speaking is the skill I avoid most.',
      due: plusDays(today, 120),
      milestones: [
        { id: 'sample-ms4', text: 'Pick a topic', done: true },
        { id: 'sample-ms5', text: 'Submit a proposal', done: false },
      ],
      partnerIds: [p(12)],
      checkIns: [{ id: 'sample-ci4', date: day(5), progress: 30, note: 'Lars liked the outline.', withPeerId: p(12) }],
    },
    60,
  );
  goal(
    'sample-goal3',
    {
      title: 'Read two books on org design',
      why: 'To prepare for managing managers.',
      milestones: [{ id: 'sample-ms6', text: 'An Elegant Puzzle', done: true }],
    },
    50,
  );
  goal('sample-goal4', { title: 'Learn Rust', status: 'dropped', why: 'Dropped: not where my time should go this year.' }, 200);
  goal(
    'sample-goal5',
    {
      title: 'Run the platform migration retro',
      status: 'done',
      partnerIds: [p(7)],
      checkIns: [{ id: 'sample-ci5', date: day(70), progress: 100, note: 'Done.', withPeerId: p(7) }],
    },
    120,
  );
  goal(
    'sample-goal6',
    {
      title: 'Build a peer group for new managers',
      owner: p(5),
      why: 'Eli wants peers who get it.',
      checkIns: [{ id: 'sample-ci6', date: day(20), progress: 60, note: 'Two people said yes.', withPeerId: p(5) }],
    },
    80,
  );
  goal(
    'sample-goal7',
    {
      title: 'Staff promotion by year end',
      owner: p(1),
      checkIns: [{ id: 'sample-ci7', date: day(3), progress: 50, note: '', withPeerId: p(1) }],
    },
    100,
  );
  goal(
    'sample-goal8',
    { title: 'First conference talk', owner: p(20), why: 'Tariq wants to speak about illustration in product teams.' },
    10,
  );

  const opp = (id: string, rec: Record<string, unknown>, createdAgo: number) =>
    ops.push({ op: 'put', collection: 'opportunities', record: { id, ...rec, createdAt: ts(createdAgo), updatedAt: ts(createdAgo) } });
  opp(
    'sample-o1',
    {
      title: 'Staff engineer role at Hooli',
      kind: 'job',
      detail: 'Platform team, remote in Europe. Not for me: I am staying for the promotion.',
      skills: ['platform engineering', 'kubernetes'],
      tags: ['senior'],
      deadline: plusDays(today, 21),
      source: 'Gus (Hooli)',
    },
    4,
  );
  opp(
    'sample-o2',
    {
      title: 'Speaker slot at DevConf Lisbon',
      kind: 'speaking',
      detail: 'A 20-minute slot freed up.',
      skills: ['public speaking'],
      tags: ['conference'],
      deadline: plusDays(today, 14),
      source: 'Conference newsletter',
      status: 'shared',
      sharedWith: [{ peerId: p(20), date: day(2) }],
    },
    6,
  );
  opp(
    'sample-o3',
    {
      title: 'Data leaders roundtable',
      kind: 'event',
      detail: 'Quarterly dinner for heads of data.',
      tags: ['data-leaders', 'analytics'],
      deadline: plusDays(today, 30),
      source: 'Hana',
    },
    3,
  );
  opp(
    'sample-o4',
    {
      title: 'Mentoring programme for new managers',
      kind: 'learning',
      skills: ['mentoring', 'management'],
      deadline: plusDays(today, -5),
      source: 'Professional association',
    },
    40,
  );
  opp(
    'sample-o5',
    {
      title: 'Freelance design-system audit',
      kind: 'client',
      skills: ['design systems'],
      status: 'taken',
      source: 'A former colleague',
      sharedWith: [{ peerId: p(3), date: day(30) }],
    },
    35,
  );
  opp(
    'sample-o6',
    {
      title: 'Open-source maintainers grant',
      kind: 'project',
      skills: ['terraform'],
      tags: ['open-source'],
      source: 'Foundation mailing list',
    },
    8,
  );
  return ops;
}
