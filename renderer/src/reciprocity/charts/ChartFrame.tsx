import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconTable } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';

/**
 * A chart with what everyone can read: a title, a summary sentence (read by screen readers
 * with the chart), the chart itself, and a table of its numbers one click away. When there
 * is nothing to draw, an empty state that says what would fill it.
 */
export function ChartFrame({
  title,
  summary,
  empty,
  table,
  children,
  actions,
  testId,
}: {
  title: string;
  summary: ReactNode;
  /** shown instead of the chart and the table when set */
  empty?: ReactNode;
  table: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  testId?: string;
}) {
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  return (
    <Card withBorder radius="lg" padding="md" data-testid={testId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={3} size="h5" id={`${id}-title`}>
              {title}
            </Title>
            <Text size="sm" c="dimmed" id={`${id}-summary`} data-testid="chart-summary">
              {summary}
            </Text>
          </div>
          <Group gap={6} wrap="nowrap">
            {actions}
            {!empty && (
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconTable size={14} />}
                onClick={() => setShowTable((s) => !s)}
                aria-expanded={showTable}
                aria-controls={`${id}-table`}
              >
                {showTable ? 'Hide table' : 'Table'}
              </Button>
            )}
          </Group>
        </Group>
        {empty ? (
          <Stack align="center" justify="center" mih={72} gap={4} data-testid="chart-empty">
            {empty}
          </Stack>
        ) : (
          <>
            <div role="figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
              {children}
            </div>
            {showTable && <div id={`${id}-table`}>{table}</div>}
          </>
        )}
      </Stack>
    </Card>
  );
}

/** Blue and orange: a pair that stays apart for colour-blind eyes too (blue and purple do not). */
export const GIVEN_COLOR = 'blue.6';
export const RECEIVED_COLOR = 'orange.6';
