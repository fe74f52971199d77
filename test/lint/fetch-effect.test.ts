import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';

/**
 * The renderer reads vault data one way (renderer/src/data): lint refuses a fetch written by
 * hand in an effect. Checked on snippets linted as if they were files of the renderer.
 */
const root = resolve(__dirname, '../..');
// the project's own config; a snippet is no file of the TypeScript project, so it is linted without types
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

async function problems(code: string, file = 'renderer/src/peers/Snippet.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  const messages = result?.messages ?? [];
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const HEAD = `import { useEffect, useState } from 'react';
import { call, compeer } from '../api';
`;

describe('a fetch effect written by hand', () => {
  test('compeer() called in an effect is refused', async () => {
    const found = await problems(`${HEAD}
export function usePeers() {
  const [peers, setPeers] = useState<unknown>(null);
  useEffect(() => {
    void call(compeer().peers.list()).then(setPeers);
  }, []);
  return peers;
}
`);
    expect(found.some((m) => m.startsWith('A hand-written fetch effect'))).toBe(true);
  });

  test('the `let live = true` guard in an effect is refused', async () => {
    const found = await problems(`import { useEffect, useState } from 'react';
export function useLater(load: () => Promise<number>) {
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    void load().then((v) => live && setN(v));
    return () => {
      live = false;
    };
  }, [load]);
  return n;
}
`);
    expect(found).toEqual([expect.stringMatching(/^A hand-written fetch effect \(a flag/)]);
  });

  test("a call on the user's word, outside an effect, passes", async () => {
    const found = await problems(`${HEAD}
export function useSave() {
  const [done, setDone] = useState(false);
  useEffect(() => setDone(false), []);
  return { done, save: () => call(compeer().peers.list()).then(() => setDone(true)) };
}
`);
    expect(found).toEqual([]);
  });

  test('the data module itself is the one place allowed', async () => {
    const found = await problems(
      `import { useEffect } from 'react';
import { onVaultEvent } from './channel';
export function useWire(cb: () => void) {
  useEffect(() => onVaultEvent('vault:changed', cb), [cb]);
}
export function useRead(load: () => Promise<void>) {
  useEffect(() => {
    let live = true;
    void load().then(() => live);
    return () => {
      live = false;
    };
  }, [load]);
}
`,
      'renderer/src/data/Snippet.tsx',
    );
    expect(found).toEqual([]);
  });
});
