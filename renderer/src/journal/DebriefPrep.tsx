import { Anchor, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { prepForDebrief } from '../../../shared/domain/journal/debrief-prep';
import type { JournalEntry } from '../../../shared/schema/document';
import { send } from '../data/channel';
import { showError } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';
import { Masked } from './Masked';
import { localToday } from './useJournal';

/**
 * In the debrief, the prep written for this talk (prepForDebrief): what you meant to share,
 * ask and keep to yourself, beside what happened. A confidential prep stays masked until
 * revealed here, like everywhere else.
 */
export function DebriefPrep({ peerId }: { peerId: string }) {
  const { data } = useVaultQuery('journal:list', undefined);
  const [full, setFull] = useState<JournalEntry | null>(null);
  const prep = data ? prepForDebrief(data.entries, peerId, localToday()) : null;
  if (!prep) return null;
  const shown = full?.id === prep.id && full.updatedAt === prep.updatedAt ? full : null;
  const reveal = () =>
    void send('journal:get', { id: prep.id }).then(setFull, (e: unknown) => {
      showError(e);
    });
  return (
    <Paper withBorder radius="md" p="sm" data-testid="debrief-prep">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          Your prep for this talk ({prep.date})
        </Text>
        {shown ? (
          // as written, Markdown marks and all (as the editor shows it), small beside the debrief
          <ScrollArea.Autosize mah={170} type="auto">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {shown.body}
            </Text>
          </ScrollArea.Autosize>
        ) : prep.confidential ? (
          <Masked
            label="Confidential, like every entry: reveal it to read what you planned."
            onReveal={reveal}
            testId="debrief-prep-masked"
          />
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {prep.excerpt}
            </Text>
            <Anchor component="button" size="xs" w="fit-content" onClick={reveal}>
              Read it all
            </Anchor>
          </>
        )}
      </Stack>
    </Paper>
  );
}
