import { describe, expect, test } from 'vitest';
import {
  FAMILIES,
  SYNONYMS,
  WEAK_WORDS,
  canonicalOf,
  explainMatch,
  familyOf,
  keywords,
  matchTerms,
  normalise,
  singular,
} from '../../shared/domain/words';

describe('normalised words', () => {
  test('case, accents and punctuation are ignored', () => {
    expect(normalise('  Café-Owner, São Paulo!  ')).toBe('cafe owner sao paulo');
    expect(normalise('C++ & C#')).toBe('c++ c#');
  });

  test('simple plurals become singular; short words and -ss/-us/-is endings stay', () => {
    expect(['skills', 'boundaries', 'coaches', 'boxes', 'bus', 'class', 'analysis', 'ops'].map(singular)).toEqual([
      'skill',
      'boundary',
      'coach',
      'box',
      'bus',
      'class',
      'analysis',
      'ops',
    ]);
    expect(keywords('The Art of Public Speaking')).toEqual(['art', 'public', 'speaking']);
  });

  test('the synonym table names one main word for each group', () => {
    expect(canonicalOf('K8s')).toBe('kubernetes');
    expect(canonicalOf('mentorship')).toBe('mentoring');
    expect(canonicalOf('Conference talks')).toBe('public speaking');
    expect(canonicalOf('gardening')).toBe('gardening');
  });
});

describe('matching terms', () => {
  test('the same phrase, a synonym, or a shared long word; each says why', () => {
    const m = matchTerms(
      ['Public Speaking', 'k8s', 'distributed systems', 'go'],
      ['public speaking', 'Kubernetes', 'systems thinking', 'go-to-market'],
    );
    expect(m.map((x) => [x.a, x.b, x.via, x.on])).toEqual([
      ['Public Speaking', 'public speaking', 'same', 'public speaking'],
      ['k8s', 'Kubernetes', 'synonym', 'kubernetes'],
      ['distributed systems', 'systems thinking', 'word', 'system'],
    ]);
    expect(explainMatch(m[1]!)).toBe('"k8s" meets "Kubernetes" (the same thing: kubernetes)');
    // "go" is too short to match "go-to-market" on a shared word
    expect(m.some((x) => x.a === 'go')).toBe(false);
  });

  test('a speaking slot meets conference speaking through the table', () => {
    expect(matchTerms(['speaking slot'], ['conference talk'])[0]).toMatchObject({ via: 'synonym', on: 'public speaking' });
  });

  test('nothing in common: no match', () => {
    expect(matchTerms(['pricing'], ['illustration', ''])).toEqual([]);
  });
});

describe('matching by meaning', () => {
  test('a word that carries no meaning in a profile is never the one word two phrases share', () => {
    for (const [a, b] of [
      ['Staff engineer role at Hooli', 'staff promotion case'],
      ['Senior speaker slot', 'senior role'],
      ['Open-source maintainers grant', 'open position'],
      ['remote team tips', 'team building'],
      ['portfolio review', 'performance reviews'],
    ] as const)
      expect(matchTerms([a], [b]), `${a} / ${b}`).toEqual([]);
    // the same whole phrase still meets, weak words and all
    expect(matchTerms(['Staff promotion'], ['staff promotion']).map((m) => m.via)).toEqual(['same']);
    // and a meaningful word still does
    expect(matchTerms(['grant application'], ['grant writing'])).toEqual([
      { a: 'grant application', b: 'grant writing', via: 'word', on: 'grant' },
    ]);
  });

  test('phrases meet before words: the synonym table first, then a skill family, each explained once', () => {
    expect(matchTerms(['fundraising'], ['seed round'])).toEqual([{ a: 'fundraising', b: 'seed round', via: 'family', on: 'fundraising' }]);
    expect(explainMatch(matchTerms(['Terraform'], ['Kubernetes'])[0]!)).toBe(
      '"Terraform" and "Kubernetes" are related (both cloud infrastructure)',
    );
    expect(matchTerms(['k8s'], ['Kubernetes'])[0]!.via).toBe('synonym');
    expect(familyOf('pottery')).toBe('');
  });

  test('the tables are sound: no phrase in two families, no weak word that is a synonym line’s main word', () => {
    const seen = new Map<string, string>();
    for (const line of FAMILIES)
      for (const t of line) {
        const c = canonicalOf(t);
        expect(seen.get(c) ?? line[0], `${t} is in "${seen.get(c)}" and "${line[0]}"`).toBe(line[0]);
        seen.set(c, line[0]!);
      }
    for (const line of SYNONYMS) expect(WEAK_WORDS.has(canonicalOf(line[0]!))).toBe(false);
  });
});
