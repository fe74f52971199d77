import { describe, expect, test } from 'vitest';
import { dayWords } from '../../../shared/date-words';
import { prepContext } from '../../../shared/domain/journal/prep-context';
import { goalSchema, interactionSchema, lifeEventSchema, meSchema, noteSchema, peerSchema } from '../../../shared/schema/document';
import { goalsMarkdown, reviewedWeek, weekFacts, weekFactsMarkdown } from '../../../shared/domain/journal/review-facts';

const ana = peerSchema.parse({
  id: 'ana',
  name: 'Ana Silva',
  role: 'Staff Engineer',
  company: 'Acme',
  needs: ['public speaking', 'Kubernetes'],
  cadenceDays: 30,
});
const ben = peerSchema.parse({ id: 'ben', name: 'Ben Okafor', cadenceDays: 7 });
const me = meSchema.parse({ name: 'Me', skills: ['Public speaking', 'k8s', 'Python'] });
const ix = (id: string, date: string, extra: Record<string, unknown> = {}) =>
  interactionSchema.parse({ id, date, peerIds: ['ana'], ...extra });

describe('prep sheet context', () => {
  test('gathers the last interactions, open follow-ups, balance, goals, life events, note topics and offers; never confidential text', () => {
    const interactions = [
      ix('i1', '2025-01-05', {
        exchanges: [{ direction: 'given', kind: 'feedback', weight: 2 }],
        followUps: [{ id: 'f1', text: 'Send the talk outline', due: '2025-02-01' }],
      }),
      ix('i2', '2025-02-20', {
        summary: 'She may leave Acme',
        confidential: true,
        exchanges: [{ direction: 'received', kind: 'introduction', weight: 3 }],
      }),
      ix('i3', '2025-03-01', { summary: 'Coffee', followUps: [{ id: 'f2', text: 'done already', done: true }] }),
      interactionSchema.parse({ id: 'other', date: '2025-03-02', peerIds: ['ben'] }),
    ];
    const ctx = prepContext(
      {
        peer: ana,
        me,
        interactions,
        goals: [
          goalSchema.parse({
            id: 'g1',
            title: 'Give a conference talk',
            owner: 'ana',
            checkIns: [{ id: 'c', date: '2025-02-01', progress: 40 }],
          }),
          goalSchema.parse({ id: 'g2', title: 'Mine alone' }),
        ],
        lifeEvents: [
          lifeEventSchema.parse({ id: 'l1', peerId: 'ana', kind: 'birthday', date: '--03-20' }),
          lifeEventSchema.parse({ id: 'l2', peerId: 'ana', kind: 'promotion', date: '2024-06-01' }),
        ],
        notes: [
          noteSchema.parse({
            id: 'n1',
            peerId: 'ana',
            topic: 'compensation-benchmarks',
            text: 'earns 150k',
            updatedAt: '2025-02-02T10:00:00.000Z',
          }),
        ],
      },
      '2025-03-10',
    );
    expect(ctx.lastInteractions.map((i) => [i.id, i.summary, i.given, i.received])).toEqual([
      ['i3', 'Coffee', 0, 0],
      ['i2', null, 0, 3],
      ['i1', '', 2, 0],
    ]);
    expect(ctx.openFollowUps).toEqual([
      { interactionId: 'i1', id: 'f1', text: 'Send the talk outline', due: '2025-02-01', overdue: true, date: '2025-01-05' },
    ]);
    // given 2, received 3: total 5, neither side holds 70%
    expect(ctx.balance).toMatchObject({ given: 2, received: 3, word: 'balanced', since: '2024-03-11' });
    expect(ctx.trend).toHaveLength(13);
    expect(ctx.goals).toEqual([{ id: 'g1', title: 'Give a conference talk', theirs: true, status: 'open', progress: 40, due: null }]);
    expect(ctx.lifeEvents.map((e) => [e.id, e.daysAway])).toEqual([['l1', 10]]);
    expect(ctx.topics).toEqual([{ topic: 'compensation-benchmarks', notes: 1, last: '2025-02-02' }]);
    expect(ctx.offers.map((o) => [o.skill, o.need])).toEqual([
      ['Public speaking', 'public speaking'],
      ['k8s', 'Kubernetes'],
    ]);
    expect(ctx.daysSinceContact).toBe(9);
    expect(JSON.stringify(ctx)).not.toContain('150k');
    expect(JSON.stringify(ctx)).not.toContain('leave Acme');
  });
});

describe('review facts', () => {
  test('whom I helped, who helped me and who is overdue, in the week of a day', () => {
    const interactions = [
      ix('a', '2025-03-11', {
        exchanges: [
          { direction: 'given', kind: 'feedback', weight: 2 },
          { direction: 'received', kind: 'resource' },
        ],
      }),
      interactionSchema.parse({ id: 'b', date: '2025-03-01', peerIds: ['ben'] }),
      interactionSchema.parse({ id: 'c', date: '2025-03-17', peerIds: ['ben'], exchanges: [{ direction: 'given', kind: 'feedback' }] }),
    ];
    // week of Wed 2025-03-12: Monday 03-10 to Sunday 03-16; Ben last seen 03-01, 15 days > cadence 7
    const f = weekFacts(interactions, [ana, ben], '2025-03-12');
    expect(f).toEqual({
      since: '2025-03-10',
      until: '2025-03-16',
      helped: [{ id: 'ana', name: 'Ana Silva', weight: 2 }],
      helpedMe: [{ id: 'ana', name: 'Ana Silva', weight: 1 }],
      neglected: [{ id: 'ben', name: 'Ben Okafor', daysSince: 15 }],
      interactions: 1,
    });
    expect(weekFactsMarkdown(f)).toContain('> - Overdue for a check-in: Ben Okafor');
    // the week in words (the runtime's locale); the year only when not the week's own
    expect(weekFactsMarkdown(f)).toContain(
      `> From your log, ${dayWords('2025-03-10', '2025-03-12')} to ${dayWords('2025-03-16', '2025-03-12')}: 1 interaction.`,
    );
    expect(weekFactsMarkdown(f)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  test('a weekly review written on Monday or Tuesday covers the week just ended; from Wednesday, the week under way', () => {
    // Monday 2025-03-17: the week that ended yesterday, Monday 03-10 to Sunday 03-16
    expect(reviewedWeek('2025-03-17')).toEqual({ since: '2025-03-10', until: '2025-03-16' });
    expect(reviewedWeek('2025-03-18')).toEqual({ since: '2025-03-10', until: '2025-03-16' });
    expect(reviewedWeek('2025-03-19')).toEqual({ since: '2025-03-17', until: '2025-03-23' });
    expect(reviewedWeek('2025-03-23')).toEqual({ since: '2025-03-17', until: '2025-03-23' });
    const interactions = [
      ix('a', '2025-03-14', { exchanges: [{ direction: 'given', kind: 'feedback', weight: 2 }] }),
      ix('b', '2025-03-18', { exchanges: [{ direction: 'received', kind: 'resource' }] }),
    ];
    const f = weekFacts(interactions, [ana], '2025-03-17');
    expect(f).toMatchObject({
      since: '2025-03-10',
      until: '2025-03-16',
      interactions: 1,
      helped: [{ id: 'ana', weight: 2 }],
      helpedMe: [],
    });
  });

  test('goals in a line each, or a nudge when there are none', () => {
    const g = goalSchema.parse({
      id: 'g',
      title: 'Ship it',
      milestones: [
        { id: 'm', text: 'a', done: true },
        { id: 'n', text: 'b' },
      ],
      partnerIds: ['ana'],
      checkIns: [{ id: 'c', date: '2025-03-01', progress: 50 }],
      due: '2025-06-30',
    });
    // the day of the review entry sets which year goes without saying; no relative words in text that is kept
    expect(goalsMarkdown([g], [ana], '2025-03-02')).toBe(
      `> - **Ship it**: 50% (checked in on ${dayWords('2025-03-01', '2025-03-02')}), 1 of 2 milestones, due ${dayWords('2025-06-30', '2025-03-02')}, with Ana Silva`,
    );
    expect(goalsMarkdown([g], [ana], '2025-03-02')).not.toMatch(/\d{4}-\d{2}-\d{2}|yesterday/);
    expect(goalsMarkdown([], [], '2025-03-02')).toContain('no open goals');
  });
});
