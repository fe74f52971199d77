import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { send } from '../data/channel';
import { showError } from '../data/ErrorNote';

/** "Deleted …" with an Undo button that puts it back (undo lasts until the vault locks). */
export function notifyUndo(message: string, token: string, onUndone?: () => void): void {
  const id = `groups-undo-${token}`;
  notifications.show({
    id,
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button
          size="xs"
          variant="light"
          data-testid="groups-undo"
          onClick={() =>
            void send('groups:undo', { token }).then(
              () => {
                notifications.hide(id);
                onUndone?.();
              },
              (e: unknown) => showError(e),
            )
          }
        >
          Undo
        </Button>
      </Group>
    ),
  });
}
