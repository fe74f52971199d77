import { describe, expect, test } from 'vitest';
import { LOCAL_DAY_RULES } from '../../eslint.config.mjs';
import { refusals, restrictedSelectors } from '../helpers/lint-rules';

describe('the UTC day, refused by lint', () => {
  test.each([
    ['renderer/src/peers/x.tsx', 'export const today = () => new Date().toISOString().slice(0, 10);'],
    ['electron/service/peers/x.ts', 'export const day = (now: () => Date) => now().toISOString().substring(0, 10);'],
    ['shared/domain/x.ts', "export const day = (d: Date) => d.toISOString().split('T')[0];"],
    ['electron/core/x.ts', 'export const day = (d: Date) => d.toISOString().substr(0, 10);'],
    ['shared/text-fold.ts', 'export const day = (d: Date) => d.toISOString().slice(0, 10);'],
  ])('in %s: %s', async (path, code) => {
    expect(await refusals(path, code)).toEqual([expect.stringContaining('dayOf(now) from shared/domain/days.ts')]);
  });

  test('the local day, and the time of a stamp, pass', async () => {
    const code =
      "import { dayOf } from '../../../shared/domain/days';\nexport const a = dayOf(new Date());\nexport const b = new Date().toISOString();\n" +
      'export const c = `${new Date().toISOString().slice(0, 16)} UTC`;\n';
    expect(await refusals('renderer/src/peers/x.tsx', code)).toEqual([]);
  });

  test('the folding rules still hold beside it', async () => {
    expect(await refusals('renderer/src/x.ts', "export const f = (s: string) => s.normalize('NFD');")).toHaveLength(1);
  });

  test("the tests' own rules are untouched: a test may build a UTC day", async () => {
    expect(await refusals('test/x.test.ts', 'export const d = new Date().toISOString().slice(0, 10);')).toEqual([]);
    expect(await refusals('test/x.test.ts', 'setTimeout(() => undefined, 10);')).toHaveLength(1);
  });

  test('the whole config gives an app file the rule (no later block replaces it)', async () => {
    for (const [, selectors] of await restrictedSelectors([
      'renderer/src/peers/IntroduceModal.tsx',
      'electron/service/peers/handlers.ts',
      'shared/domain/days.ts',
      'shared/text-fold.ts',
    ]))
      expect(selectors).toEqual(expect.arrayContaining(LOCAL_DAY_RULES.map((r) => r.selector)));
  });
});
