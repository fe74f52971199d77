import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { HOOK_MS, TEST_MS, WAIT_MS } from './test/helpers/patience.mts';

// every time-out scales with COMPEER_TEST_SLOWDOWN (test/helpers/patience.mts); expect.poll's
// own default (one second) failed on a busy machine
const expect = { poll: { timeout: WAIT_MS } };

// The command-line tool keeps a record of each vault's newest save in the app's data folder
// (COMPEER_HOME, else the user's own); tests, and the command lines they start, use a
// scratch one instead.
const env = { COMPEER_HOME: join(tmpdir(), 'compeer-test-home') };

export default defineConfig({
  test: {
    // `npm run test:fast` runs the unit tests without these (no build needed)
    tags: [{ name: 'build', description: 'reads what npm run build wrote to out/' }],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          environment: 'node',
          env,
          testTimeout: TEST_MS.unit,
          hookTimeout: HOOK_MS,
          expect,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          env,
          testTimeout: TEST_MS.browser,
          hookTimeout: HOOK_MS,
          expect,
          // one Chromium at a time on a 2-core machine
          fileParallelism: false,
        },
      },
    ],
  },
});
