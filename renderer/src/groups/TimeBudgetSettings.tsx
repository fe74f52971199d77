import { Button, Group, NumberInput, Stack, Switch } from '@mantine/core';
import { useState } from 'react';
import { SET_BOUNDARIES } from '../../../shared/domain/groups/boundaries';
import type { AppSettings } from '../../../shared/ipc/contract';
import { messageOf } from '../api';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { Section } from '../settings/Section';
import { ChannelMinutesSettings } from './ChannelMinutesSettings';
import { Saved, type Note } from './GroupsSettings';

/** Settings: the weekly time budget for peer support, in a section of its own (it hid under Groups). */
export function TimeBudgetSettings() {
  const { phase, setSettings } = useSession();
  const settings = phase.kind === 'unlocked' ? phase.settings : null;
  const [budgetOn, setBudgetOn] = useState(settings?.weeklyBudgetMinutes != null);
  const [hours, setHours] = useState<number | string>(settings?.weeklyBudgetMinutes ? settings.weeklyBudgetMinutes / 60 : 3);
  const [notes, setNotes] = useState<{ budget: Note }>({ budget: null });
  if (!settings) return null;

  const update = async (which: keyof typeof notes, patch: Partial<AppSettings>) => {
    try {
      setSettings(await send('settings:update', patch));
      setNotes((n) => ({ ...n, [which]: { ok: true, text: 'Saved.' } }));
    } catch (e) {
      setNotes((n) => ({ ...n, [which]: { ok: false, text: messageOf(e) } }));
    }
  };

  return (
    <Section
      title="Time budget"
      description="How much time you set aside for peers each week, and what counts towards it."
      id="time-budget"
    >
      <Stack gap="xs">
        <Switch
          label="A weekly time budget for peer support"
          description={SET_BOUNDARIES}
          checked={budgetOn}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setBudgetOn(on);
            if (!on) void update('budget', { weeklyBudgetMinutes: null });
          }}
          data-testid="settings-budget-on"
        />
        {budgetOn && (
          <Group align="flex-end" gap="sm">
            <NumberInput
              label="Hours a week"
              description="Counted from interactions and group meetings, each by its length or its usual one (below); shown on Today."
              min={0.25}
              max={168}
              step={0.5}
              decimalScale={2}
              value={hours}
              onChange={setHours}
              w={320}
              data-testid="settings-budget-hours"
            />
            <Button
              onClick={() => void update('budget', { weeklyBudgetMinutes: Math.max(1, Math.round(Number(hours) * 60)) })}
              disabled={hours === '' || Math.round(Number(hours) * 60) === settings.weeklyBudgetMinutes}
              data-testid="settings-budget-save"
            >
              Save
            </Button>
            <Saved note={notes.budget} />
          </Group>
        )}
        {budgetOn && <ChannelMinutesSettings />}
      </Stack>
    </Section>
  );
}
