import { Button, Divider, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useMemo } from 'react';
import { dayWords } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import type { JournalSummary } from '../../../shared/domain/journal/summaries';
import { JOURNAL_KIND_LABEL } from '../../../shared/domain/journal/templates';
import { useVaultQuery } from '../data/queries';
import type { PeerPartProps } from '../peers/peer-part';
import { useNav } from '../shell/nav';
import { MoodIcon } from './MoodIcon';
import { NotesPanel } from './NotesPanel';
import { openPrep } from './openers';

/** Journal entries and notes about this peer. */
export function JournalPeerTab({ peer }: PeerPartProps) {
  const nav = useNav();
  const all = useVaultQuery('journal:list', undefined).data?.entries;
  const entries = useMemo<JournalSummary[] | undefined>(
    () => all?.filter((e) => e.peerIds.includes(peer.id)).sort((a, b) => b.date.localeCompare(a.date)),
    [all, peer.id],
  );

  return (
    <Stack gap="md" data-testid="journal-peer-tab">
      <Stack gap={4}>
        <Group justify="space-between">
          <Text fw={600}>Journal entries</Text>
          <Button size="compact-sm" variant="subtle" onClick={() => nav.go('journal', { new: 'reflection', peer: peer.id })}>
            Write about {peer.name.split(' ')[0]}
          </Button>
        </Group>
        {entries?.length === 0 && (
          <Text size="sm" c="dimmed">
            Nothing written about {peer.name} yet.{' '}
            <UnstyledButton onClick={() => openPrep(peer.id)} style={{ color: 'var(--mantine-color-teal-text)', fontSize: 'inherit' }}>
              Prepare your next conversation
            </UnstyledButton>{' '}
            to think through what to share and ask.
          </Text>
        )}
        {entries?.map((e) => (
          <UnstyledButton key={e.id} onClick={() => nav.go('journal', { entry: e.id })} data-testid="peer-entry">
            <Group gap="xs" wrap="nowrap">
              <Text size="xs" c="dimmed" w={80}>
                {dayWords(e.date, dayOf(new Date()))}
              </Text>
              <Text size="xs" c="dimmed" w={130}>
                {JOURNAL_KIND_LABEL[e.kind]}
              </Text>
              {e.confidential ? (
                <Group gap={4} wrap="nowrap">
                  <IconLock size={12} color="var(--mantine-color-dimmed)" />
                  <Text size="sm" c="dimmed" fs="italic">
                    Confidential
                  </Text>
                </Group>
              ) : (
                <Text size="sm" lineClamp={1}>
                  {e.title || 'Untitled'}
                </Text>
              )}
              <MoodIcon mood={e.mood} />
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
      <Divider />
      <NotesPanel peerId={peer.id} />
    </Stack>
  );
}
