import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PATIENCE = 'take the time-out from test/helpers/patience.mts (WAIT_MS, or patience(ms) for what an idle machine needs)';
const TIMEOUT_RULES = [
  {
    selector:
      "Property[key.name=/^(timeout|testTimeout|hookTimeout)$/]:matches([value.type='Literal'], [value.type='BinaryExpression'], [value.type='UnaryExpression'])",
    message: `A fixed time-out fails on a busy machine: ${PATIENCE}.`,
  },
  {
    selector: 'CallExpression[callee.property.name=/^setDefault(Navigation)?Timeout$/][arguments.0.type=/^(Literal|BinaryExpression)$/]',
    message: `A fixed default time-out: ${PATIENCE}.`,
  },
  {
    // test(name, fn, 120_000), test.skip(…), test.each(…)(…)
    selector:
      ":matches(CallExpression[callee.name=/^(test|it|describe)$/], CallExpression[callee.object.name=/^(test|it|describe)$/], CallExpression[callee.callee.object.name=/^(test|it|describe)$/]):matches([arguments.2.type='Literal'], [arguments.2.type='BinaryExpression'])",
    message: `A fixed test time-out: ${PATIENCE}.`,
  },
  {
    selector:
      "CallExpression[callee.object.name='vi'][callee.property.name=/^wait(For|Until)$/]:matches([arguments.length<2], [arguments.1.type='Literal'], [arguments.1.type='BinaryExpression'])",
    message: `vi.waitFor's default (one second) fails on a busy machine: pass { timeout: WAIT_MS }.`,
  },
];
const SLEEP_RULES = [
  {
    selector: "CallExpression[callee.name='setTimeout']:matches([arguments.1.type='Literal'], [arguments.1.type='BinaryExpression'])",
    message: `A fixed delay: wait for an event or a state; for a time-out, ${PATIENCE}.`,
  },
  {
    selector: "CallExpression[callee.property.name='waitForTimeout']",
    message:
      'A fixed sleep: wait for the state you need (a locator, page.waitForFunction, expect.poll; settled(page) before a screenshot).',
  },
];

/**
 * The layers, read off the folder tree (README, "Layout"). Each may import only from itself and
 * the layers named here; a relative path across a line fails lint (test/lint/boundaries.test.ts).
 */
const LAYERS = [
  { type: 'shared', pattern: 'shared/**', may: [] },
  { type: 'renderer', pattern: 'renderer/**', may: ['shared'] },
  { type: 'core', pattern: 'electron/core/**', may: ['shared'] },
  { type: 'service', pattern: 'electron/service/**', may: ['core', 'shared'] },
  // and the service's protocol (the worker's messages), nothing else of it
  { type: 'main', pattern: 'electron/main/**', may: ['shared'] },
  { type: 'preload', pattern: 'electron/preload/**', may: ['shared'] },
  { type: 'cli', pattern: 'electron/cli/**', may: ['service', 'core', 'shared'] },
];
export const LAYERING = {
  files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs'] } },
    'boundaries/elements': LAYERS.map(({ type, pattern }) => ({ type, pattern, partialMatch: false })),
    'boundaries/files': [{ category: 'protocol', pattern: 'electron/service/protocol.ts' }],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        policies: [
          // packages are the business of the no-restricted-imports rules below
          { allow: { to: { module: { origin: 'external' } } } },
          { allow: { to: { module: { origin: 'core' } } } },
          ...LAYERS.map(({ type, may }) => ({
            from: { element: { type } },
            allow: { to: { element: { types: { anyOf: [type, ...may] } } } },
          })),
          { from: { element: { type: 'main' } }, allow: { to: { file: { categories: 'protocol' } } } },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'resources/**', 'eslint.config.d.mts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  LAYERING,
  {
    // shared/ is used by both sides: nothing from Electron, Node, React or the DOM
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['electron', 'node:*', 'react', 'react-dom', '@mantine/*'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: ['electron', 'node:*'] }],
    },
  },
  {
    // one home for comparing text (STYLE.md, "One rule, one home"): a second folding drifts
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['shared/text-fold.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='normalize'] > Literal[value=/^NFK?D$/]",
          message: 'Fold text with shared/text-fold.ts (fold, foldKey, foldedIncludes).',
        },
        {
          selector: "CallExpression[callee.property.name='includes'][callee.object.callee.property.name='toLowerCase']",
          message: 'Match text with foldedIncludes from shared/text-fold.ts (accents and case ignored).',
        },
      ],
    },
  },
  {
    // A busy 2-core machine must pass: a test waits for a state, never for a while, and every
    // time-out comes from test/helpers/patience.mts, which scales with COMPEER_TEST_SLOWDOWN.
    files: ['test/**/*.ts', 'vitest.config.mts'],
    rules: {
      'no-restricted-syntax': ['error', ...TIMEOUT_RULES, ...SLEEP_RULES],
    },
  },
  {
    // the benchmark's short pauses are quiet moments between measured steps (part of what it
    // measures), not waits for a state; its time-outs still scale
    files: ['test/bench/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...TIMEOUT_RULES],
    },
  },
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
