import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { IconLock } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { dayWords } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import type { JournalSummary } from '../../../shared/domain/journal/summaries';
import { JOURNAL_KIND_LABEL } from '../../../shared/domain/journal/templates';
import { MoodIcon } from './MoodIcon';

/**
 * Entries by date, drawn only where visible; rows vary in height (an excerpt or not, peers
 * and tags or not), measured as they render. A confidential entry shows its kind, day,
 * peers and tags, never its words. Arrow keys move, Enter opens.
 */
export function EntryList({
  entries,
  nameOf,
  selectedId,
  onOpen,
  height,
}: {
  entries: readonly JournalSummary[];
  nameOf: (id: string) => string;
  selectedId: string | null;
  onOpen: (id: string) => void;
  height: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState(0);
  // TanStack Virtual returns functions the React compiler cannot memoise; this component is left uncompiled, which is what it needs
  // eslint-disable-next-line react-hooks/incompatible-library
  const v = useVirtualizer({
    count: entries.length,
    getScrollElement: () => box.current,
    estimateSize: () => 76,
    overscan: 8,
    getItemKey: (i) => entries[i]!.id,
  });

  const move = (to: number) => {
    const k = Math.max(0, Math.min(entries.length - 1, to));
    setFocus(k);
    v.scrollToIndex(k);
    requestAnimationFrame(() => box.current?.querySelector<HTMLElement>(`[data-index="${k}"] button`)?.focus());
  };

  return (
    <div
      ref={box}
      style={{ height, overflowY: 'auto', position: 'relative' }}
      role="list"
      aria-label="Journal entries"
      data-testid="entry-list"
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown') {
          e.preventDefault();
          move(focus + 1);
        } else if (e.key === 'ArrowUp') {
          e.preventDefault();
          move(focus - 1);
        }
      }}
    >
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((item) => {
          const e = entries[item.index]!;
          const active = e.id === selectedId;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={v.measureElement}
              role="listitem"
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
            >
              <UnstyledButton
                onClick={() => {
                  setFocus(item.index);
                  onOpen(e.id);
                }}
                tabIndex={item.index === focus ? 0 : -1}
                w="100%"
                px="sm"
                py={8}
                data-testid="entry-row"
                aria-current={active ? 'true' : undefined}
                style={{
                  borderRadius: 8,
                  background: active ? 'var(--mantine-color-teal-light)' : undefined,
                  borderBottom: '1px solid var(--mantine-color-default-border)',
                }}
              >
                <Stack gap={2}>
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="xs" c="dimmed">
                      {dayWords(e.date, dayOf(new Date()))} · {JOURNAL_KIND_LABEL[e.kind]}
                    </Text>
                    <MoodIcon mood={e.mood} />
                  </Group>
                  {e.confidential ? (
                    <Group gap={6} wrap="nowrap">
                      <IconLock size={13} color="var(--mantine-color-dimmed)" />
                      <Text size="sm" c="dimmed" fs="italic">
                        Confidential · {e.words} {e.words === 1 ? 'word' : 'words'}
                      </Text>
                    </Group>
                  ) : (
                    <>
                      <Text size="sm" fw={600} lineClamp={1}>
                        {e.title || 'Untitled'}
                      </Text>
                      {e.excerpt && (
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {e.excerpt}
                        </Text>
                      )}
                    </>
                  )}
                  {(e.peerIds.length > 0 || e.tags.length > 0) && (
                    <Group gap={4}>
                      {e.peerIds.slice(0, 3).map((id) => (
                        <Badge key={id} size="xs" variant="light" color="grape">
                          {nameOf(id)}
                        </Badge>
                      ))}
                      {e.peerIds.length > 3 && (
                        <Badge size="xs" variant="light" color="grape">
                          +{e.peerIds.length - 3}
                        </Badge>
                      )}
                      {e.tags.slice(0, 3).map((t) => (
                        <Badge key={t} size="xs" variant="outline" color="gray">
                          {t}
                        </Badge>
                      ))}
                    </Group>
                  )}
                </Stack>
              </UnstyledButton>
            </div>
          );
        })}
      </div>
    </div>
  );
}
