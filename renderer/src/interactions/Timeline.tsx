import { ActionIcon, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconArrowDownLeft,
  IconArrowUpRight,
  IconEye,
  IconLock,
  IconPencil,
  IconSquare,
  IconSquareCheck,
  IconTrash,
} from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { dayWithWeekday, dayWords } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import type { InteractionView } from '../../../shared/domain/interaction-view';
import type { Interaction } from '../../../shared/schema/document';
import { CHANNEL_LABEL, PURPOSE_LABEL, VALUE_KIND_LABEL } from './labels';

/**
 * A peer's interactions, newest first. Rows vary in height (summaries, exchanges,
 * follow-ups), so a maintained virtualizer measures each one and draws only those in view.
 */
export function Timeline({
  items,
  peerId,
  nameOf,
  onEdit,
  onDelete,
  onReveal,
  height = 440,
}: {
  items: InteractionView[];
  peerId: string;
  nameOf: (id: string) => string;
  onEdit: (id: string) => void;
  onDelete: (i: InteractionView) => void;
  /** the whole interaction: its summary, exchange notes and follow-ups */
  onReveal: (id: string) => Promise<Interaction>;
  height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const today = dayOf(new Date());
  const [revealed, setRevealed] = useState<Record<string, Interaction>>({});
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's functions are not memoizable; this component re-renders with it
  const v = useVirtualizer({
    count: items.length,
    getScrollElement: () => box.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey: (i) => items[i]!.id,
  });
  return (
    <div
      ref={box}
      style={{
        height: Math.min(height, Math.max(120, items.length * 96)),
        overflowY: 'auto',
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 12,
      }}
      tabIndex={0}
      role="list"
      aria-label="Interactions, newest first"
      data-testid="timeline"
    >
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((row) => {
          const listed = items[row.index]!;
          // a confidential one as listed (its text emptied), or as revealed; a reveal holds until it changes
          const full = revealed[listed.id];
          const i = full?.updatedAt === listed.updatedAt ? full : listed;
          const masked = listed.hidden && i === listed;
          const others = i.peerIds.filter((p) => p !== peerId);
          return (
            <div
              key={row.key}
              ref={v.measureElement}
              data-index={row.index}
              role="listitem"
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                transform: `translateY(${row.start}px)`,
                borderBottom: '1px solid var(--mantine-color-default-border)',
              }}
              data-testid="timeline-row"
            >
              <Stack gap={4} p="sm">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Text size="sm" fw={600}>
                    {dayWithWeekday(i.date, today)} · {CHANNEL_LABEL[i.channel]}
                    <Text span size="sm" c="dimmed" fw={400}>
                      {' '}
                      · {PURPOSE_LABEL[i.purpose]} · {i.initiatedBy === 'me' ? 'I reached out' : 'they reached out'}
                      {i.durationMinutes ? ` · ${i.durationMinutes} min` : ''}
                      {others.length ? ` · with ${others.map(nameOf).join(', ')}` : ''}
                    </Text>
                  </Text>
                  <Group gap={2} wrap="nowrap">
                    <Tooltip label="Edit">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        onClick={() => onEdit(i.id)}
                        aria-label={`Edit the interaction of ${dayWords(i.date, today)}`}
                        data-testid="timeline-edit"
                      >
                        <IconPencil size={15} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Delete">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => onDelete(listed)}
                        aria-label={`Delete the interaction of ${dayWords(i.date, today)}`}
                        data-testid="timeline-delete"
                      >
                        <IconTrash size={15} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Group>
                {masked ? (
                  <Group gap={6}>
                    <Text size="sm" c="dimmed">
                      <IconLock size={12} /> Confidential: what was said, noted and promised is hidden.
                    </Text>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      leftSection={<IconEye size={12} />}
                      onClick={() => void onReveal(i.id).then((full) => setRevealed((r) => ({ ...r, [i.id]: full })))}
                      data-testid="reveal-interaction"
                    >
                      Reveal
                    </Button>
                  </Group>
                ) : (
                  i.summary && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {i.summary}
                    </Text>
                  )
                )}
                {i.exchanges.length > 0 && (
                  <Group gap={4}>
                    {i.exchanges.map((x, k) => (
                      <Badge
                        key={k}
                        size="sm"
                        variant="light"
                        color={x.direction === 'given' ? 'blue' : 'orange'}
                        leftSection={x.direction === 'given' ? <IconArrowUpRight size={11} /> : <IconArrowDownLeft size={11} />}
                        title={x.note || undefined}
                        style={{ textTransform: 'none' }}
                      >
                        {x.direction === 'given' ? 'gave' : 'received'} {VALUE_KIND_LABEL[x.kind].toLowerCase()}
                        {x.weight > 1 ? ` ×${x.weight}` : ''}
                        {x.peerId && x.peerId !== peerId ? ` (${nameOf(x.peerId)})` : ''}
                      </Badge>
                    ))}
                  </Group>
                )}
                {i.followUps.map((f) => (
                  <Group key={f.id} gap={4} wrap="nowrap">
                    {f.done ? <IconSquareCheck size={14} color="var(--mantine-color-teal-6)" /> : <IconSquare size={14} />}
                    <Text
                      size="xs"
                      c={f.done || masked ? 'dimmed' : undefined}
                      td={f.done ? 'line-through' : undefined}
                      fs={masked ? 'italic' : undefined}
                    >
                      {masked ? 'A confidential follow-up' : f.text}
                      {f.due ? ` · due ${dayWords(f.due, today)}` : ''}
                    </Text>
                  </Group>
                ))}
              </Stack>
            </div>
          );
        })}
      </div>
    </div>
  );
}
