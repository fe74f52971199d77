import { Button, Group, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { messageOf } from '../api';

export type SaveNote = { ok: boolean; text: string } | null;

/** What saving a Settings form said last ("Saved." or the error in words), and whether it is under way. */
export function useSave() {
  const [note, setNote] = useState<SaveNote>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>, ok = 'Saved.') => {
    setBusy(true);
    try {
      await work();
      setNote({ ok: true, text: ok });
    } catch (e) {
      setNote({ ok: false, text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };
  return { note, setNote, busy, run };
}

/**
 * The end of every Settings form: one "Save" on the right, enabled only when something changed,
 * and beside it what saving said. A section whose switches apply at once shows only the note.
 * Other actions of the form (back to the built-in one…) sit on the left.
 */
export function SaveBar({
  note,
  onSave,
  dirty = false,
  busy = false,
  testId,
  children,
}: {
  note: SaveNote;
  onSave?: () => void;
  dirty?: boolean;
  busy?: boolean;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <Group data-save-bar gap="sm" justify="flex-end" wrap="wrap" mt="xs">
      {children && (
        <Group gap="xs" mr="auto">
          {children}
        </Group>
      )}
      {/* always drawn, so a screen reader hears each new note */}
      <Text size="sm" aria-live="polite" c={note && !note.ok ? 'red' : undefined} component="div">
        {note && (
          <Group gap={4} wrap="nowrap">
            {note.ok && <IconCheck size={14} color="var(--mantine-color-teal-6)" aria-hidden />}
            <span>{note.text}</span>
          </Group>
        )}
      </Text>
      {onSave && (
        <Button onClick={onSave} disabled={!dirty || busy} loading={busy} data-save data-testid={testId}>
          Save
        </Button>
      )}
    </Group>
  );
}
