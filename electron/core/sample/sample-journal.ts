import { addDays, format, parseISO } from 'date-fns';
import type { JournalKind, LearningTopic } from '../../../shared/schema/vocabulary';
import type { VaultOp } from '../vault';

/**
 * Sample data: journal entries of each kind and notes about peers, dated up to
 * `today`: a few months of weekly writing (so the streak, calendar and mood line have
 * something to show) and one entry a year ago today ("on this day"). Invented, deterministic.
 */
const ENTRIES: [
  daysAgo: number,
  kind: JournalKind,
  title: string,
  body: string,
  peers: string[],
  tags: string[],
  mood: number | null,
  confidential: boolean,
][] = [
  [
    1,
    'dialogue-prep',
    'Conversation with Ana Silva',
    "# Conversation with Ana Silva\n\n## The challenge I want to share\nI keep saying yes to every review request and my own project slips.\n\n## A failure or struggle I can be open about\nThe migration I led last quarter went two weeks over, and I hid it for too long.\n\n## What I want to ask for\nHow she built her staff promotion case.\n\n## What I can offer\nMentoring notes from my last two hires.\n\n## The feedback I want\nIs my design doc too long?\n\n## What I will not discuss\n- Her team's reorg\n\n## Told to me in confidence: I must not repeat\n- Her salary figure\n",
    ['sample-p1'],
    ['promotion'],
    3,
    true,
  ],
  [
    3,
    'debrief',
    'After coffee with Gus',
    '# After talking with Gus Berg\n\n## What I learned\nPlatform teams that publish a roadmap get fewer ad-hoc requests.\n\n## What I committed to\n- [x] Send him the incident review template\n- [ ] Introduce him to Lars\n\n## Did I share honestly?\nYes: I told him I am unsure about the staff track.\n\n## How balanced did the exchange feel?\nHe gave more this time. Next time I bring something.\n',
    ['sample-p7'],
    ['platform'],
    4,
    false,
  ],
  [
    6,
    'weekly-review',
    'Week in review',
    '# Week in review\n\n## Whom I helped\nBen with his pricing deck.\n\n## Who helped me (have I thanked them?)\nGus, not yet thanked.\n\n## Whom I neglected, and one small way to reconnect\nDana: send her the conference call for papers.\n',
    ['sample-p2', 'sample-p7', 'sample-p4'],
    [],
    4,
    false,
  ],
  [
    10,
    'vulnerability',
    'The thing I have not told anyone',
    '## A challenge I am carrying right now\nI am not sure I want to manage people.\n\n## A trusted peer I could share it with\nEli, who made the switch last year.\n\n## One small step this week\n- [ ] Share this challenge with a trusted peer and ask for their advice or support\n',
    ['sample-p5'],
    ['career'],
    2,
    true,
  ],
  [
    13,
    'gratitude',
    'Thanks to Maya',
    '## Someone who made a difference lately\nMaya reviewed my talk outline at short notice.\n\n## How I will let them know\n- [x] A proper thank-you note\n',
    ['sample-p13'],
    ['talks'],
    5,
    false,
  ],
  [
    20,
    'reflection',
    'Saying no',
    '## What happened\nI turned down a third committee.\n\n## What it meant to me\nBoundaries feel uncomfortable but right.\n',
    [],
    ['boundaries'],
    3,
    false,
  ],
  [
    27,
    'goal-review',
    'Goal review',
    '# Goal review\n\n## Progress since the last review\nDraft of the promotion case is half done.\n\n## Who keeps me accountable, and when we next talk\nAna, next month.\n',
    ['sample-p1'],
    ['promotion'],
    3,
    false,
  ],
  [
    34,
    'free',
    'Notes from the meetup',
    'The talk on observability budgets was the best one. Ask Quinn for the slides.\n',
    ['sample-p17'],
    ['meetup'],
    4,
    false,
  ],
  [
    41,
    'dialogue-prep',
    'Conversation with Eli Novak',
    '# Conversation with Eli Novak\n\n## What I want to ask for\nHow he chose between the two tracks.\n\n## What I can offer\nHelp with his hiring loop.\n',
    ['sample-p5'],
    ['career'],
    3,
    true,
  ],
  [
    48,
    'debrief',
    'After the call with Eli',
    '# After talking with Eli Novak\n\n## What I learned\nHe tried management for a year first, with a way back agreed.\n\n## Did I share honestly?\nMostly. I did not mention the offer.\n',
    ['sample-p5'],
    ['career'],
    4,
    true,
  ],
  [
    55,
    'reflection',
    'A hard review',
    '## What happened\nMy design doc got torn apart.\n\n## What I will do differently\nShare drafts with two peers first.\n',
    [],
    [],
    2,
    false,
  ],
  [62, 'gratitude', 'Small wins', "Grateful for Ben's intro to the data team at Northwind.\n", ['sample-p2'], [], 4, false],
  [
    69,
    'weekly-review',
    'Quiet week',
    '## Whom I neglected, and one small way to reconnect\nMost of the platform guild. Suggest a call.\n',
    [],
    [],
    3,
    false,
  ],
  [365, 'reflection', 'A year ago', '## What happened\nFirst time presenting to the leadership team.\n', [], ['talks'], 4, false],
];

const NOTES: [daysAgo: number, peer: string | null, topic: LearningTopic | null, text: string, confidential: boolean][] = [
  [
    2,
    'sample-p1',
    'compensation-benchmarks',
    'Staff engineers at Lumen Health: base around 120k EUR, plus equity. Told in confidence.',
    true,
  ],
  [5, 'sample-p7', 'industry-trends', 'Platform teams are moving to paved-road templates instead of tickets.', false],
  [9, 'sample-p2', 'company-culture', 'Northwind Bank: slow approvals, but real mentoring culture.', false],
  [15, 'sample-p5', 'career-strategy', 'Eli thinks the manager track is reversible if you agree a way back up front.', true],
  [22, 'sample-p13', 'skill-development', 'Maya recommends the "Just Enough Research" book for interview practice.', false],
  [30, 'sample-p17', 'professional-challenges', 'Quinn is struggling with on-call load; do not mention it to his manager.', true],
  [44, null, 'industry-trends', 'Fintech hiring picking up again in Lisbon.', false],
];

export function sampleJournalOps(today: string): VaultOp[] {
  const day = (ago: number) => format(addDays(parseISO(today), -ago), 'yyyy-MM-dd');
  const ops: VaultOp[] = ENTRIES.map(([ago, kind, title, body, peerIds, tags, mood, confidential], i) => {
    const at = `${day(ago)}T19:00:00.000Z`;
    return {
      op: 'put',
      collection: 'journal',
      record: {
        id: `sample-j${i + 1}`,
        date: day(ago),
        kind,
        title,
        body,
        peerIds,
        tags,
        mood,
        confidential,
        createdAt: at,
        updatedAt: at,
      },
    };
  });
  NOTES.forEach(([ago, peerId, topic, text, confidential], i) => {
    const at = `${day(ago)}T12:00:00.000Z`;
    ops.push({
      op: 'put',
      collection: 'notes',
      record: { id: `sample-n${i + 1}`, peerId, topic, text, confidential, createdAt: at, updatedAt: at },
    });
  });
  return ops;
}
