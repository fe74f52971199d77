import { Badge, Button, Popover, Stack } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/**
 * The filters of a list or the map, folded behind one "Filters" button that counts the ones in
 * use, so a small window keeps its room. Its pickers should open inside it
 * (`comboboxProps={{ withinPortal: false }}`): choosing then keeps it open.
 */
export function FiltersPopover({
  count,
  width = 300,
  testId,
  children,
}: {
  /** how many filters are in use (0: no badge) */
  count: number;
  width?: number;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Popover position="bottom-start" shadow="md" width={width} trapFocus>
      <Popover.Target>
        <Button
          variant="default"
          size="sm"
          leftSection={<IconFilter size={16} />}
          rightSection={
            count > 0 ? (
              <Badge size="sm" circle>
                {count}
              </Badge>
            ) : null
          }
          data-testid={testId}
        >
          Filters
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">{children}</Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
