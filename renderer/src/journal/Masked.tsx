import { Button, Group, Text } from '@mantine/core';
import { IconEye, IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/**
 * Where confidential text would be: a calm placeholder and a Reveal button for this one
 * item. What is revealed lives in the component that shows it, so it is masked again when
 * the user navigates away or the vault locks (the screen unmounts).
 */
export function Masked({ label = 'Confidential', onReveal, testId, children }: { label?: string; onReveal: () => void; testId?: string; children?: ReactNode }) {
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
