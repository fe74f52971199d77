import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { ExchangeDirection, InteractionChannel, InteractionPurpose } from '../../../shared/schema/vocabulary';
import { INTERACTION_CHANNELS, INTERACTION_PURPOSES } from '../../../shared/schema/vocabulary';
import { AddExchangeButtons, ExchangeRows, type ExchangeRow } from '../interactions/ExchangeRows';
import { CHANNEL_LABEL, PURPOSE_LABEL } from './labels';
import { DateField } from '../shell/DateField';

export interface ConversationDraft {
  date: string;
  channel: InteractionChannel;
  purpose: InteractionPurpose;
  /** a row's kind is null until picked (saving asks for one) */
  exchanges: ExchangeRow[];
  followUps: { text: string; due: string | null }[];
}

/**
 * The interaction a debrief logs: when, how, why, what passed each way ("Mutual Value
 * Exchange") and the follow-ups. A compact form of the interaction log's fields.
 */
export function ConversationFields({ value, onChange }: { value: ConversationDraft; onChange: (v: ConversationDraft) => void }) {
  const set = (patch: Partial<ConversationDraft>) => onChange({ ...value, ...patch });
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const add = (direction: ExchangeDirection) => {
    const key = Math.max(0, ...value.exchanges.map((x) => x.key)) + 1;
    setFocusKey(key);
    set({ exchanges: [...value.exchanges, { key, direction, kind: null, weight: 1, peerId: '', note: '' }] });
  };
  return (
    <Stack gap="xs" data-testid="conversation-fields">
      <Group gap="xs" grow align="flex-start">
        <DateField label="When" size="xs" value={value.date} onChange={(day) => day && set({ date: day })} />
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
      <Group justify="space-between">
        <Text size="xs" fw={600}>
          What passed between you
        </Text>
        <AddExchangeButtons onAdd={add} />
      </Group>
      {/* the very rows the interaction log uses: one way to say what was given and received */}
      <ExchangeRows rows={value.exchanges} onChange={(exchanges) => set({ exchanges })} peers={[]} focusKey={focusKey} />
      <Text size="xs" fw={600}>
        Follow-ups
      </Text>
      {value.followUps.map((f, i) => (
        <Group key={i} gap={4} wrap="nowrap" align="flex-start">
          <TextInput
            aria-label="Follow-up"
            size="xs"
            style={{ flex: 1 }}
            placeholder="What I will do"
            value={f.text}
            onChange={(e) => set({ followUps: value.followUps.map((y, j) => (j === i ? { ...y, text: e.currentTarget.value } : y)) })}
            data-testid="follow-up-text"
          />
          <DateField
            aria-label="Due"
            size="xs"
            w={140}
            value={f.due ?? ''}
            onChange={(day) => set({ followUps: value.followUps.map((y, j) => (j === i ? { ...y, due: day || null } : y)) })}
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
