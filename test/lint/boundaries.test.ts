import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';
// the very block `npm run lint` applies, not a copy of it
import { LAYERING } from '../../eslint.config.mjs';

const ROOT = resolve(__dirname, '../..');
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, LAYERING],
});

/** The layering errors for one import written in a file at `from` (which need not exist). */
async function crossings(from: string, spec: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${spec}';\nexport const y = x;\n`, { filePath: resolve(ROOT, from) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('the layers, enforced by lint', () => {
  test.each([
    ['electron/core/vault/x.ts', '../../service/dispatch', 'core may not reach the service'],
    ['electron/core/x.ts', '../main/paths', 'core may not reach the Electron thread'],
    ['electron/main/x.ts', '../service/dispatch', 'the Electron thread knows only the service protocol'],
    ['electron/main/x.ts', '../core/vault', 'the Electron thread never opens the vault itself'],
    ['electron/service/x.ts', '../main/paths', 'the service knows no Electron thread'],
    ['electron/service/peers/x.ts', '../../../renderer/src/api', 'the service knows no screen'],
    ['renderer/src/peers/x.tsx', '../../../electron/core/vault', 'the renderer reaches only shared/'],
    ['renderer/src/x.ts', '../../electron/service/protocol', 'not even the protocol'],
    ['shared/domain/x.ts', '../../electron/core/vault', 'shared/ knows no process'],
    ['shared/x.ts', '../renderer/src/api', 'nor any screen'],
    ['electron/preload/x.ts', '../main/security', 'the preload is a bridge, not main'],
    ['electron/cli/x.ts', '../main/paths', 'the CLI runs without Electron'],
  ])('%s importing %s fails: %s', async (from, spec) => {
    expect(await crossings(from, spec)).toHaveLength(1);
  });

  test.each([
    ['electron/core/vault/x.ts', '../../../shared/text-fold'],
    ['electron/service/x.ts', '../core/vault'],
    ['electron/service/peers/x.ts', '../dispatch'],
    ['electron/main/x.ts', '../service/protocol'],
    ['electron/main/x.ts', '../../shared/ipc/channels'],
    ['electron/cli/x.ts', '../service/session'],
    ['renderer/src/x.ts', '../../shared/text-fold'],
    ['shared/domain/x.ts', '../text-fold'],
  ])('%s importing %s passes', async (from, spec) => {
    expect(await crossings(from, spec)).toEqual([]);
  });
});
