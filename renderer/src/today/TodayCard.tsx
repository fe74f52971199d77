import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';

/**
 * One of Today's cards: a title with a count, the first few items, "Show all" for the rest,
 * and an empty state that teaches the next step.
 */
export function TodayCard<T>({
  title,
  items,
  render,
  empty,
  first = 6,
  testId,
  extra,
  intro,
  order,
}: {
  title: string;
  items: readonly T[];
  render: (item: T) => ReactNode;
  empty: ReactNode;
  first?: number;
  testId: string;
  extra?: ReactNode;
  /** a line under the title, saying what the card is for */
  intro?: ReactNode;
  /** how the list is ordered, said beside the title ("most overdue first") */
  order?: string;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, first);
  return (
    <Card withBorder radius="lg" padding="md" data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Title order={2} size="h5">
              {title}
            </Title>
            {items.length > 0 && (
              <Badge variant="light" color="gray" size="sm">
                {items.length}
              </Badge>
            )}
            {order && items.length > 1 && (
              <Text size="xs" c="dimmed">
                {order}
              </Text>
            )}
          </Group>
          {extra}
        </Group>
        {intro}
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="today-empty">
            {empty}
          </Text>
        ) : (
          <Stack gap={0} role="list">
            {shown.map((item, i) => (
              <div
                key={i}
                role="listitem"
                style={{ borderTop: i ? '1px solid var(--mantine-color-default-border)' : undefined, padding: '6px 0' }}
              >
                {render(item)}
              </div>
            ))}
          </Stack>
        )}
        {items.length > first && (
          <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => setAll((a) => !a)}>
            {all ? 'Show fewer' : `Show all ${items.length}`}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
