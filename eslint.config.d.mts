import type { Linter } from 'eslint';

/** The layering block of the lint config, which test/lint/boundaries.test.ts runs on its own. */
export declare const LAYERING: Linter.Config;
declare const config: Linter.Config[];
export default config;
