import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function Section({
  title,
  description,
  children,
  id,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  return (
    // every section is named in the page's side list (SettingsPage), by its id and title
    <Card
      withBorder
      radius="lg"
      padding="lg"
      id={`settings-${id ?? title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`}
      data-settings-section={title}
      style={{ scrollMarginTop: 'calc(var(--app-shell-header-height, 56px) + var(--mantine-spacing-md))' }}
    >
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" tabIndex={-1} style={{ outline: 'none' }}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed" mt={2}>
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Card>
  );
}
