import { Box, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useState, type ReactNode } from 'react';

/**
 * The actions of a dialog (Cancel, Save), kept in view at the bottom of the dialog while its
 * fields scroll: at 880x600 a long form otherwise hid its Save button below the fold.
 */
/** `note`: an error or hint shown in the bar above the buttons, so it is in view where the person acts. */
export function ModalActions({ children, note }: { children: ReactNode; note?: ReactNode }) {
  return (
    <Box
      data-modal-actions
      style={{
        position: 'sticky',
        // the dialog's body padding, so the bar sits on the dialog's bottom edge
        bottom: 'calc(-1 * var(--mb-padding, var(--mantine-spacing-md)))',
        zIndex: 2,
        marginInline: 'calc(-1 * var(--mb-padding, var(--mantine-spacing-md)))',
        marginBottom: 'calc(-1 * var(--mb-padding, var(--mantine-spacing-md)))',
        padding: 'var(--mantine-spacing-sm) var(--mb-padding, var(--mantine-spacing-md))',
        background: 'var(--mantine-color-body)',
        borderTop: '1px solid var(--mantine-color-default-border)',
      }}
    >
      {note}
      <Group justify="flex-end" gap="sm">
        {children}
      </Group>
    </Box>
  );
}

/**
 * The discard guard for a dialog whose form is one draft object (null while it loads): the
 * draft as first seen is the baseline, and any difference from it counts as a change.
 */
export function useDraftGuard(draft: unknown, onClose: () => void): { requestClose: () => void; question: ReactNode; rebase: () => void } {
  const now = draft === null || draft === undefined ? null : JSON.stringify(draft);
  const [baseline, setBaseline] = useState<string | null>(null);
  // the first loaded draft is the baseline (set while rendering, as React allows for derived state)
  if (now !== null && baseline === null) setBaseline(now);
  const guard = useDiscardGuard(now !== null && baseline !== null && now !== baseline, onClose);
  // text revealed to edit is not a change: the draft as it stands after it becomes the baseline
  const rebase = useCallback(() => setBaseline(null), []);
  return { ...guard, rebase };
}

/** Above Mantine's modals (200) and their popovers (300). */
const QUESTION_Z = 400;

/**
 * One behaviour for every form in a dialog: closing it (Escape, the close button, Cancel)
 * closes at once while nothing was changed, and asks "Discard your changes?" otherwise.
 * `requestClose` is what the dialog's onClose and its Cancel call; `question` goes anywhere
 * in the dialog; it stands above it.
 */
export function useDiscardGuard(
  changed: boolean,
  onClose: () => void,
  // what is lost, when it is not the whole form (a debrief's text is saved as it is typed)
  detail = 'What you typed in this form is not saved yet.',
): { requestClose: () => void; question: ReactNode } {
  const [asking, setAsking] = useState(false);
  const requestClose = useCallback(() => (changed ? setAsking(true) : onClose()), [changed, onClose]);
  const question = (
    <Modal
      opened={asking}
      onClose={() => setAsking(false)}
      title="Discard your changes?"
      size="sm"
      centered
      zIndex={QUESTION_Z}
      // its own Escape only (below): Mantine's window-wide one closed it on the very Escape
      // that opened it, so the question flashed and Escape seemed to do nothing
      closeOnEscape={false}
      data-testid="confirm-discard"
    >
      <Stack
        gap="md"
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.stopPropagation();
          setAsking(false);
        }}
      >
        <Text size="sm">{detail}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setAsking(false)} data-autofocus data-testid="keep-editing">
            Keep editing
          </Button>
          <Button
            color="red"
            onClick={() => {
              setAsking(false);
              onClose();
            }}
            data-testid="discard-changes"
          >
            Discard
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
  return { requestClose, question };
}
