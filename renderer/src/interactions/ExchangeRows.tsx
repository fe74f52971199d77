import { ActionIcon, Button, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDownLeft, IconArrowUpRight, IconX } from '@tabler/icons-react';
import type { ExchangeDirection, ValueKind } from '../../../shared/schema/vocabulary';
import { VALUE_KIND_LABEL, options } from './labels';

export interface ExchangeRow {
  key: number;
  direction: ExchangeDirection;
  kind: ValueKind | null;
  weight: number;
  /** '' for everyone in the interaction */
  peerId: string;
  note: string;
}

const WEIGHTS = ['1', '2', '3', '4', '5'];

/**
 * "What passed between you" ("Mutual Value Exchange"): each row something given or received,
 * its kind, how much it mattered (1 to 5) and, in a group, with whom.
 */
export function ExchangeRows({
  rows,
  onChange,
  peers,
  focusKey,
}: {
  rows: ExchangeRow[];
  onChange: (rows: ExchangeRow[]) => void;
  peers: { id: string; name: string }[];
  /** the row whose kind picker takes the focus (just added) */
  focusKey: number | null;
}) {
  const set = (key: number, patch: Partial<ExchangeRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <Stack gap={6} data-testid="exchange-rows">
      {rows.map((r, i) => (
        <Group key={r.key} gap={6} wrap="nowrap" align="center" data-testid="exchange-row">
          <SegmentedControl
            size="xs"
            value={r.direction}
            onChange={(v) => set(r.key, { direction: v })}
            data={[
              { value: 'given', label: 'I gave' },
              { value: 'received', label: 'I received' },
            ]}
            aria-label={`Exchange ${i + 1}: given or received`}
          />
          <Select
            size="xs"
            w={170}
            placeholder="What kind?"
            data={options(VALUE_KIND_LABEL)}
            value={r.kind}
            onChange={(v) => set(r.key, { kind: v })}
            searchable
            selectFirstOptionOnChange
            aria-label={`Exchange ${i + 1}: kind`}
            autoFocus={focusKey === r.key}
            data-testid="exchange-kind"
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            size="xs"
            w={64}
            data={WEIGHTS}
            value={String(r.weight)}
            onChange={(v) => set(r.key, { weight: Number(v ?? 1) })}
            allowDeselect={false}
            aria-label={`Exchange ${i + 1}: how much it mattered, 1 to 5`}
            title="How much it mattered, 1 to 5"
          />
          {peers.length > 1 && (
            <Select
              size="xs"
              w={140}
              data={[{ value: '', label: 'Everyone' }, ...peers.map((p) => ({ value: p.id, label: p.name }))]}
              value={r.peerId}
              onChange={(v) => set(r.key, { peerId: v ?? '' })}
              allowDeselect={false}
              aria-label={`Exchange ${i + 1}: with whom`}
            />
          )}
          <TextInput
            size="xs"
            style={{ flex: 1 }}
            placeholder="Note (optional)"
            value={r.note}
            onChange={(e) => set(r.key, { note: e.currentTarget.value })}
            aria-label={`Exchange ${i + 1}: note`}
            maxLength={2000}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
            aria-label={`Remove exchange ${i + 1}`}
          >
            <IconX size={14} />
          </ActionIcon>
        </Group>
      ))}
      {rows.length > 0 && (
        <Text size="xs" c="dimmed">
          The number is how much it mattered: 1 a small favour, 5 it changed something.
        </Text>
      )}
      {rows.length === 0 && (
        <Text size="xs" c="dimmed">
          Nothing yet. What did you give, what did you receive? (Optional: a check-in can be just that.)
        </Text>
      )}
    </Stack>
  );
}

/** The two buttons that add a row and put the focus in its kind picker. */
export function AddExchangeButtons({ onAdd }: { onAdd: (d: ExchangeDirection) => void }) {
  return (
    <Group gap={6}>
      <Button
        size="compact-sm"
        variant="light"
        leftSection={<IconArrowUpRight size={14} />}
        onClick={() => onAdd('given')}
        data-testid="add-given"
      >
        I gave…
      </Button>
      <Button
        size="compact-sm"
        variant="light"
        color="orange"
        leftSection={<IconArrowDownLeft size={14} />}
        onClick={() => onAdd('received')}
        data-testid="add-received"
      >
        I received…
      </Button>
    </Group>
  );
}
