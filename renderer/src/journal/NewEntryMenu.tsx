import { Button, Menu, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { JOURNAL_KIND_HINT, JOURNAL_KIND_LABEL } from '../../../shared/domain/journal/templates';
import { JOURNAL_KINDS, type JournalKind } from '../../../shared/schema/vocabulary';

/** "New entry": one item per kind, each with its line of what it is for. */
export function NewEntryMenu({ onNew }: { onNew: (kind: JournalKind) => void }) {
  return (
    <Menu position="bottom-end" withinPortal width={320}>
      <Menu.Target>
        <Button leftSection={<IconPlus size={16} />} data-testid="new-entry">
          New entry
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {JOURNAL_KINDS.map((k) => (
          <Menu.Item key={k} onClick={() => onNew(k)} data-testid={`new-${k}`}>
            <Text size="sm" fw={500}>
              {JOURNAL_KIND_LABEL[k]}
            </Text>
            <Text size="xs" c="dimmed">
              {JOURNAL_KIND_HINT[k]}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
