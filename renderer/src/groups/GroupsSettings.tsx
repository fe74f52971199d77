import { Button, Group, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { AGENDA_LABEL, BUILTIN_AGENDAS, agendaTemplate } from '../../../shared/domain/groups/agenda';
import type { AppSettings } from '../../../shared/ipc/contract';
import { AGENDA_TEMPLATES, type AgendaTemplate } from '../../../shared/schema/vocabulary';
import { messageOf } from '../api';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { Section } from '../settings/Section';

export type Note = { ok: boolean; text: string } | null;
export const Saved = ({ note }: { note: Note }) =>
  note && (
    <Text size="sm" c={note.ok ? 'teal' : 'red'}>
      {note.text}
    </Text>
  );

/** Settings: meeting agenda templates and the goal check-in period (the time budget has its own section). */
export function GroupsSettings() {
  const { phase, setSettings } = useSession();
  const settings = phase.kind === 'unlocked' ? phase.settings : null;
  const [template, setTemplate] = useState<AgendaTemplate>('wins-and-challenges');
  const [text, setText] = useState(() => agendaTemplate('wins-and-challenges', settings?.agendaTemplates ?? {}));
  const [days, setDays] = useState<number | string>(settings?.goalCheckInDays ?? 14);
  const [notes, setNotes] = useState<{ agenda: Note; days: Note }>({ agenda: null, days: null });
  if (!settings) return null;

  const update = async (which: keyof typeof notes, patch: Partial<AppSettings>) => {
    try {
      setSettings(await send('settings:update', patch));
      setNotes((n) => ({ ...n, [which]: { ok: true, text: 'Saved.' } }));
    } catch (e) {
      setNotes((n) => ({ ...n, [which]: { ok: false, text: messageOf(e) } }));
    }
  };
  const custom = settings.agendaTemplates;
  const pick = (t: AgendaTemplate) => {
    setTemplate(t);
    setText(agendaTemplate(t, custom));
    setNotes((n) => ({ ...n, agenda: null }));
  };
  const saveTemplate = (value: string | null) => {
    const next = { ...custom };
    if (value === null || value === BUILTIN_AGENDAS[template]) delete next[template];
    else next[template] = value;
    if (value === null) setText(BUILTIN_AGENDAS[template]);
    void update('agenda', { agendaTemplates: next });
  };

  return (
    <Section title="Groups and goals" description="Meeting agendas, and how often goals with partners want a check-in." id="groups">
      <Stack gap="lg">
        <Stack gap="xs">
          <Group align="flex-end" gap="sm">
            <Select
              label="Agenda template"
              data={AGENDA_TEMPLATES.map((t) => ({ value: t, label: `${AGENDA_LABEL[t]}${custom[t] !== undefined ? ' (yours)' : ''}` }))}
              value={template}
              onChange={(v) => v && pick(v)}
              allowDeselect={false}
              w={320}
              data-testid="settings-agenda-template"
            />
          </Group>
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
          <Group gap="sm">
            <Button
              size="sm"
              onClick={() => saveTemplate(text)}
              disabled={text === agendaTemplate(template, custom)}
              data-testid="settings-agenda-save"
            >
              Save template
            </Button>
            <Button size="sm" variant="default" onClick={() => saveTemplate(null)} disabled={custom[template] === undefined}>
              Back to the built-in one
            </Button>
            <Saved note={notes.agenda} />
          </Group>
        </Stack>
        <Group align="flex-end" gap="sm">
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
          <Button
            onClick={() => void update('days', { goalCheckInDays: Number(days) })}
            disabled={days === '' || Number(days) === settings.goalCheckInDays}
          >
            Save
          </Button>
          <Saved note={notes.days} />
        </Group>
      </Stack>
    </Section>
  );
}
