import type { Linter } from 'eslint';

/** The layering block of the lint config, which test/lint/boundaries.test.ts runs on its own. */
export declare const LAYERING: Linter.Config;
/** The no-restricted-syntax rules of the app's code: one folding of text, the local day (test/lint/local-day.test.ts). */
export declare const FOLD_RULES: { selector: string; message: string }[];
export declare const LOCAL_DAY_RULES: { selector: string; message: string }[];
/** One way of saying a date: formatting only in shared/date-words.ts (test/lint/date-words.test.ts). */
export declare const DATE_WORDS_RULES: { selector: string; message: string }[];
declare const config: Linter.Config[];
export default config;
