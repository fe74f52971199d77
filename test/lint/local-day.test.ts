import { resolve } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';
// the very config `npm run lint` applies, not a copy of it
import config, { LOCAL_DAY_RULES } from '../../eslint.config.mjs';

const ROOT = resolve(__dirname, '../..');
// the blocks that set no-restricted-syntax, in their order (a later one replaces an earlier one's list for its files)
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
    const full = new ESLint({ cwd: ROOT });
    for (const file of [
      'renderer/src/peers/IntroduceModal.tsx',
      'electron/service/peers/handlers.ts',
      'shared/domain/days.ts',
      'shared/text-fold.ts',
    ]) {
      const rule = ((await full.calculateConfigForFile(resolve(ROOT, file))) as Linter.Config).rules?.['no-restricted-syntax'];
      const selectors = (rule as unknown[]).slice(1).map((r) => (r as { selector: string }).selector);
      expect(selectors).toEqual(expect.arrayContaining(LOCAL_DAY_RULES.map((r) => r.selector)));
    }
  });
});
