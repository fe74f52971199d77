import { Button, Group, Modal, Stack, Text } from '@mantine/core';

/** Asks before deleting; says what goes and that it can be undone. */
export function ConfirmDelete({
  what,
  detail,
  onConfirm,
  onCancel,
}: {
  what: string;
  detail?: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Modal opened onClose={onCancel} title={`Delete ${what}?`} centered>
      <Stack gap="md">
        <Text size="sm">{detail ?? 'You can undo this for a few seconds afterwards, or until the vault locks.'}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            Keep it
          </Button>
          <Button color="red" onClick={onConfirm} data-testid="confirm-delete">
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
