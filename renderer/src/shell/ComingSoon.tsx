import { Card, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { PageInfo } from './navigation';

/** A page a later release fills in: says what it will hold, not an empty screen. */
export function ComingSoon({ page }: { page: PageInfo }) {
  const Icon = page.icon;
  return (
    <Stack maw={640} gap="lg">
      <Title order={1} size="h2">
        {page.label}
      </Title>
      <Card withBorder padding="xl" radius="lg">
        <Stack align="center" gap="sm" py="lg">
          <ThemeIcon size={56} radius="xl" variant="light">
            <Icon size={30} stroke={1.6} />
          </ThemeIcon>
          <Text fw={600}>Coming in a later version</Text>
          <Text c="dimmed" ta="center" maw={420}>
            {page.description}
          </Text>
        </Stack>
      </Card>
    </Stack>
  );
}
