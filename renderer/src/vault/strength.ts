import type { ZxcvbnResult } from '@zxcvbn-ts/core';

/**
 * Passphrase strength from zxcvbn-ts (dictionaries, keyboard patterns, dates, l33t), loaded
 * on first use so the unlock screen does not pay for the dictionaries.
 */
let factory: Promise<{ check: (p: string, inputs?: string[]) => ZxcvbnResult }> | null = null;

function load() {
  factory ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, en]) =>
      new core.ZxcvbnFactory({
        translations: en.translations,
        graphs: common.adjacencyGraphs,
        dictionary: { ...common.dictionary, ...en.dictionary, compeer: ['compeer', 'peer', 'peers', 'network', 'vault'] },
      }),
  );
  return factory;
}

export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  warning: string | null;
  suggestions: string[];
}

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

/** The minimum score a new passphrase needs: "Strong" (about 10^10 guesses or more). */
export const MIN_SCORE = 3;

export async function estimate(passphrase: string): Promise<Strength> {
  const r = (await load()).check(passphrase.slice(0, 256));
  return {
    score: r.score,
    label: LABELS[r.score],
    warning: r.feedback.warning,
    suggestions: r.feedback.suggestions,
  };
}
