import { NumberInput } from '@mantine/core';
import { useState } from 'react';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { SaveBar, useSave } from './SaveBar';
import { Section } from './Section';

export function AutoLockSection() {
  const { phase, setSettings } = useSession();
  const current = phase.kind === 'unlocked' ? phase.settings.autoLockMinutes : 10;
  const [minutes, setMinutes] = useState<number | string>(current);
  const { note, busy, run } = useSave();

  const save = () => void run(async () => setSettings(await send('settings:update', { autoLockMinutes: Number(minutes) })));

  return (
    <Section
      title="Auto-lock"
      description="Compeer locks itself after this many minutes without keyboard or mouse use, and whenever the computer sleeps or the screen locks."
    >
      <NumberInput label="Idle minutes" min={1} max={240} value={minutes} onChange={setMinutes} w={160} data-testid="autolock-minutes" />
      <SaveBar note={note} busy={busy} onSave={save} dirty={Number(minutes) !== current && minutes !== ''} testId="save-autolock" />
    </Section>
  );
}
