import { Button, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { USUAL_MINUTES, usualMinutes, type ChannelMinutes } from '../../../shared/domain/groups/boundaries';
import { INTERACTION_CHANNELS, type InteractionChannel } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { SaveBar, useSave } from '../settings/SaveBar';
import { Section } from '../settings/Section';
import { CHANNEL_LABEL } from './labels';

/** Only what differs from the defaults is kept, so a better default later reaches the rest. */
function changedFrom(draft: Record<InteractionChannel, number | string>): ChannelMinutes {
  const changed: ChannelMinutes = {};
  for (const c of INTERACTION_CHANNELS) if (Number(draft[c]) !== USUAL_MINUTES[c]) changed[c] = Number(draft[c]);
  return changed;
}

/**
 * The time budget's usual lengths: an interaction logged without a length (the log dialog's
 * "Usual" choice) counts this long, and a group meeting without one counts as a group meeting.
 */
export function ChannelMinutesSettings() {
  const { phase, setSettings } = useSession();
  const own = phase.kind === 'unlocked' ? phase.settings.channelMinutes : undefined;
  const [draft, setDraft] = useState<Record<InteractionChannel, number | string>>(() => usualMinutes(own));
  const { note, busy, run } = useSave();
  const valid = INTERACTION_CHANNELS.every((c) => Number.isInteger(draft[c]) && Number(draft[c]) >= 1 && Number(draft[c]) <= 1440);
  const changed = JSON.stringify(changedFrom(draft)) !== JSON.stringify(changedFrom(usualMinutes(own)));
  const save = () => void run(async () => setSettings(await send('settings:update', { channelMinutes: changedFrom(draft) })));
  return (
    <Section
      id="usual-lengths"
      title="Usual lengths"
      description="How long each kind of contact usually takes. An interaction logged without a length counts this long in the time budget, so the budget counts every week, not only the interactions you timed."
    >
      <Stack gap="xs" data-testid="settings-channel-minutes">
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
        <SaveBar note={note} busy={busy} onSave={save} dirty={valid && changed} testId="settings-channel-minutes-save">
          <Button variant="default" onClick={() => setDraft({ ...USUAL_MINUTES })}>
            Back to the defaults
          </Button>
        </SaveBar>
      </Stack>
    </Section>
  );
}
