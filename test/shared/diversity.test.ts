import { describe, expect, test } from 'vitest';
import { mapYourNetwork, shannonEvenness } from '../../shared/domain/diversity';
import { peerSchema } from '../../shared/schema/document';

const peer = (id: string, extra: Record<string, unknown>) => peerSchema.parse({ id, name: id, ...extra });

describe('Shannon evenness', () => {
  test('0 for one value, 1 for an even spread, between otherwise', () => {
    expect(shannonEvenness(['a', 'a', 'a'])).toBe(0);
    expect(shannonEvenness([])).toBe(0);
    expect(shannonEvenness(['a', 'b', 'c', 'a', 'b', 'c'])).toBeCloseTo(1, 10);
    const skewed = shannonEvenness(['a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'b']);
    expect(skewed).toBeGreaterThan(0);
    expect(skewed).toBeLessThan(0.5);
    // p = (0.9, 0.1): H = -(0.9 ln 0.9 + 0.1 ln 0.1) = 0.325; J = H / ln 2 = 0.469
    expect(skewed).toBeCloseTo(0.469, 3);
  });

  test('ignores unknown (empty) values', () => {
    expect(shannonEvenness(['a', '', 'b', ''])).toBeCloseTo(1, 10);
  });
});

describe('map your network', () => {
  test('an empty network says where to start', () => {
    const r = mapYourNetwork([]);
    expect(r.gaps.map((g) => g.id)).toEqual(['empty']);
  });

  test('counts per type, and names the missing types with where to look', () => {
    const r = mapYourNetwork([
      peer('a', { peerTypes: ['industry', 'cohort'] }),
      peer('b', { peerTypes: ['industry'] }),
      peer('c', { peerTypes: ['functional'], status: 'archived' }),
    ]);
    expect(r.active).toBe(2);
    expect(r.byType).toMatchObject({ industry: 2, cohort: 1, functional: 0 });
    const geo = r.gaps.find((g) => g.id === 'type-geographic')!;
    expect(geo.text).toBe('No geographic peers yet.');
    expect(geo.where).toMatch(/Local meetups/);
    expect(r.gaps.some((g) => g.id === 'type-industry')).toBe(false);
  });

  test('"all your peers are in one industry", and mostly-one warnings', () => {
    const same = ['a', 'b', 'c'].map((id) => peer(id, { industry: 'Fintech', peerTypes: ['industry'] }));
    expect(mapYourNetwork(same).gaps.find((g) => g.id === 'one-industry')!.text).toBe(
      'All your peers with a known industry are in one industry (fintech).',
    );
    const mostly = [...'abcdefghi'].map((id) => peer(id, { country: 'Portugal' })).concat(peer('z', { country: 'Kenya' }));
    expect(mapYourNetwork(mostly).gaps.find((g) => g.id === 'mostly-location')!.text).toBe(
      '90% of your peers share one location (portugal).',
    );
  });

  test('diversity per dimension', () => {
    const r = mapYourNetwork([peer('a', { careerStage: 'mid' }), peer('b', { careerStage: 'senior' })]);
    expect(r.dimensions.find((d) => d.dimension === 'careerStage')).toMatchObject({ evenness: 1, distinct: 2, known: 2 });
  });
});

describe('unknown dimensions', () => {
  test('a dimension most peers lack is named as a gap, not reported as diverse', () => {
    const r = mapYourNetwork([peer('a', { industry: 'Fintech' }), peer('b', {}), peer('c', {})]);
    expect(r.gaps.find((g) => g.id === 'unknown-industry')!.text).toMatch(/Most of your peers have no industry filled in/);
    expect(r.gaps.some((g) => g.id === 'unknown-industry' && g.where.length > 0)).toBe(true);
  });
});
