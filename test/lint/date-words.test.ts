import { describe, expect, test } from 'vitest';
import { DATE_WORDS_RULES } from '../../eslint.config.mjs';
import { refusals, restrictedSelectors } from '../helpers/lint-rules';

describe('a date said by hand, refused by lint', () => {
  test.each([
    [
      'renderer/src/today/x.tsx',
      "import { format, parseISO } from 'date-fns';\nexport const s = (d: string) => format(parseISO(d), 'd MMM');",
    ],
    ['renderer/src/groups/x.ts', "export const s = (d: Date) => d.toLocaleDateString(undefined, { month: 'long' });"],
    ['renderer/src/data/x.ts', "export const s = (d: Date) => d.toLocaleDateString('en-GB');"],
    ['electron/cli/commands/x.ts', "export const s = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium' });"],
    ['shared/domain/x.ts', "export const f = new Intl.DateTimeFormat('en', { month: 'short' });"],
    ['electron/core/x.ts', "export const f = new Intl.RelativeTimeFormat('en');"],
    ['shared/text-fold.ts', 'export const s = (d: Date) => d.toLocaleDateString();'],
  ])('in %s: %s', async (path, code) => {
    expect(await refusals(path, code)).toEqual([expect.stringContaining('shared/date-words.ts')]);
  });

  test('its home, date-fns arithmetic and a count said in English pass', async () => {
    expect(await refusals('shared/date-words.ts', "export const f = new Intl.DateTimeFormat('en', { month: 'short' });")).toEqual([]);
    const code =
      "import { addDays, parseISO } from 'date-fns';\nimport { dayWords } from '../../../shared/date-words';\n" +
      "export const a = addDays(parseISO('2026-12-07'), 1);\nexport const b = dayWords('2026-12-07', '2026-12-07');\nexport const c = (1234).toLocaleString('en');\n";
    expect(await refusals('renderer/src/today/x.tsx', code)).toEqual([]);
  });

  test("a test may format a date its own way (the tests' rules are untouched)", async () => {
    expect(await refusals('test/x.test.ts', "export const s = new Date().toLocaleDateString('en-GB');")).toEqual([]);
  });

  test('the whole config gives every app file the rule (no later block replaces it)', async () => {
    for (const [file, selectors] of await restrictedSelectors([
      'renderer/src/today/TodayPage.tsx',
      'renderer/src/interactions/LogInteractionDialog.tsx',
      'electron/cli/commands/today.ts',
      'electron/service/peers/handlers.ts',
      'shared/text-fold.ts',
    ]))
      expect(selectors, file).toEqual(expect.arrayContaining(DATE_WORDS_RULES.map((r) => r.selector)));
  });
});
