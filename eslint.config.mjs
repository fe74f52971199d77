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

const APP_FILES = ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}'];
/** A second folding of text drifts from the one in shared/text-fold.ts. */
export const FOLD_RULES = [
  {
    selector: "CallExpression[callee.property.name='normalize'] > Literal[value=/^NFK?D$/]",
    message: 'Fold text with shared/text-fold.ts (fold, foldKey, foldedIncludes).',
  },
  {
    selector: "CallExpression[callee.property.name='includes'][callee.object.callee.property.name='toLowerCase']",
    message: 'Match text with foldedIncludes from shared/text-fold.ts (accents and case ignored).',
  },
];
const LOCAL_DAY =
  'the day is the local calendar day, dayOf(now) from shared/domain/days.ts: the UTC day is already tomorrow in the evening west of UTC';
/** The UTC day of a moment, written by hand (test/lint/local-day.test.ts). */
export const LOCAL_DAY_RULES = [
  {
    // now.toISOString().slice(0, 10), .substring(0, 10), .substr(0, 10)
    // (a UTC time said to be one, slice(0, 16) + ' UTC', is fine)
    selector:
      "CallExpression[callee.property.name=/^(slice|substring|substr)$/][callee.object.callee.property.name='toISOString'][arguments.0.value=0][arguments.1.value=10]",
    message: `Not the UTC day: ${LOCAL_DAY}.`,
  },
  {
    // now.toISOString().split('T')[0]
    selector: "MemberExpression[object.callee.property.name='split'][object.callee.object.callee.property.name='toISOString']",
    message: `Not the UTC day: ${LOCAL_DAY}.`,
  },
];

const DATE_WORDS =
  'say a date with shared/date-words.ts (dayWords, dayRelative, dayFull, dayLong…): one style for the whole app, from the locale';
/** A date said to a person, formatted by hand (test/lint/date-words.test.ts). */
export const DATE_WORDS_RULES = [
  {
    selector:
      'ImportDeclaration[source.value=/^date-fns/] > ImportSpecifier[imported.name=/^(format|formatDate|formatRelative|formatDistance|formatDistanceToNow|formatDistanceStrict|intlFormat|lightFormat)$/]',
    message: `Not date-fns' format: ${DATE_WORDS}.`,
  },
  {
    selector: "CallExpression[callee.property.name='toLocaleDateString']",
    message: `Not toLocaleDateString: ${DATE_WORDS}.`,
  },
  {
    selector: "NewExpression[callee.object.name='Intl'][callee.property.name=/^(DateTimeFormat|RelativeTimeFormat)$/]",
    message: `Not a hand-made Intl date format: ${DATE_WORDS}.`,
  },
  {
    // n.toLocaleString('en') for a count is fine; a date's options are not
    selector:
      'CallExpression[callee.property.name=/^toLocale(Time)?String$/] > ObjectExpression > Property[key.name=/^(dateStyle|timeStyle|weekday|month|day|year)$/]',
    message: `Not toLocaleString for a date: ${DATE_WORDS}.`,
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

const READ_WITH =
  'read vault data with useVaultQuery (renderer/src/data/queries.tsx): cached, refreshed after every change, dropped on lock';
const FETCH_EFFECT_RULES = [
  {
    // compeer().x.y(…), call(…), send(…) or invoke(…) anywhere inside an effect
    selector: "CallExpression[callee.name='useEffect'] CallExpression[callee.name=/^(compeer|call|send|invoke)$/]",
    message: `A hand-written fetch effect: ${READ_WITH}.`,
  },
  {
    selector:
      "CallExpression[callee.name='useEffect'] VariableDeclaration[kind='let'] > VariableDeclarator[id.name=/^(live|alive|mounted|active|cancelled|canceled)$/][init.value=true]",
    message: `A hand-written fetch effect (a flag against answers that come too late): ${READ_WITH}.`,
  },
];

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
    // the app's own code: one home for each rule below (STYLE.md, "One rule, one home"). Both
    // lists sit in this one block, as a later block's no-restricted-syntax replaces this one's
    files: APP_FILES,
    rules: { 'no-restricted-syntax': ['error', ...FOLD_RULES, ...LOCAL_DAY_RULES, ...DATE_WORDS_RULES] },
  },
  {
    // the home of folding itself
    files: ['shared/text-fold.ts'],
    rules: { 'no-restricted-syntax': ['error', ...LOCAL_DAY_RULES, ...DATE_WORDS_RULES] },
  },
  {
    // the home of saying dates; the machine's day (dayOf writes YYYY-MM-DD with date-fns) and
    // the wall-clock time in a named zone (Intl's zone data, never shown) are not words
    files: ['shared/date-words.ts', 'shared/domain/days.ts', 'shared/domain/time-zones.ts'],
    rules: { 'no-restricted-syntax': ['error', ...FOLD_RULES, ...LOCAL_DAY_RULES] },
  },
  {
    // one way for a screen to read vault data: renderer/src/data (a query, refreshed on every change)
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/data/**'],
    rules: { 'no-restricted-syntax': ['error', ...FOLD_RULES, ...LOCAL_DAY_RULES, ...DATE_WORDS_RULES, ...FETCH_EFFECT_RULES] },
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
