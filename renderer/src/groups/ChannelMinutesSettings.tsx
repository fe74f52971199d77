import { Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { USUAL_MINUTES, usualMinutes, type ChannelMinutes } from '../../../shared/domain/groups/boundaries';
import { INTERACTION_CHANNELS, type InteractionChannel } from '../../../shared/schema/vocabulary';
import { messageOf } from '../api';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { CHANNEL_LABEL } from './labels';

/**
 * The time budget's usual lengths: an interaction logged without a length (the log dialog's
 * "Usual" choice) counts this long, and a group meeting without one counts as a group meeting.
 */
export function ChannelMinutesSettings() {
  const { phase, setSettings } = useSession();
  const own = phase.kind === 'unlocked' ? phase.settings.channelMinutes : undefined;
  const [draft, setDraft] = useState<Record<InteractionChannel, number | string>>(() => usualMinutes(own));
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const valid = INTERACTION_CHANNELS.every((c) => Number.isInteger(draft[c]) && Number(draft[c]) >= 1 && Number(draft[c]) <= 1440);
  const save = async () => {
    // only what differs from the defaults is kept, so a better default later reaches the rest
    const changed: ChannelMinutes = {};
    for (const c of INTERACTION_CHANNELS) if (Number(draft[c]) !== USUAL_MINUTES[c]) changed[c] = Number(draft[c]);
    try {
      setSettings(await send('settings:update', { channelMinutes: changed }));
      setNote({ ok: true, text: 'Saved.' });
    } catch (e) {
      setNote({ ok: false, text: messageOf(e) });
    }
  };
  return (
    <Stack gap="xs" data-testid="settings-channel-minutes">
      <div>
        <Text size="sm" fw={500}>
          How long each kind of contact usually takes
        </Text>
        <Text size="xs" c="dimmed">
          An interaction logged without a length counts this long in the time budget, so the budget counts every week, not only the
          interactions you timed.
        </Text>
      </div>
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
        {INTERACTION_CHANNELS.map((c) => (
          <NumberInput
            key={c}
            size="xs"
            label={CHANNEL_LABEL[c]}
            suffix=" min"
            min={1}
            max={1440}
            allowDecimal={false}
            value={draft[c]}
            onChange={(v) => setDraft((d) => ({ ...d, [c]: v }))}
            data-testid={`usual-${c}`}
          />
        ))}
      </SimpleGrid>
      <Group gap="sm">
        <Button size="xs" onClick={() => void save()} disabled={!valid} data-testid="settings-channel-minutes-save">
          Save
        </Button>
        <Button size="xs" variant="default" onClick={() => setDraft({ ...USUAL_MINUTES })}>
          Back to the defaults
        </Button>
        {note && (
          <Text size="sm" c={note.ok ? 'teal' : 'red'}>
            {note.text}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
