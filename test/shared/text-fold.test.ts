import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fold, foldedIncludes, foldKey, foldWithMap, markTerms } from '../../shared/text-fold';

describe('fold: accents and case ignored, letters of every script kept', () => {
  test('Latin accents and case go; what was there stays', () => {
    expect(fold('José')).toBe('jose');
    expect(fold('Müller')).toBe(fold('Muller'));
    expect(fold('Zoë ÅNGSTRÖM')).toBe('zoe angstrom');
    expect(fold('Nguyễn Thị')).toBe('nguyen thi');
    expect(fold('İstanbul')).toBe('istanbul');
    expect(fold('Ben O’Hara, 42')).toBe('ben o’hara, 42');
  });

  test('case folded where lower case is not enough: ß is ss, a final sigma is a sigma', () => {
    expect(fold('Straße')).toBe(fold('STRASSE'));
    expect(fold('Weiß')).toBe('weiss');
    expect(fold('Νίκος')).toBe(fold('ΝΙΚΟΣ'));
    expect(fold('Νίκος')).toBe('νικοσ');
  });

  test('Latin letters with the accent drawn in are their plain letters', () => {
    expect(fold('Søren Łukasz Đorđević')).toBe('soren lukasz dordevic');
    expect(fold('Ærø, Œuvre, Iıİ')).toBe('aero, oeuvre, iii');
  });

  test('compatibility forms are the letters they stand for (ligatures, full and half width)', () => {
    expect(fold('ﬁnance')).toBe('finance');
    expect(fold('ＡＣＭＥ１２')).toBe('acme12');
    expect(fold('ｶﾞﾙｼｱ')).toBe(fold('ガルシア'));
  });

  test('Cyrillic, Greek, Arabic, Chinese and Japanese names keep their letters', () => {
    expect(fold('Иван Петров')).toBe('иван петров');
    expect(fold('Иван')).not.toBe(fold('Анна'));
    expect(fold('Ёлка')).toBe(fold('елка'));
    expect(fold('Παπαδόπουλος')).toBe('παπαδοπουλοσ');
    expect(fold('مُحَمَّد')).toBe(fold('محمد')); // vowel marks are optional in Arabic
    expect(fold('أحمد')).toBe(fold('احمد'));
    expect(fold('أحمد')).not.toBe(fold('محمد'));
    expect(fold('王伟')).toBe('王伟');
    expect(fold('王伟')).not.toBe(fold('李伟'));
    expect(fold('山田太郎')).toBe('山田太郎');
    expect(fold('김민준')).toBe('김민준'); // Hangul comes back composed
  });

  test('where a mark is part of the spelling (kana voicing, Indic vowel signs), it is kept: two names stay two', () => {
    expect(fold('ガルシア')).not.toBe(fold('カルシア'));
    expect(fold('सुनील')).not.toBe(fold('सोनल')); // Sunil, Sonal
    expect(fold('सुनील')).toBe('सुनील');
  });

  test('ASCII text is only lower-cased', () => {
    expect(fold('Ben Okafor <ben@x.org> #1')).toBe('ben okafor <ben@x.org> #1');
  });
});

describe('foldKey: folded words, anything else one space', () => {
  test('punctuation and runs of spaces are one space; letters and digits of every script stay', () => {
    expect(foldKey('  Иван   Smith-Jones! ')).toBe('иван smith jones');
    expect(foldKey('José  (Acme, Inc.)')).toBe('jose acme inc');
    expect(foldKey('王伟 / 华为')).toBe('王伟 华为');
    expect(foldKey('सुनील कुमार')).toBe('सुनील कुमार'); // a vowel sign does not split a word
    expect(foldKey('— … —')).toBe('');
  });

  test('chosen symbols can be kept (C++ and C# are skills)', () => {
    expect(foldKey('C++ / C#', '+#')).toBe('c++ c#');
    expect(foldKey('C++ / C#')).toBe('c c');
  });
});

describe('foldedIncludes', () => {
  test('accents and case ignored on both sides, in any script', () => {
    expect(foldedIncludes('Jérôme Dupont', 'JEROME')).toBe(true);
    expect(foldedIncludes('Иван Петров', 'петр')).toBe(true);
    expect(foldedIncludes('Νίκος', 'νικ')).toBe(true);
    expect(foldedIncludes('Ana Silva', 'ben')).toBe(false);
    expect(foldedIncludes('anything', '  ')).toBe(true);
  });
});

describe('markTerms in scripts with marks', () => {
  test('a Devanagari word is one word: the term marks its start, not a piece after a vowel sign', () => {
    const parts = markTerms('मिलिए सुनील से', [fold('सुनील')]);
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['सुनील']);
    expect(parts.map((p) => p.text).join('')).toBe('मिलिए सुनील से');
  });
});

describe('foldWithMap', () => {
  test('a letter typed as base and combining accent folds as in the whole text, and maps back to it', () => {
    const text = 'Meet Je\u0301ro\u0302me, Straße 5';
    const { folded, at } = foldWithMap(text);
    expect(folded).toBe(fold(text));
    const k = folded.indexOf('jerome');
    expect(text.slice(at[k], at[k + 'jerome'.length])).toBe('Je\u0301ro\u0302me');
    expect(
      markTerms(text, ['jerome'])
        .filter((p) => p.hit)
        .map((p) => p.text),
    ).toEqual(['Je\u0301ro\u0302me']);
    for (const t of ['김민준 ｶﾞﾙｼｱ', 'ΟΔΥΣΣΕΑΣ', 'plain ascii']) expect(foldWithMap(t).folded).toBe(fold(t));
  });
});

test('foldWithMap folds as fold does, whatever the mix of scripts, accents and forms', () => {
  const piece = fc.constantFrom(
    'a',
    'Ø',
    'Æ',
    'ı',
    '\u0307',
    '\u0903',
    'É',
    'e\u0301',
    'ß',
    'Σ',
    'ΟΣ ',
    'ﬁ',
    'Ａ',
    'ｶ',
    'ﾞ',
    'ガ',
    'カ\u3099',
    '김',
    '\u1100\u1161\u11a8',
    'स',
    'ु',
    'مُ',
    'أ',
    'İ',
    ' ',
    '-',
    '王',
    '😀',
    '\u200d',
    'ё',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), (ps) => {
      const t = ps.join('');
      const { folded, at } = foldWithMap(t);
      expect(folded).toBe(fold(t));
      expect(at).toHaveLength(folded.length + 1);
    }),
    { numRuns: 2000 },
  );
});
