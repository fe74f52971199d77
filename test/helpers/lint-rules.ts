import { resolve } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
// the very config `npm run lint` applies, not a copy of it
import config from '../../eslint.config.mjs';

const ROOT = resolve(__dirname, '../..');
// the blocks that set no-restricted-syntax, in their order (a later one replaces an earlier one's list for its files)
const restricting = config.filter((c) => c.rules?.['no-restricted-syntax'] !== undefined);
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...restricting],
});

/** The no-restricted-syntax messages for `code` written in a file at `path` (which need not exist). */
export async function refusals(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

/** Each file with the no-restricted-syntax selectors the whole config gives it (after every later block). */
export async function restrictedSelectors(files: readonly string[]): Promise<[string, string[]][]> {
  const full = new ESLint({ cwd: ROOT });
  const out: [string, string[]][] = [];
  for (const file of files) {
    const rule = ((await full.calculateConfigForFile(resolve(ROOT, file))) as Linter.Config).rules?.['no-restricted-syntax'];
    out.push([file, (rule as unknown[]).slice(1).map((r) => (r as { selector: string }).selector)]);
  }
  return out;
}
