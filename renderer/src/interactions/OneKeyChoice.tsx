import { Group, Kbd, Text, UnstyledButton } from '@mantine/core';
import { useRef, type KeyboardEvent } from 'react';

/** The key that picks the n-th choice: 1…9, then 0. */
export const keyOf = (n: number): string => (n === 9 ? '0' : String(n + 1));

/**
 * A row of choices picked with one key: Tab into it, press the number shown on a choice (or
 * move with the arrows). One tab stop for the whole group, as a radio group has.
 */
export function OneKeyChoice<K extends string>({
  label,
  value,
  onChange,
  labels,
  testId,
  autoFocus = false,
}: {
  /** take the focus when the dialog opens (Mantine's data-autofocus) */
  autoFocus?: boolean;
  label: string;
  value: K;
  onChange: (v: K) => void;
  labels: Record<K, string>;
  testId?: string;
}) {
  const keys = Object.keys(labels) as K[];
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (i: number) => {
    const k = keys[(i + keys.length) % keys.length]!;
    onChange(k);
    refs.current[(i + keys.length) % keys.length]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const at = keys.indexOf(value);
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') {
      e.preventDefault();
      select(at + 1);
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
      e.preventDefault();
      select(at - 1);
    } else if (/^[0-9]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const i = e.key === '0' ? 9 : Number(e.key) - 1;
      if (i < keys.length) {
        e.preventDefault();
        select(i);
      }
    }
  };
  return (
    <div>
      <Text size="sm" fw={500} mb={4} id={testId ? `${testId}-label` : undefined}>
        {label}
      </Text>
      <Group
        gap={6}
        role="radiogroup"
        aria-labelledby={testId ? `${testId}-label` : undefined}
        aria-label={testId ? undefined : label}
        onKeyDown={onKeyDown}
        data-testid={testId}
      >
        {keys.map((k, i) => {
          const on = k === value;
          return (
            <UnstyledButton
              key={k}
              ref={(el) => {
                refs.current[i] = el;
              }}
              role="radio"
              aria-checked={on}
              tabIndex={on ? 0 : -1}
              data-autofocus={autoFocus && on ? true : undefined}
              onClick={() => select(i)}
              px={10}
              py={4}
              style={{
                borderRadius: 999,
                border: `1px solid ${on ? 'var(--mantine-primary-color-filled)' : 'var(--mantine-color-default-border)'}`,
                background: on ? 'var(--mantine-primary-color-light)' : undefined,
                fontSize: 'var(--mantine-font-size-sm)',
              }}
            >
              <Group gap={6} wrap="nowrap">
                <Kbd size="xs" style={{ opacity: on ? 1 : 0.7 }}>
                  {keyOf(i)}
                </Kbd>
                <span>{labels[k]}</span>
              </Group>
            </UnstyledButton>
          );
        })}
      </Group>
    </div>
  );
}
