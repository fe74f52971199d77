import { describe, expect, test } from 'vitest';
import config from '../../vitest.config.mts';
import { DEFAULT_SLOWDOWN, HOOK_MS, SLOWDOWN, TEST_MS, WAIT_MS, patience, slowdownFrom } from './patience.mts';

describe('COMPEER_TEST_SLOWDOWN', () => {
  test('unset or empty: the generous default; a number: that factor', () => {
    expect(slowdownFrom(undefined)).toBe(DEFAULT_SLOWDOWN);
    expect(slowdownFrom(' ')).toBe(DEFAULT_SLOWDOWN);
    expect(slowdownFrom('5')).toBe(5);
    expect(slowdownFrom('0.5')).toBe(0.5);
  });

  test('anything else is refused in words, never read as zero (every wait would fail at once)', () => {
    for (const bad of ['0', '-2', 'slow', 'Infinity', '3x'])
      expect(() => slowdownFrom(bad), bad).toThrow(
        `COMPEER_TEST_SLOWDOWN must be a positive number (how many times slower than an idle machine), not "${bad}"`,
      );
  });

  test('every time-out is the idle figure times the factor', () => {
    expect(patience(1000)).toBe(Math.round(1000 * SLOWDOWN));
    expect(WAIT_MS).toBe(patience(10_000));
  });

  test("vitest's test, hook and expect.poll time-outs come from the same factor", () => {
    const projects = (config.test?.projects ?? []) as {
      test: { name: 'unit' | 'browser'; testTimeout: number; hookTimeout: number; expect?: { poll?: { timeout?: number } } };
    }[];
    expect(projects.map((p) => p.test.name).sort()).toEqual(['browser', 'unit']);
    for (const { test: t } of projects) {
      expect(t.testTimeout, t.name).toBe(TEST_MS[t.name]);
      expect(t.hookTimeout, t.name).toBe(HOOK_MS);
      expect(t.expect?.poll?.timeout, t.name).toBe(WAIT_MS);
    }
  });
});
