import { describe, expect, test } from 'vitest';
import { identityKeys, normalizeCompany, normalizeName } from '../../shared/domain/peer-identity';

const keys = (name: string, company: string) => identityKeys({ name, company, emails: [], linkedin: '' });

describe('identity keys: the same name at the same company', () => {
  test('two different people with the same Latin surname are two keys (their Cyrillic first names count)', () => {
    expect(keys('Иван Smith', 'Acme')).toEqual(['nc:иван smith|acme']);
    expect(keys('Анна Smith', 'Acme Inc')).toEqual(['nc:анна smith|acme']);
    expect(keys('Иван Smith', 'Acme')).not.toEqual(keys('Анна Smith', 'Acme Inc'));
  });

  test('names written only in another script have a key, and the same person has the same one', () => {
    expect(keys('王伟', '华为')).toEqual(['nc:王伟|华为']);
    expect(keys('王伟', '华为')).not.toEqual(keys('李伟', '华为'));
    expect(keys('山田 太郎', 'トヨタ')).toEqual(keys('山田　太郎', 'ﾄﾖﾀ')); // full-width space, half-width kana
    expect(keys('Νίκος Παπαδόπουλος', 'Όμιλος')).toEqual(keys('ΝΙΚΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ', 'ΟΜΙΛΟΣ'));
    expect(keys('مُحَمَّد علي', 'أرامكو')).toEqual(keys('محمد علي', 'ارامكو'));
    expect(keys('सुनील शर्मा', 'इन्फोसिस')).not.toEqual(keys('सोनल शर्मा', 'इन्फोसिस'));
  });

  test('accents, case, punctuation and company suffixes are still ignored', () => {
    expect(keys('José Núñez', 'Hooli Inc.')).toEqual(keys('jose nunez', 'HOOLI'));
    expect(keys('Jürgen Müller', 'Initech GmbH')).toEqual(keys('Jurgen Muller', 'initech'));
    expect(keys('Łukasz Søndergaard', 'Hooli')).toEqual(keys('Lukasz Sondergaard', 'Hooli'));
    expect(normalizeName('  Anne-Marie  O’Neil ')).toBe('anne marie o neil');
    expect(normalizeCompany('ACME Corporation')).toBe('acme');
    expect(normalizeCompany('Globex, Ltd.')).toBe('globex');
    expect(normalizeCompany('The Co-op Company')).toBe('the op');
    expect(normalizeCompany('Inc.')).toBe('');
    expect(keys('Ana Silva', 'Inc.')).toEqual([]);
    expect(keys('', 'Acme')).toEqual([]);
  });
});
