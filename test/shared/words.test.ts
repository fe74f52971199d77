import { describe, expect, test } from 'vitest';
import { canonicalOf, explainMatch, keywords, matchTerms, normalise, singular } from '../../shared/domain/words';

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
