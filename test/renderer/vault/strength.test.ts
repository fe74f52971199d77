import { describe, expect, test } from 'vitest';
import { MIN_SCORE, estimate } from '../../../renderer/src/vault/strength';

// the meter sits under "Four or more unrelated words are easy to remember and hard to guess":
// what it calls strong has to agree with that hint
describe('the passphrase strength meter', () => {
  test('a famous l33t password is not strong, however many symbols it has', async () => {
    const s = await estimate('Tr0ub4dor&3');
    expect(s.score).toBeLessThan(MIN_SCORE);
    expect(s.label).not.toMatch(/strong/i);
  });

  test('a short mix of two words and a digit is at most "Strong", never "Very strong"', async () => {
    const s = await estimate('ZebraCloud7!');
    expect(s.score).toBeLessThanOrEqual(3);
  });

  test('four unrelated words are very strong', async () => {
    for (const p of ['maple orbit lantern quietly', 'copper heron violin tundra', 'kettle mosaic ferry quilt']) {
      const s = await estimate(p);
      expect([p, s.label]).toEqual([p, 'Very strong']);
    }
  });

  test('a common password is weak, with advice', async () => {
    const s = await estimate('password1');
    expect(s.score).toBeLessThanOrEqual(1);
    expect(s.suggestions.length + (s.warning ? 1 : 0)).toBeGreaterThan(0);
  });
});
