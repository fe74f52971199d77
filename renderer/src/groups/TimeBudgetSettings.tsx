import { NumberInput, Switch } from '@mantine/core';
import { useState } from 'react';
import { SET_BOUNDARIES } from '../../../shared/domain/groups/boundaries';
import type { AppSettings } from '../../../shared/ipc/contract';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { SaveBar, useSave } from '../settings/SaveBar';
import { Section } from '../settings/Section';
import { ChannelMinutesSettings } from './ChannelMinutesSettings';

/** Settings: the weekly time budget for peer support, in a section of its own (it hid under Groups). */
export function TimeBudgetSettings() {
  const { phase, setSettings } = useSession();
  const settings = phase.kind === 'unlocked' ? phase.settings : null;
  const [budgetOn, setBudgetOn] = useState(settings?.weeklyBudgetMinutes != null);
  const [hours, setHours] = useState<number | string>(settings?.weeklyBudgetMinutes ? settings.weeklyBudgetMinutes / 60 : 3);
  const { note, busy, run } = useSave();
  if (!settings) return null;

  const update = (patch: Partial<AppSettings>) => void run(async () => setSettings(await send('settings:update', patch)));
  const minutes = Math.max(1, Math.round(Number(hours) * 60));

  return (
    <>
      <Section title="Time budget" description="How much time you set aside for peers each week." id="time-budget">
        <Switch
          label="A weekly time budget for peer support"
          description={SET_BOUNDARIES}
          checked={budgetOn}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setBudgetOn(on);
            // turning it off applies at once; turning it on waits for the hours and Save
            if (!on) update({ weeklyBudgetMinutes: null });
          }}
          data-testid="settings-budget-on"
        />
        {budgetOn && (
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
        )}
        <SaveBar
          note={note}
          busy={busy}
          onSave={budgetOn ? () => update({ weeklyBudgetMinutes: minutes }) : undefined}
          dirty={hours !== '' && minutes !== settings.weeklyBudgetMinutes}
          testId="settings-budget-save"
        />
      </Section>
      {budgetOn && <ChannelMinutesSettings />}
    </>
  );
}
