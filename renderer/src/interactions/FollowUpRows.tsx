import { ActionIcon, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { DateField } from '../shell/DateField';

export interface FollowUpRow {
  key: number;
  id?: string;
  text: string;
  due: string;
  done: boolean;
}

/** Things I promised to do after this interaction, each with an optional due date. */
export function FollowUpRows({
  rows,
  onChange,
  focusKey,
}: {
  rows: FollowUpRow[];
  onChange: (rows: FollowUpRow[]) => void;
  focusKey: number | null;
}) {
  const set = (key: number, patch: Partial<FollowUpRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <Stack gap={6}>
      {rows.map((r, i) => (
        <Group key={r.key} gap={6} wrap="nowrap" align="flex-start" data-testid="follow-up-row">
          <Checkbox
            mt={5}
            checked={r.done}
            onChange={(e) => set(r.key, { done: e.currentTarget.checked })}
            aria-label={`Follow-up ${i + 1} done`}
          />
          <TextInput
            size="xs"
            style={{ flex: 1 }}
            placeholder="What you will do (send the article, make the intro…)"
            value={r.text}
            onChange={(e) => set(r.key, { text: e.currentTarget.value })}
            aria-label={`Follow-up ${i + 1}`}
            autoFocus={focusKey === r.key}
            maxLength={2000}
            data-testid="follow-up-text"
          />
          <DateField size="xs" w={150} value={r.due} onChange={(day) => set(r.key, { due: day })} aria-label={`Follow-up ${i + 1} due`} />
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
            aria-label={`Remove follow-up ${i + 1}`}
          >
            <IconX size={14} />
          </ActionIcon>
        </Group>
      ))}
    </Stack>
  );
}
