import { Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The centred card every vault screen (create, unlock, recovery) sits in. */
export function VaultFrame({
  title,
  subtitle,
  children,
  width = 460,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  width?: number;
}) {
  return (
    <Center component="main" mih="100vh" p="md" bg="var(--mantine-color-body)">
      <Stack w={width} gap="lg">
        <Group gap="sm" justify="center">
          <ThemeIcon size={40} radius="xl" variant="light">
            <IconLock size={22} />
          </ThemeIcon>
          <Text fw={700} size="xl">
            Compeer
          </Text>
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="lg">
          <Stack gap="md">
            <div>
              <Title order={1} size="h3">
                {title}
              </Title>
              {subtitle && (
                <Text c="dimmed" size="sm" mt={4}>
                  {subtitle}
                </Text>
              )}
            </div>
            {children}
          </Stack>
        </Paper>
        <Text size="xs" c="dimmed" ta="center">
          Everything stays on this computer, encrypted. Nothing is sent anywhere.
        </Text>
      </Stack>
    </Center>
  );
}
