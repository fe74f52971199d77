import { resolve } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';
// the very config `npm run lint` applies, not a copy of it
import config, { DATE_WORDS_RULES } from '../../eslint.config.mjs';

const ROOT = resolve(__dirname, '../..');
const restricting = config.filter((c) => c.rules?.['no-restricted-syntax'] !== undefined);
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...restricting],
});

/** The no-restricted-syntax messages for `code` written in a file at `path` (which need not exist). */
async function refusals(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

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
    const full = new ESLint({ cwd: ROOT });
    for (const file of [
      'renderer/src/today/TodayPage.tsx',
      'renderer/src/interactions/LogInteractionDialog.tsx',
      'electron/cli/commands/today.ts',
      'electron/service/peers/handlers.ts',
      'shared/text-fold.ts',
    ]) {
      const rule = ((await full.calculateConfigForFile(resolve(ROOT, file))) as Linter.Config).rules?.['no-restricted-syntax'];
      const selectors = (rule as unknown[]).slice(1).map((r) => (r as { selector: string }).selector);
      expect(selectors, file).toEqual(expect.arrayContaining(DATE_WORDS_RULES.map((r) => r.selector)));
    }
  });
});
