import { Alert, Button, Group, Text, type AlertProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { messageOf } from '../api';

/**
 * The one way a screen shows that something failed: main's plain message, as is (an
 * ApiError's words are written for the person), with a way to try again for a load.
 */
export function ErrorNote({ error, onRetry, ...alert }: { error: unknown; onRetry?: () => void } & Omit<AlertProps, 'children' | 'color'>) {
  if (error === null || error === undefined || error === '') return null;
  const message = typeof error === 'string' ? error : messageOf(error);
  return (
    <Alert color="red" {...alert}>
      {onRetry ? (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{message}</Text>
          <Button size="xs" variant="subtle" color="red" onClick={onRetry}>
            Try again
          </Button>
        </Group>
      ) : (
        message
      )}
    </Alert>
  );
}

/**
 * An action on the user's word and what went wrong with it: `run(async () => …)` clears the
 * last error, runs, and keeps the new one (shown with <ErrorNote error={error} />).
 * Resolves to whether it succeeded.
 */
export function useAttempt() {
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (action: () => Promise<unknown>): Promise<boolean> => {
    setError(null);
    try {
      await action();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  }, []);
  const clear = useCallback(() => setError(null), []);
  return { error, run, clear, setError };
}

/** What went wrong with an action that has no place of its own on screen (an undo, a menu's command): a red notice, main's words as is. */
export function showError(error: unknown): void {
  notifications.show({ color: 'red', message: messageOf(error) });
}
