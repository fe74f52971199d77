import { ActionIcon, Button, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import type { InteractionChannel, InteractionPurpose, ValueKind } from '../../../shared/schema/vocabulary';
import { INTERACTION_CHANNELS, INTERACTION_PURPOSES, VALUE_KINDS } from '../../../shared/schema/vocabulary';
import { VALUE_KIND_LABEL } from '../../../shared/vocabulary-labels';
import { CHANNEL_LABEL, PURPOSE_LABEL } from './labels';

export interface ConversationDraft {
  date: string;
  channel: InteractionChannel;
  purpose: InteractionPurpose;
  exchanges: { direction: 'given' | 'received'; kind: ValueKind; weight: number; note: string }[];
  followUps: { text: string; due: string | null }[];
}

/**
 * The interaction a debrief logs: when, how, why, what passed each way ("Mutual Value
 * Exchange") and the follow-ups. A compact form of the interaction log's fields.
 */
export function ConversationFields({ value, onChange }: { value: ConversationDraft; onChange: (v: ConversationDraft) => void }) {
  const set = (patch: Partial<ConversationDraft>) => onChange({ ...value, ...patch });
  return (
    <Stack gap="xs" data-testid="conversation-fields">
      <Group gap="xs" grow>
        <TextInput
          label="When"
          type="date"
          size="xs"
          value={value.date}
          onChange={(e) => e.currentTarget.value && set({ date: e.currentTarget.value })}
        />
        <Select
          label="How"
          size="xs"
          data={INTERACTION_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABEL[c] }))}
          value={value.channel}
          onChange={(v) => v && set({ channel: v })}
          allowDeselect={false}
          data-testid="debrief-channel"
        />
        <Select
          label="Why"
          size="xs"
          data={INTERACTION_PURPOSES.map((p) => ({ value: p, label: PURPOSE_LABEL[p] }))}
          value={value.purpose}
          onChange={(v) => v && set({ purpose: v })}
          allowDeselect={false}
        />
      </Group>
      <Text size="xs" fw={600}>
        What passed between you
      </Text>
      {value.exchanges.map((x, i) => (
        <Group key={i} gap={4} wrap="nowrap" data-testid="exchange-row">
          <SegmentedControl
            size="xs"
            data={[
              { value: 'given', label: 'I gave' },
              { value: 'received', label: 'I received' },
            ]}
            value={x.direction}
            onChange={(d) => set({ exchanges: value.exchanges.map((y, k) => (k === i ? { ...y, direction: d } : y)) })}
          />
          <Select
            aria-label="What"
            size="xs"
            w={150}
            data={VALUE_KINDS.map((k) => ({ value: k, label: VALUE_KIND_LABEL[k] }))}
            value={x.kind}
            onChange={(k) => k && set({ exchanges: value.exchanges.map((y, j) => (j === i ? { ...y, kind: k } : y)) })}
            allowDeselect={false}
          />
          <NumberInput
            aria-label="Weight, 1 to 5"
            size="xs"
            w={60}
            min={1}
            max={5}
            value={x.weight}
            onChange={(n) =>
              set({ exchanges: value.exchanges.map((y, j) => (j === i ? { ...y, weight: Math.min(5, Math.max(1, Number(n) || 1)) } : y)) })
            }
          />
          <TextInput
            aria-label="Note"
            size="xs"
            placeholder="note"
            style={{ flex: 1 }}
            value={x.note}
            onChange={(e) => set({ exchanges: value.exchanges.map((y, j) => (j === i ? { ...y, note: e.currentTarget.value } : y)) })}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label="Remove"
            onClick={() => set({ exchanges: value.exchanges.filter((_, j) => j !== i) })}
          >
            <IconX size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Group gap="xs">
        <Button
          size="compact-xs"
          variant="light"
          leftSection={<IconPlus size={12} />}
          onClick={() => set({ exchanges: [...value.exchanges, { direction: 'given', kind: 'expertise', weight: 1, note: '' }] })}
          data-testid="add-given"
        >
          Something I gave
        </Button>
        <Button
          size="compact-xs"
          variant="light"
          color="grape"
          leftSection={<IconPlus size={12} />}
          onClick={() => set({ exchanges: [...value.exchanges, { direction: 'received', kind: 'expertise', weight: 1, note: '' }] })}
          data-testid="add-received"
        >
          Something I received
        </Button>
      </Group>
      <Text size="xs" fw={600}>
        Follow-ups
      </Text>
      {value.followUps.map((f, i) => (
        <Group key={i} gap={4} wrap="nowrap">
          <TextInput
            aria-label="Follow-up"
            size="xs"
            style={{ flex: 1 }}
            placeholder="What I will do"
            value={f.text}
            onChange={(e) => set({ followUps: value.followUps.map((y, j) => (j === i ? { ...y, text: e.currentTarget.value } : y)) })}
            data-testid="follow-up-text"
          />
          <TextInput
            aria-label="Due"
            type="date"
            size="xs"
            w={140}
            value={f.due ?? ''}
            onChange={(e) =>
              set({ followUps: value.followUps.map((y, j) => (j === i ? { ...y, due: e.currentTarget.value || null } : y)) })
            }
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label="Remove"
            onClick={() => set({ followUps: value.followUps.filter((_, j) => j !== i) })}
          >
            <IconX size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<IconPlus size={12} />}
        onClick={() => set({ followUps: [...value.followUps, { text: '', due: null }] })}
        w="fit-content"
        data-testid="add-follow-up"
      >
        Add a follow-up
      </Button>
    </Stack>
  );
}
