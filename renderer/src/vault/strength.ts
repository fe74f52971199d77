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

/** The minimum score a new passphrase needs: "Strong" (about 10^12 guesses or more, below). */
export const MIN_SCORE = 3;

/**
 * The meter agrees with the hint above it (four or more unrelated words): zxcvbn gives its top
 * score from 10^10 guesses, so "Tr0ub4dor&3" (10^11, its l33t spelling not in the dictionaries)
 * was "Very strong". Here "Strong" also needs 10^12 guesses (more than three random words of a
 * 7,776-word list) and "Very strong" 10^14 (what four unrelated words reach). zxcvbn's
 * Levenshtein matching would catch that password by name, but costs up to a second a keystroke.
 */
export const GUESSES_LOG10 = { strong: 12, veryStrong: 14 } as const;

const capped = (score: Strength['score'], log10: number): Strength['score'] =>
  log10 >= GUESSES_LOG10.veryStrong
    ? score
    : log10 >= GUESSES_LOG10.strong
      ? (Math.min(score, 3) as Strength['score'])
      : (Math.min(score, 2) as Strength['score']);

export async function estimate(passphrase: string): Promise<Strength> {
  const r = (await load()).check(passphrase.slice(0, 256));
  const score = capped(r.score, r.guessesLog10);
  return {
    score,
    label: LABELS[score],
    warning: r.feedback.warning,
    // held back by the caps alone, zxcvbn has nothing to say: say what would help
    suggestions: score < r.score && r.feedback.suggestions.length === 0 ? ['Add another unrelated word or two.'] : r.feedback.suggestions,
  };
}
