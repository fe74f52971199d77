import { TagsInput } from '@mantine/core';
import { useState } from 'react';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { SaveBar, useSave } from '../settings/SaveBar';
import { Section } from '../settings/Section';

/** Settings: the person's own addresses, so a calendar import knows which attendee is them. */
export function OwnEmailsSection() {
  const { phase, setSettings } = useSession();
  const saved = phase.kind === 'unlocked' ? (phase.settings.ownEmails ?? []) : [];
  const [emails, setEmails] = useState<string[]>(saved);
  const { note, busy, run } = useSave();
  const save = () =>
    void run(async () => {
      const ownEmails = emails.map((e) => e.trim()).filter((e) => e.includes('@'));
      setSettings(await send('settings:update', { ownEmails }));
      setEmails(ownEmails);
    });
  return (
    <Section
      id="own-emails"
      title="Your e-mail addresses"
      description="A calendar import (.ics) knows you by these: meetings you declined are not imported, and you are not counted as a peer."
    >
      <TagsInput
        size="sm"
        label="Addresses"
        placeholder="you@example.org, Enter"
        value={emails}
        onChange={setEmails}
        maxTags={50}
        splitChars={[',', ' ', ';']}
        maw={420}
        data-testid="own-emails"
      />
      <SaveBar note={note} busy={busy} onSave={save} dirty={JSON.stringify(emails) !== JSON.stringify(saved)} testId="save-own-emails" />
    </Section>
  );
}
