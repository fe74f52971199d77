import { Button, Group, NumberInput, Text } from '@mantine/core';
import { useState } from 'react';
import { messageOf } from '../api';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { Section } from './Section';

export function AutoLockSection() {
  const { phase, setSettings } = useSession();
  const current = phase.kind === 'unlocked' ? phase.settings.autoLockMinutes : 10;
  const [minutes, setMinutes] = useState<number | string>(current);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async () => {
    try {
      setSettings(await send('settings:update', { autoLockMinutes: Number(minutes) }));
      setNote({ ok: true, text: 'Saved.' });
    } catch (e) {
      setNote({ ok: false, text: messageOf(e) });
    }
  };

  return (
    <Section
      title="Auto-lock"
      description="Compeer locks itself after this many minutes without keyboard or mouse use, and whenever the computer sleeps or the screen locks."
    >
      <Group align="flex-end">
        <NumberInput label="Idle minutes" min={1} max={240} value={minutes} onChange={setMinutes} w={160} data-testid="autolock-minutes" />
        <Button onClick={() => void save()} disabled={Number(minutes) === current || minutes === ''} data-testid="save-autolock">
          Save
        </Button>
        {note && (
          <Text size="sm" c={note.ok ? 'teal' : 'red'} pb={8}>
            {note.text}
          </Text>
        )}
      </Group>
    </Section>
  );
}
