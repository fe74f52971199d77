import { ActionIcon, Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { dayOfYearWords, dayWithYear } from '../../../shared/date-words';
import { useState } from 'react';
import { isYearly } from '../../../shared/domain/life-events';
import type { LifeEventView } from '../../../shared/ipc/features/interactions.contract';
import type { LifeEventKind } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { useVaultQuery } from '../data/queries';
import { LIFE_EVENT_LABEL, options } from './labels';
import { ErrorNote, showError } from '../data/ErrorNote';
import { DateField } from '../shell/DateField';

interface Draft {
  id?: string;
  kind: LifeEventKind | null;
  /** YYYY-MM-DD as typed; with `noYear` only its month and day are kept */
  date: string;
  noYear: boolean;
  note: string;
  /** a hidden confidential note, not retyped: main keeps it */
  keepNote: boolean;
  confidential: boolean;
}

const NONE: readonly LifeEventView[] = [];

const blank = (): Draft => ({ kind: null, date: '', noYear: false, note: '', keepNote: false, confidential: false });
const whenOf = (e: LifeEventView) =>
  e.date.startsWith('--') ? `${dayOfYearWords(e.date)}, every year` : `${dayWithYear(e.date)}${isYearly(e) ? ', every year' : ''}`;

/** A peer's life events ("Celebration and Support"): a new job, a launch, a setback, a birthday (with or without its year). */
export function LifeEventsPanel({ peerId, firstName }: { peerId: string; firstName: string }) {
  const list = useVaultQuery('lifeEvents:list', { peerId });
  const events: readonly LifeEventView[] = list.data ?? NONE;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saveError, setError] = useState<unknown>(null);
  const error = saveError ?? list.error;

  const changed = () => {};

  const save = async () => {
    if (!draft?.kind || !/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) return;
    try {
      await send('lifeEvents:save', {
        id: draft.id,
        peerId,
        kind: draft.kind,
        date: draft.noYear ? `--${draft.date.slice(5)}` : draft.date,
        note: draft.keepNote ? undefined : draft.note,
        confidential: draft.confidential,
      });
      setDraft(null);
      setError(null);
      changed();
    } catch (e) {
      setError(e);
    }
  };

  const remove = async (e: LifeEventView) => {
    try {
      const { token } = await send('lifeEvents:delete', { id: e.id });
      changed();
      const id = `life-${token}`;
      notifications.show({
        id,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">Removed the {LIFE_EVENT_LABEL[e.kind].toLowerCase()}.</Text>
            <Button
              size="xs"
              variant="light"
              onClick={() => void send('lifeEvents:undoDelete', { token }).then(() => (notifications.hide(id), changed()))}
            >
              Undo
            </Button>
          </Group>
        ),
      });
    } catch (err) {
      showError(err);
    }
  };

  const edit = (e: LifeEventView) =>
    setDraft({
      id: e.id,
      kind: e.kind,
      // a day without a year is shown in the date field in a leap year, so 29 February fits
      date: e.date.startsWith('--') ? `2000${e.date.slice(1)}` : e.date,
      noYear: e.date.startsWith('--'),
      note: e.hidden ? '' : e.note,
      keepNote: e.hidden,
      confidential: e.confidential,
    });

  return (
    <Stack gap="xs" data-testid="life-events">
      <Group justify="space-between">
        <Text fw={600} size="sm">
          Life events
        </Text>
        {!draft && (
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconPlus size={12} />}
            onClick={() => setDraft(blank())}
            data-testid="add-life-event"
          >
            Add
          </Button>
        )}
      </Group>
      {events.length === 0 && !draft && (
        <Text size="sm" c="dimmed">
          A new job, a launch, a setback, a birthday: note what happens in {firstName}'s life, and Today reminds you to celebrate or support
          when the day is near.
        </Text>
      )}
      {events.map((e) => (
        <Group key={e.id} justify="space-between" wrap="nowrap" data-testid="life-event-row">
          <Text size="sm">
            <b>{LIFE_EVENT_LABEL[e.kind]}</b> · {whenOf(e)}
            {e.hidden ? (
              <Text span c="dimmed" size="sm">
                {' '}
                · <IconLock size={11} /> note hidden
              </Text>
            ) : e.note ? (
              <Text span c="dimmed" size="sm">
                {' '}
                · {e.note}
              </Text>
            ) : null}
          </Text>
          <Group gap={2} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={() => edit(e)}
              aria-label={`Edit the ${LIFE_EVENT_LABEL[e.kind].toLowerCase()}`}
            >
              <IconPencil size={14} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              onClick={() => void remove(e)}
              aria-label={`Remove the ${LIFE_EVENT_LABEL[e.kind].toLowerCase()}`}
            >
              <IconTrash size={14} />
            </ActionIcon>
          </Group>
        </Group>
      ))}
      {draft && (
        <Stack gap={6} p="xs" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}>
          <Group gap="xs" align="flex-end" wrap="wrap">
            <Select
              size="xs"
              label="What"
              data={options(LIFE_EVENT_LABEL)}
              value={draft.kind}
              onChange={(v) => setDraft({ ...draft, kind: v, noYear: v === 'birthday' ? draft.noYear : false })}
              w={170}
              data-testid="life-kind"
              autoFocus
            />
            <DateField
              size="xs"
              label="When"
              value={draft.date}
              onChange={(day) => setDraft({ ...draft, date: day })}
              words={draft.noYear ? dayOfYearWords : undefined}
              w={150}
              data-testid="life-date"
            />
            <Checkbox
              size="xs"
              label="Year unknown"
              checked={draft.noYear}
              onChange={(e) => setDraft({ ...draft, noYear: e.currentTarget.checked })}
              mb={6}
            />
          </Group>
          <TextInput
            size="xs"
            label="Note"
            placeholder={draft.keepNote ? 'Hidden: type to replace it' : 'Optional'}
            value={draft.note}
            onChange={(e) => setDraft({ ...draft, note: e.currentTarget.value, keepNote: false })}
            maxLength={2000}
          />
          <Checkbox
            size="xs"
            label="Confidential note"
            checked={draft.confidential}
            onChange={(e) => setDraft({ ...draft, confidential: e.currentTarget.checked })}
          />
          <ErrorNote error={error} />
          <Group gap="xs" justify="flex-end">
            <Button size="compact-sm" variant="default" onClick={() => (setDraft(null), setError(null))}>
              Cancel
            </Button>
            <Button
              size="compact-sm"
              onClick={() => void save()}
              disabled={!draft.kind || !/^\d{4}-\d{2}-\d{2}$/.test(draft.date)}
              data-testid="save-life-event"
            >
              Save
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
