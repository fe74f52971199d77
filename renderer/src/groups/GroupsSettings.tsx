import { Button, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { AGENDA_LABEL, BUILTIN_AGENDAS, agendaTemplate } from '../../../shared/domain/groups/agenda';
import type { AppSettings } from '../../../shared/ipc/contract';
import { AGENDA_TEMPLATES, type AgendaTemplate } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { SaveBar, useSave, type SaveNote } from '../settings/SaveBar';
import { Section } from '../settings/Section';

export type Note = SaveNote;
/** A save's note alone; Settings forms show theirs in their SaveBar. */
export const Saved = ({ note }: { note: Note }) =>
  note && (
    <Text size="sm" c={note.ok ? 'teal' : 'red'}>
      {note.text}
    </Text>
  );

/** Settings: meeting agenda templates and the goal check-in period, one form with one Save. */
export function GroupsSettings() {
  const { phase, setSettings } = useSession();
  const settings = phase.kind === 'unlocked' ? phase.settings : null;
  const [template, setTemplate] = useState<AgendaTemplate>('wins-and-challenges');
  const [text, setText] = useState(() => agendaTemplate('wins-and-challenges', settings?.agendaTemplates ?? {}));
  const [days, setDays] = useState<number | string>(settings?.goalCheckInDays ?? 14);
  const { note, setNote, busy, run } = useSave();
  if (!settings) return null;

  const update = (patch: Partial<AppSettings>) => void run(async () => setSettings(await send('settings:update', patch)));
  const custom = settings.agendaTemplates;
  const pick = (t: AgendaTemplate) => {
    setTemplate(t);
    setText(agendaTemplate(t, custom));
    setNote(null);
  };
  const templates = (value: string | null) => {
    const next = { ...custom };
    if (value === null || value === BUILTIN_AGENDAS[template]) delete next[template];
    else next[template] = value;
    return next;
  };
  const textChanged = text !== agendaTemplate(template, custom);
  const daysChanged = days !== '' && Number(days) !== settings.goalCheckInDays;
  const save = () =>
    update({
      ...(textChanged ? { agendaTemplates: templates(text) } : {}),
      ...(daysChanged ? { goalCheckInDays: Number(days) } : {}),
    });
  const reset = () => {
    setText(BUILTIN_AGENDAS[template]);
    update({ agendaTemplates: templates(null) });
  };

  return (
    <Section title="Groups and goals" description="Meeting agendas, and how often goals with partners want a check-in." id="groups">
      <Stack gap="xs">
        <Select
          label="Agenda template"
          data={AGENDA_TEMPLATES.map((t) => ({ value: t, label: `${AGENDA_LABEL[t]}${custom[t] !== undefined ? ' (yours)' : ''}` }))}
          value={template}
          onChange={(v) => v && pick(v)}
          allowDeselect={false}
          w={320}
          data-testid="settings-agenda-template"
        />
        <Textarea
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={6}
          maxRows={16}
          aria-label="Template text (Markdown)"
          data-testid="settings-agenda-text"
        />
        <Text size="xs" c="dimmed">
          Markdown. {'{{action items}}'} becomes the open action items of the meeting before.
        </Text>
        <Button size="xs" variant="default" w="fit-content" onClick={reset} disabled={custom[template] === undefined || busy}>
          Back to the built-in agenda
        </Button>
      </Stack>
      <NumberInput
        label="Goal check-in after (days)"
        description="A goal with partners is due a check-in after this long without one."
        min={1}
        max={3650}
        value={days}
        onChange={setDays}
        w={320}
        data-testid="settings-checkin-days"
      />
      <SaveBar note={note} busy={busy} onSave={save} dirty={textChanged || daysChanged} testId="settings-agenda-save" />
    </Section>
  );
}
