import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { dayWithWeekday } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import { useState } from 'react';
import type { TodayData } from '../../../shared/domain/today';
import { invoke, send } from '../data/channel';
import { ErrorNote } from '../data/ErrorNote';
import { openLogInteraction } from '../interactions/log-store';
import { MOD_KEY } from '../interactions/shortcut';
import { TodayCard } from './TodayCard';

const short = (day: string) => dayWithWeekday(day, dayOf(new Date()));

/**
 * "What passed in these meetings?": after a calendar import, its recent meetings that say
 * nothing yet of what passed, opened one after another in the Log interaction dialog (the
 * keyboard adds "I gave…", "I received…"; its save opens the next). "Done" hides them.
 */
export function MeetingsReviewCard({ data, onDone }: { data: TodayData['meetings']; onDone: () => void }) {
  const [error, setError] = useState<unknown>(null);
  const ids = data.meetings.map((m) => m.interactionId);

  const openAt = async (i: number) => {
    if (i >= ids.length) return;
    try {
      const edit = await invoke('interactions:get', { id: ids[i]! });
      openLogInteraction({ edit, onSaved: () => void openAt(i + 1) });
    } catch (e) {
      setError(e);
    }
  };
  const done = async () => {
    if (!data.importedAt) return;
    try {
      await send('settings:update', { meetingsReviewedThrough: data.importedAt });
      onDone();
    } catch (e) {
      setError(e);
    }
  };

  if (data.meetings.length === 0) return null;
  return (
    <TodayCard
      title="What passed in these meetings?"
      testId="today-meetings"
      items={data.meetings}
      first={5}
      empty=""
      intro={
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {meetingsHint(data.meetings.length)}
          </Text>
          <ErrorNote error={error} role="alert" />
        </Stack>
      }
      extra={
        <Group gap="xs">
          <Button size="compact-sm" leftSection={<IconPlayerPlay size={14} />} onClick={() => void openAt(0)} data-testid="meetings-start">
            Go through them
          </Button>
          <Button size="compact-sm" variant="default" onClick={() => void done()} data-testid="meetings-done">
            Done
          </Button>
        </Group>
      }
      render={(m) => {
        const i = ids.indexOf(m.interactionId);
        return (
          <Stack gap={0} data-testid="meeting-item">
            <Anchor component="button" size="sm" ta="left" onClick={() => void openAt(i)}>
              {m.hidden ? 'A private meeting' : m.title || '(no title)'}
            </Anchor>
            <Text size="xs" c="dimmed">
              {short(m.date)}
              {m.peers.length > 0 && ` · with ${m.peers.map((p) => p.name).join(', ')}`}
            </Text>
          </Stack>
        );
      }}
    />
  );
}

/** The line under the card's title: how the flow goes. */
function meetingsHint(n: number): string {
  return `Your calendar import brought ${n === 1 ? 'a meeting' : `${n} meetings`} from the last weeks. Add what you gave and received in each, one after another: ${MOD_KEY}+Enter saves and opens the next, Esc stops.`;
}
