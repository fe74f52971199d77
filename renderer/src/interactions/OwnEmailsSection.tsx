import { Button, Group, TagsInput, Text } from '@mantine/core';
import { useState } from 'react';
import { messageOf } from '../api';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { Section } from '../settings/Section';

/** Settings: the person's own addresses, so a calendar import knows which attendee is them. */
export function OwnEmailsSection() {
  const { phase, setSettings } = useSession();
  const saved = phase.kind === 'unlocked' ? (phase.settings.ownEmails ?? []) : [];
  const [emails, setEmails] = useState<string[]>(saved);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async () => {
    try {
      setSettings(await send('settings:update', { ownEmails: emails.map((e) => e.trim()).filter((e) => e.includes('@')) }));
      setNote({ ok: true, text: 'Saved.' });
    } catch (e) {
      setNote({ ok: false, text: messageOf(e) });
    }
  };
  return (
    <Section
      id="own-emails"
      title="Your e-mail addresses"
      description="A calendar import (.ics) knows you by these: meetings you declined are not imported, and you are not counted as a peer."
    >
      <Group align="flex-end" gap="sm">
        <TagsInput
          size="sm"
          label="Addresses"
          placeholder="you@example.org, Enter"
          value={emails}
          onChange={setEmails}
          maxTags={50}
          splitChars={[',', ' ', ';']}
          w={420}
          data-testid="own-emails"
        />
        <Button
          size="sm"
          onClick={() => void save()}
          disabled={JSON.stringify(emails) === JSON.stringify(saved)}
          data-testid="save-own-emails"
        >
          Save
        </Button>
        {note && (
          <Text size="sm" c={note.ok ? 'teal' : 'red'}>
            {note.text}
          </Text>
        )}
      </Group>
    </Section>
  );
}
