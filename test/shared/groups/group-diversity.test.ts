import { describe, expect, test } from 'vitest';
import { diversityOf, GROUP_DIMENSIONS, mapYourNetwork } from '../../../shared/domain/diversity';
import { groupDiversity, raiserText } from '../../../shared/domain/groups/group-diversity';
import { peerSchema } from '../../../shared/schema/document';

const peer = (id: string, industry: string, fn: string, country: string, careerStage: string, peerTypes: string[], status = 'active') =>
  peerSchema.parse({ id, name: id.toUpperCase(), industry, function: fn, country, careerStage, peerTypes, status });

// three members, all in fintech
const members = [
  peer('a', 'Fintech', 'Engineering', 'Portugal', 'mid', ['industry']),
  peer('b', 'Fintech', 'Product', 'Portugal', 'mid', ['industry']),
  peer('c', 'Fintech', 'Engineering', 'Spain', 'senior', ['industry', 'functional']),
];

describe('group diversity', () => {
  test('the same index as "Map your network", over the members, with peer type as a fifth dimension', () => {
    const r = groupDiversity(members, null, []);
    // industry: one value -> 0. function, location, career stage: 2:1 -> H = 0.6365, J = H / ln 2 = 0.9183.
    // peer type (c counts for two): industry 3, functional 1 -> H = 0.5623, J = 0.8113.
    // score = (0 + 3 x 0.9183 + 0.8113) / 5 = 0.7132
    expect(r.dimensions.map((d) => [d.dimension, Number(d.evenness.toFixed(4))])).toEqual([
      ['industry', 0],
      ['function', 0.9183],
      ['location', 0.9183],
      ['careerStage', 0.9183],
      ['peerType', 0.8113],
    ]);
    expect(r.score).toBeCloseTo(0.7132, 4);
    expect(r.people).toBe(3);
    // one function, not a copy: the map's four dimensions are the group's first four
    const map = mapYourNetwork(members);
    expect(map.dimensions).toEqual(diversityOf(members).dimensions);
    expect(map.dimensions).toEqual(r.dimensions.slice(0, 4));
  });

  test('what would raise it, in words', () => {
    expect(groupDiversity(members, null, []).hints).toEqual([
      'Everyone whose industry is known shares one (Fintech): a member from another industry would bring a different perspective.',
    ]);
    const leaning = groupDiversity(
      [
        ...members,
        peer('d', 'Fintech', 'Engineering', 'Portugal', 'mid', ['industry']),
        peer('e', 'Fintech', 'Engineering', 'Portugal', 'mid', ['industry']),
      ],
      null,
      [],
    );
    // function, location and stage 4:1 -> J = 0.5004 / ln 2 = 0.7219, just above the 0.7 line;
    // peer type industry 5, functional 1 -> 0.4506 / ln 2 = 0.6500, below it
    expect(leaning.hints).toEqual([
      'Everyone whose industry is known shares one (Fintech): a member from another industry would bring a different perspective.',
      'Members are mostly industry peers: a different kind of peer would even it out.',
    ]);
    const unknown = groupDiversity([peerSchema.parse({ id: 'x', name: 'X' }), peerSchema.parse({ id: 'y', name: 'Y' })], null, []);
    expect(unknown.score).toBeNull();
    expect(unknown.hints[0]).toBe('Too few members have their industry filled in to judge it: add it on their pages.');
  });

  test('which of my peers would raise it most, each with what they bring', () => {
    const candidates = [
      ...members,
      peer('d', 'Health tech', 'Design', 'Japan', 'early', ['geographic']),
      peer('e', 'Fintech', 'Engineering', 'Portugal', 'mid', ['industry']),
      peer('f', 'Retail', 'Sales', 'Kenya', 'lead', ['cohort'], 'archived'),
      peer('g', 'Fintech', 'Product', 'Spain', 'senior', ['functional'], 'dormant'),
    ];
    const r = groupDiversity(members, null, candidates);
    // d: industry 3:1 -> 0.8113; function, location, stage 2:1:1 -> 1.0397 / ln 3 = 0.9464;
    //    peer type 3:1:1 -> 0.9503 / ln 3 = 0.8650; score (0.8113 + 3 x 0.9464 + 0.8650) / 5 = 0.9031
    // g: industry 0; function, location, stage 2:2 -> 1; peer type 3:2 -> 0.9710; score 0.7942
    // e adds to the majority (lower), f is archived, a-c are members
    expect(r.raisers.map((x) => [x.peerId, Number(x.score.toFixed(4)), Number(x.gain.toFixed(4))])).toEqual([
      ['d', 0.9031, 0.1899],
      ['g', 0.7942, 0.081],
    ]);
    // each candidate's score is the one index over the group with them in it
    for (const x of r.raisers)
      expect(x.score).toBeCloseTo(diversityOf([...members, candidates.find((c) => c.id === x.peerId)!], GROUP_DIMENSIONS).score!, 12);
    expect(r.raisers[0]!.reasons).toEqual([
      'brings a new industry (Health tech)',
      'brings a new function (Design)',
      'brings a new place (Japan)',
      'brings a new career stage (early career)',
      'brings a new kind of peer (geographic)',
    ]);
    expect(raiserText(r.raisers[1]!)).toBe('Evens out the functions, the places, the career stages and the kinds of peer.');
    expect(raiserText({ reasons: ['brings a new place (Ghana)', 'evens out the functions'] })).toBe(
      'Brings a new place (Ghana) and evens out the functions.',
    );
    expect(r.raisers[1]!.reasons).toEqual([
      'evens out the functions',
      'evens out the places',
      'evens out the career stages',
      'evens out the kinds of peer',
    ]);
  });

  test('me counted in when given', () => {
    const me = {
      industry: 'Health tech',
      function: 'Engineering',
      city: 'Lisbon',
      country: 'Portugal',
      careerStage: 'senior' as const,
      peerTypes: [],
    };
    const r = groupDiversity(members, me, []);
    expect(r.people).toBe(4);
    expect(r.dimensions.find((d) => d.dimension === 'industry')).toMatchObject({ distinct: 2, known: 4 });
    expect(r.dimensions.find((d) => d.dimension === 'peerType')).toMatchObject({ known: 3 });
    expect(diversityOf([me], GROUP_DIMENSIONS).score).toBeNull();
  });
});
