import { Group, PasswordInput, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { MIN_SCORE, estimate, type Strength } from './strength';

const COLORS = ['red', 'red', 'orange', 'teal', 'green'] as const;

export interface NewPassphrase {
  value: string;
  /** null while fine; otherwise why it cannot be used yet */
  problem: string | null;
}

/** A new passphrase typed twice, with a strength meter from a real estimator. */
export function PassphraseFields({
  onChange,
  label = 'New passphrase',
  autoFocus = false,
}: {
  onChange: (p: NewPassphrase) => void;
  label?: string;
  autoFocus?: boolean;
}) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [estimated, setEstimated] = useState<{ of: string; strength: Strength } | null>(null);
  // only the estimate of what is typed now counts
  const strength = first !== '' && estimated?.of === first ? estimated.strength : null;

  // an estimate is kept only for what is typed now: one for an older text, come late, is dropped
  const typed = useRef(first);
  useEffect(() => {
    typed.current = first;
    if (first !== '') void estimate(first).then((s) => typed.current === first && setEstimated({ of: first, strength: s }));
  }, [first]);

  useEffect(() => {
    let problem: string | null = null;
    if (first === '') problem = 'Choose a passphrase.';
    else if (!strength) problem = 'Checking strength…';
    else if (strength.score < MIN_SCORE) problem = 'This passphrase is too easy to guess. Try four or more unrelated words.';
    else if (second !== first)
      problem = second === '' ? 'Type the passphrase again to confirm it.' : 'The two passphrases are not the same.';
    onChange({ value: first, problem });
  }, [first, second, strength, onChange]);

  return (
    <Stack gap="xs">
      <PasswordInput
        label={label}
        description="Four or more unrelated words are easy to remember and hard to guess."
        value={first}
        onChange={(e) => setFirst(e.currentTarget.value)}
        autoFocus={autoFocus}
        autoComplete="new-password"
        data-testid="new-passphrase"
      />
      <Progress
        value={strength ? ((strength.score + 1) / 5) * 100 : 0}
        color={strength ? COLORS[strength.score] : 'gray'}
        size="sm"
        aria-label="Passphrase strength"
      />
      <Group justify="space-between" gap="xs" mih={20}>
        <Text size="sm" fw={600} c={strength ? COLORS[strength.score] : 'dimmed'} data-testid="strength-label">
          {strength ? strength.label : 'Strength'}
        </Text>
        {/* no time-to-guess: zxcvbn's figure assumes a fast hash, not the vault's Argon2id, and contradicted "Strong" */}
      </Group>
      {/* two lines kept for the advice, shown or not, so the card does not jump as it comes and goes */}
      <Text size="xs" c="dimmed" mih="calc(2 * var(--mantine-line-height-xs) * var(--mantine-font-size-xs))" data-testid="strength-advice">
        {strength && strength.score < 4 ? [strength.warning, ...strength.suggestions].filter(Boolean).join(' ') : ''}
      </Text>
      <PasswordInput
        label="Type it again"
        value={second}
        onChange={(e) => setSecond(e.currentTarget.value)}
        autoComplete="new-password"
        error={second !== '' && second !== first ? 'Not the same as above' : undefined}
        data-testid="confirm-passphrase"
      />
    </Stack>
  );
}
