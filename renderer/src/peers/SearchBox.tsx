import { ActionIcon, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useState } from 'react';

/** How long the list waits after the last keystroke before it searches. */
export const SEARCH_DEBOUNCE_MS = 120;

/**
 * The Peers search field. It keeps what is typed itself, so a keystroke re-renders this
 * field alone; the screen gets the text once typing pauses (`onQuery`). Clearing the
 * search elsewhere (Clear filters) empties the field.
 */
export function SearchBox({ query, onQuery }: { query: string; onQuery: (q: string) => void }) {
  const [text, setText] = useState(query);
  const [sent, setSent] = useState(query);
  if (query !== sent) {
    setSent(query);
    setText(query);
  }
  const send = useDebouncedCallback((q: string) => {
    setSent(q);
    onQuery(q);
  }, SEARCH_DEBOUNCE_MS);
  return (
    <TextInput
      // short enough to show whole at 880 px; the label says the rest to screen readers
      placeholder="Name, company, tag, skill"
      aria-label="Search peers by name, company, tag or skill"
      leftSection={<IconSearch size={16} />}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        send(e.currentTarget.value);
      }}
      w={260}
      size="sm"
      data-testid="peer-search"
      rightSection={
        text ? (
          <ActionIcon
            variant="subtle"
            size="sm"
            onClick={() => {
              send.cancel();
              setText('');
              setSent('');
              onQuery('');
            }}
            aria-label="Clear search"
          >
            <IconX size={14} />
          </ActionIcon>
        ) : null
      }
    />
  );
}
