import { Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { BUILT_IN_TEMPLATES, JOURNAL_KIND_HINT, JOURNAL_KIND_LABEL } from '../../../shared/domain/journal/templates';
import { JOURNAL_KINDS, type JournalKind } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { SaveBar, useSave } from '../settings/SaveBar';
import { Section } from '../settings/Section';
import { MarkdownEditor } from './editor/MarkdownEditor';

/** Settings: the journal's templates, one per kind, editable; "Use the built-in one" undoes a change. */
export function JournalSettings() {
  const { phase, setSettings } = useSession();
  const custom = phase.kind === 'unlocked' ? phase.settings.journalTemplates : {};
  const [kind, setKind] = useState<JournalKind>('dialogue-prep');
  const [text, setText] = useState<string>(custom[kind] ?? BUILT_IN_TEMPLATES[kind]);
  const [version, setVersion] = useState(0);
  const { note, setNote, busy, run } = useSave();
  const saved = custom[kind] ?? BUILT_IN_TEMPLATES[kind];

  const pick = (k: JournalKind) => {
    setKind(k);
    setText(custom[k] ?? BUILT_IN_TEMPLATES[k]);
    setVersion((v) => v + 1);
    setNote(null);
  };

  const store = (next: Partial<Record<JournalKind, string>>, message: string) =>
    void run(async () => setSettings(await send('settings:update', { journalTemplates: next })), message);

  const save = () => store({ ...custom, [kind]: text }, 'Saved. New entries of this kind start from it.');
  const reset = () => {
    const { [kind]: _dropped, ...rest } = custom;
    setText(BUILT_IN_TEMPLATES[kind]);
    setVersion((v) => v + 1);
    store(rest, 'Back to the built-in template.');
  };

  return (
    <Section
      id="journal-templates"
      title="Journal templates"
      description="Each kind of entry starts from a template. Make them yours: {{peer}}, {{date}}, {{week}} (the week from your log) and {{goals}} (your open goals) are filled in when you start an entry."
    >
      <Stack gap="xs" data-testid="journal-templates">
        <Group gap="xs" align="flex-end">
          <Select
            label="Kind"
            data={JOURNAL_KINDS.map((k) => ({ value: k, label: JOURNAL_KIND_LABEL[k] }))}
            value={kind}
            onChange={(v) => v && pick(v)}
            allowDeselect={false}
            w={240}
            data-testid="template-kind"
          />
          {custom[kind] !== undefined ? (
            <Badge variant="light">Your own</Badge>
          ) : (
            <Badge variant="light" color="gray">
              Built-in
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {JOURNAL_KIND_HINT[kind]}
        </Text>
        <div style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8, padding: '4px 8px' }}>
          <MarkdownEditor
            docKey={`${kind}-${version}`}
            initial={text}
            onChange={setText}
            label={`${JOURNAL_KIND_LABEL[kind]} template`}
            minHeight={200}
          />
        </div>
        <SaveBar note={note} busy={busy} onSave={save} dirty={text !== saved} testId="save-template">
          <Button variant="default" onClick={reset} disabled={custom[kind] === undefined || busy} data-testid="reset-template">
            Use the built-in one
          </Button>
        </SaveBar>
      </Stack>
    </Section>
  );
}
