import { Button, Group, Text } from '@mantine/core';
import { IconEye, IconLock } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { showError } from '../data/ErrorNote';

/**
 * Where confidential text would be: a calm placeholder and a Reveal button for this one
 * item. What is revealed lives in the component that shows it, so it is masked again when
 * the user navigates away or the vault locks (the screen unmounts).
 */
export function Masked({
  label = 'Confidential',
  onReveal,
  testId,
  children,
}: {
  label?: string;
  onReveal: () => void;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <Group gap="xs" wrap="nowrap" data-testid={testId ?? 'masked'}>
      <IconLock size={14} color="var(--mantine-color-dimmed)" />
      <Text size="sm" c="dimmed" fs="italic" style={{ flex: 1 }}>
        {label}
      </Text>
      {children}
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<IconEye size={14} />}
        onClick={(e) => {
          e.stopPropagation();
          onReveal();
        }}
        data-testid="reveal"
      >
        Reveal
      </Button>
    </Group>
  );
}

/**
 * Confidential text inside a line (a follow-up on Today, an action item, a goal's why): a lock,
 * a few words saying what is hidden and a Reveal button for that one item; once revealed, the
 * text. Phrasing content only, so it fits in a paragraph (not inside a checkbox's label).
 */
export function RevealInline({
  hidden,
  text,
  label,
  reveal,
  testId,
}: {
  hidden: boolean;
  text: string;
  label: string;
  reveal: () => Promise<string>;
  testId?: string;
}) {
  const [shown, setShown] = useState<string | null>(null);
  if (!hidden) return <>{text}</>;
  if (shown !== null) return <>{shown}</>;
  return (
    <Text span c="dimmed" inherit data-testid={testId ?? 'masked-inline'}>
      <IconLock size={12} aria-hidden />{' '}
      <Text span fs="italic" inherit>
        {label}
      </Text>{' '}
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<IconEye size={12} />}
        onClick={(e) => {
          e.stopPropagation();
          reveal().then(setShown, (err: unknown) => showError(err));
        }}
        data-testid="reveal"
      >
        Reveal
      </Button>
    </Text>
  );
}
