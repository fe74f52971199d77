import { describe, expect, test } from 'vitest';
import {
  daysLeft,
  fitSentence,
  isActive,
  matchesQuery,
  opportunityStatus,
  stagesNamed,
  whoWouldThisHelp,
} from '../../../shared/domain/groups/opportunities';
import { opportunitySchema, peerSchema } from '../../../shared/schema/document';

const TODAY = '2025-06-26';
const peer = (id: string, extra: Record<string, unknown>) => peerSchema.parse({ id, name: id[0]!.toUpperCase() + id.slice(1), ...extra });

describe('opportunities', () => {
  test('past the deadline an open or shared one is expired by itself; taken stays taken', () => {
    const o = (status: string, deadline: string | null) => opportunitySchema.parse({ id: 'o', title: 'x', status, deadline });
    expect(opportunityStatus(o('open', '2025-06-25'), TODAY)).toBe('expired');
    expect(opportunityStatus(o('shared', '2025-06-25'), TODAY)).toBe('expired');
    expect(opportunityStatus(o('open', TODAY), TODAY)).toBe('open');
    expect(opportunityStatus(o('taken', '2025-01-01'), TODAY)).toBe('taken');
    expect(isActive(o('shared', null), TODAY)).toBe(true);
    expect(isActive(o('open', '2025-06-25'), TODAY)).toBe(false);
    expect(daysLeft(o('open', '2025-07-01'), TODAY)).toBe(5);
  });

  test('search covers title, detail, source, skills and tags, accents and case ignored', () => {
    const o = opportunitySchema.parse({ id: 'o', title: 'Café talk', detail: 'In Lisbon', skills: ['Kubernetes'], source: 'Ana' });
    expect(matchesQuery(o, 'cafe lisbon')).toBe(true);
    expect(matchesQuery(o, 'KUBER')).toBe(true);
    expect(matchesQuery(o, 'berlin')).toBe(false);
    expect(matchesQuery(o, '  ')).toBe(true);
  });

  test('the career stage an opportunity names', () => {
    expect(stagesNamed({ title: 'Senior engineer, entry-level friendly', tags: [] })).toEqual([
      { stage: 'early', word: 'entry level' },
      { stage: 'senior', word: 'senior' },
    ]);
    expect(stagesNamed({ title: 'Leadership offsite', tags: [] })).toEqual([]);
  });

  test('"Who would this help?": ranked by needs, goals, skills, interests and career stage, each with the reason', () => {
    const peers = [
      peer('ana', { needs: ['conference speaking'], skills: ['distributed systems'], careerStage: 'senior' }),
      peer('ben', { skills: ['public speaking'], interests: ['developer tooling'], careerStage: 'mid' }),
      peer('chen', { needs: ['speaking slot'], status: 'distance' }),
      peer('dana', { careerStage: 'senior' }),
      peer('eli', { needs: ['speaking slot'], status: 'dormant' }),
      peer('fay', { skills: ['pottery'] }),
    ];
    const goals = [
      { owner: 'ben', title: 'Give a conference talk', status: 'open' as const },
      { owner: 'fay', title: 'Speak at a conference', status: 'dropped' as const },
    ];
    const opp = opportunitySchema.parse({
      id: 'o1',
      title: 'Senior speaker slot at DevConf',
      kind: 'speaking',
      skills: ['distributed systems'],
      tags: ['conference'],
      sharedWith: [{ peerId: 'ben', date: '2025-06-01' }],
    });
    const fits = whoWouldThisHelp(opp, peers, goals);
    // ana: need 3 + skill 2 + every skill it asks for 1 + stage 1.5 = 7.5; ben: goal 3 + skill 2 = 5;
    // eli: need 3 ("speaking slot" is public speaking, as the kind says). dana is only senior: a
    // stage is a bonus, never a fit by itself. chen is kept at a distance; fay's only goal was
    // dropped and pottery meets nothing.
    expect(fits.map((f) => [f.peerId, f.score, f.sharedOn, f.dormant])).toEqual([
      ['ana', 7.5, null, false],
      ['ben', 5, '2025-06-01', false],
      ['eli', 3, null, true],
    ]);
    // each reason about the peer, in their words
    expect(fits[0]!.reasons.map((r) => r.text)).toEqual([
      'Needs "conference speaking"',
      'Has "distributed systems", the skill it asks for',
      'Is senior, as it asks',
    ]);
    expect(fitSentence(fits[0]!)).toBe(
      'Ana needs "conference speaking", has "distributed systems", the skill it asks for, and is senior, as it asks.',
    );
    expect(fits[1]!.reasons.map((r) => r.text)).toEqual(['Has the goal "Give a conference talk"', 'Has the skill "public speaking"']);
    expect(fits[2]!.reasons.map((r) => r.text)).toEqual(['Needs "speaking slot"']);
  });
});
