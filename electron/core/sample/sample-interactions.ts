import { plusDays } from '../../../shared/domain/days';
import { INTERACTION_CHANNELS, VALUE_KINDS, type InteractionPurpose, type ValueKind } from '../../../shared/schema/vocabulary';
import type { VaultOp } from '../vault';

/** A seeded generator (mulberry32): the sample is the same every time it is opened on the same day. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUMMARIES: Partial<Record<InteractionPurpose, string[]>> = {
  'check-in': [
    'Quick check-in on how the quarter is going.',
    'Caught up on the team changes and the reorg.',
    'Talked through how the new role is settling in.',
  ],
  ask: [
    'Asked for a read of my promotion case.',
    'Asked whether they knew anyone on the payments team.',
    'Asked for advice on a tricky stakeholder.',
  ],
  offer: [
    'Sent over the hiring rubric we use.',
    'Offered to review the conference talk draft.',
    'Shared a job lead that fits them better than me.',
  ],
  celebrate: ['Congratulated them on the launch.', 'Celebrated the promotion over lunch.'],
  support: ['Listened through a rough week; offered to help with the layoffs fallout.', 'Checked in after the setback.'],
  'catch-up': ['Long catch-up: careers, books, side projects.', 'Caught up after the conference.'],
};

/** Which peers show which pattern on Today and their page (indexes into the sample peers, 0-based). */
const ONLY_ASKS = 1; // Ben: most of my reach-outs were asks
const QUICK_ASKS = 6; // Gus: asks soon after giving, again and again
const ALWAYS_GIVING = 10; // Kemi: a long one-sided balance, mostly giving
const NEGLECTED = [3, 16, 29]; // far past their cadence

/**
 * Sample data: a year of interactions with exchanges and follow-ups, and life events, dated
 * up to `today`, over the sample peers sample-p1…sample-p40, so every chart and Today have
 * something to show: due and overdue check-ins, open follow-ups, birthdays and news near
 * today, each pattern at least once, this week's interactions.
 */
export function sampleInteractionOps(today: string): VaultOp[] {
  const r = seeded(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const ops: VaultOp[] = [];
  let n = 0;
  const TS = `${today}T08:00:00.000Z`;
  const log = (daysAgo: number, peerIds: string[], rec: Record<string, unknown>) =>
    ops.push({
      op: 'put',
      collection: 'interactions',
      record: { id: `sample-i${++n}`, date: plusDays(today, -daysAgo), peerIds, createdAt: TS, updatedAt: TS, ...rec },
    });
  const x = (direction: 'given' | 'received', kind: ValueKind, weight = 1, note = '') => ({ direction, kind, weight, note });

  for (let i = 0; i < 40; i++) {
    if (i === 35) continue; // archived
    const id = `sample-p${i + 1}`;
    const closeness = 1 + ((i * 7) % 5);
    const cadence = [30, 45, 60, 90][i % 4]!;
    // closer peers are seen more often; the neglected ones not since well before their cadence
    const every = Math.round(cadence * (1.3 - closeness * 0.15));
    let ago = NEGLECTED.includes(i) ? cadence * 2 + 5 + i : Math.floor(r() * cadence * 1.1);
    while (ago < 365) {
      const purpose: InteractionPurpose =
        i === ONLY_ASKS
          ? r() < 0.8
            ? 'ask'
            : 'check-in'
          : pick(['check-in', 'check-in', 'ask', 'offer', 'catch-up', 'celebrate', 'support'] as const);
      const initiatedBy = i === ONLY_ASKS || r() < 0.6 ? 'me' : 'them';
      const exchanges = [];
      // an ask from me brings something back; an ask from them is something I give (and offers the other way round)
      const mine = initiatedBy === 'me';
      if (i === ALWAYS_GIVING)
        exchanges.push(x('given', pick(['opportunity', 'introduction', 'expertise', 'feedback'] as const), 1 + Math.floor(r() * 3)));
      else if (purpose === 'ask')
        exchanges.push(
          x(mine ? 'received' : 'given', pick(['expertise', 'feedback', 'introduction', 'reference'] as const), 1 + Math.floor(r() * 2)),
        );
      else if (purpose === 'offer')
        exchanges.push(
          x(mine ? 'given' : 'received', pick(['resource', 'opportunity', 'expertise', 'feedback'] as const), 1 + Math.floor(r() * 2)),
        );
      else if (purpose === 'celebrate') exchanges.push(x(mine ? 'given' : 'received', 'celebration'));
      else if (purpose === 'support') exchanges.push(x(mine ? 'given' : 'received', 'emotional-support', 2));
      else if (r() < 0.7) exchanges.push(x(r() < 0.5 ? 'given' : 'received', pick(VALUE_KINDS)));
      const confidential = r() < 0.08;
      log(ago, [id], {
        channel: pick(INTERACTION_CHANNELS.filter((c) => c !== 'group-meeting')),
        initiatedBy,
        purpose,
        summary: confidential
          ? 'They shared the salary band for the new role and the offer details.'
          : pick(SUMMARIES[purpose] ?? ['Caught up.']),
        confidential,
        exchanges,
        durationMinutes: pick([null, 15, 30, 45, 60]),
      });
      ago += Math.max(7, Math.round(every * (0.7 + r() * 0.6)));
    }
  }

  // Gus: three asks, each a few days after giving him something
  for (const [gave, asked] of [
    [200, 195],
    [120, 112],
    [40, 37],
  ] as const) {
    log(gave, [`sample-p${QUICK_ASKS + 1}`], {
      channel: 'message',
      purpose: 'offer',
      summary: 'Sent a write-up of our platform migration.',
      exchanges: [x('given', 'resource')],
    });
    log(asked, [`sample-p${QUICK_ASKS + 1}`], {
      channel: 'call',
      purpose: 'ask',
      summary: 'Asked for an intro to his director.',
      exchanges: [x('received', 'introduction')],
    });
  }

  // the New managers circle meets monthly: group meetings with exchanges for everyone or one member
  const circle = ['sample-p5', 'sample-p18', 'sample-p36', 'sample-p39', 'sample-p23'].filter((p) => p !== 'sample-p36');
  for (let ago = 12; ago < 365; ago += 30) {
    const hot = circle[Math.floor(ago / 30) % circle.length]!;
    log(ago, circle, {
      channel: 'group-meeting',
      purpose: 'catch-up',
      summary: 'Monthly circle: wins and challenges, then a hot seat.',
      exchanges: [x('received', 'accountability'), x('given', 'feedback', 2, 'hot seat'), { ...x('received', 'expertise'), peerId: hot }],
      durationMinutes: 90,
    });
  }

  // this week, and open follow-ups around today (one overdue, some upcoming, one undated)
  log(0, ['sample-p1'], {
    channel: 'coffee',
    purpose: 'catch-up',
    summary: 'Coffee with Ana: she gave me sharp feedback on my staff promotion case.',
    exchanges: [x('received', 'feedback', 2), x('given', 'introduction', 1, 'to Maya, about the research guild')],
    followUps: [
      { id: 'sample-f1', text: 'Send Ana the promotion case draft', due: plusDays(today, 2), done: false },
      { id: 'sample-f2', text: 'Introduce Ana to Yara', due: null, done: false },
    ],
    durationMinutes: 45,
  });
  log(3, ['sample-p3', 'sample-p29'], {
    channel: 'video',
    purpose: 'offer',
    summary: 'Portfolio review with Chen and Clara.',
    exchanges: [x('given', 'feedback', 2), { ...x('received', 'resource'), peerId: 'sample-p3' }],
    followUps: [{ id: 'sample-f3', text: 'Share the design-critique checklist', due: plusDays(today, -2), done: false }],
  });
  log(9, ['sample-p8'], {
    channel: 'call',
    purpose: 'support',
    summary: 'Hana is dealing with a reorg.',
    exchanges: [x('given', 'emotional-support', 2)],
    followUps: [
      { id: 'sample-f4', text: 'Check on Hana after the reorg announcement', due: plusDays(today, 5), done: false },
      { id: 'sample-f5', text: 'Send Hana the board-exposure reading list', due: plusDays(today, -20), done: true },
    ],
  });

  // life events: some near today (to celebrate or support), others through the year
  const life = (id: string, peer: number, kind: string, date: string, note = '') =>
    ops.push({
      op: 'put',
      collection: 'lifeEvents',
      record: { id, peerId: `sample-p${peer}`, kind, date, note, createdAt: TS, updatedAt: TS },
    });
  const md = (daysFromToday: number) => `--${plusDays(today, daysFromToday).slice(5)}`;
  life('sample-l1', 4, 'birthday', md(3));
  life('sample-l2', 12, 'birthday', md(10));
  life('sample-l3', 11, 'new-job', plusDays(today, -5), 'Product Lead at Paystack Labs');
  life('sample-l4', 17, 'setback', plusDays(today, -8), 'On-call burnout; taking two weeks off.');
  life('sample-l5', 2, 'launch', plusDays(today, 6), 'The pricing experiment ships.');
  life('sample-l6', 20, 'award', plusDays(today, -120), 'Compliance team of the year');
  life('sample-l7', 24, 'move', plusDays(today, -200), 'Moved to Porto');
  life('sample-l8', 30, 'promotion', plusDays(today, -60), 'CTO');
  life('sample-l9', 1, 'birthday', md(-100));
  return ops;
}
