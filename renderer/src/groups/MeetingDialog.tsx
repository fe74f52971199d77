import {
  ActionIcon,
  Button,
  Checkbox,
  Chip,
  Divider,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconEye, IconPlus, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { dayOf } from '../../../shared/domain/days';
import { AGENDA_LABEL, agendaText } from '../../../shared/domain/groups/agenda';
import { openItemsOf } from '../../../shared/domain/groups/meetings';
import type { GroupView } from '../../../shared/domain/groups/views';
import { AGENDA_TEMPLATES, ME, type AgendaTemplate } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { ErrorNote } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';
import { usePeers } from '../peers/usePeers';
import { useSession } from '../session/SessionProvider';
import { plural } from './labels';
import { useDraftGuard } from '../shell/FormModal';
import { DateField } from '../shell/DateField';

interface ItemDraft {
  key: number;
  id?: string;
  text: string;
  ownerId: string;
  due: string;
  done: boolean;
}
interface Draft {
  date: string;
  durationMinutes: number | null;
  facilitatorId: string | null;
  attendeeIds: string[];
  agenda: string;
  notes: string;
  /** a confidential meeting's agenda, notes and action items, not revealed: left out of the save, so main keeps them */
  textHidden: boolean;
  notesConfidential: boolean;
  items: ItemDraft[];
  log: boolean;
}

let itemKey = 0;

/**
 * Log a meeting (or edit one): date, who led and who came (the rotation's pick and absences
 * as defaults), an agenda from a template, notes (confidential by default), action items,
 * and one interaction for everyone who came, in the same save.
 */
export function MeetingDialog({
  groupId,
  meetingId,
  onClose,
  onSaved,
}: {
  groupId: string;
  meetingId: string | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { phase } = useSession();
  const custom = phase.kind === 'unlocked' ? phase.settings.agendaTemplates : {};
  const { peers } = usePeers();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [template, setTemplate] = useState<AgendaTemplate>('wins-and-challenges');
  const [actionError, setError] = useState<unknown>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const names = useMemo(() => new Map((peers ?? []).map((p) => [p.id, p.name])), [peers]);
  const who = (id: string) => (id === ME ? 'Me' : (names.get(id) ?? 'A former peer'));

  // the meeting as it stands when the dialog opens (a later refresh leaves what is being typed alone)
  const stored = useVaultQuery('groups:get', { id: groupId });
  const view: GroupView | null = stored.data ?? null;
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const opening = `${groupId}/${meetingId ?? ''}`;
  if (stored.data && loadedFor !== opening) {
    setLoadedFor(opening);
    const v = stored.data;
    const m = meetingId ? v.group.meetings.find((x) => x.id === meetingId) : undefined;
    if (m) {
      setDraft({
        date: m.date,
        durationMinutes: m.durationMinutes ?? null,
        facilitatorId: m.facilitatorId,
        attendeeIds: m.attendeeIds,
        agenda: m.agenda,
        notes: m.notes,
        textHidden: m.notesHidden,
        notesConfidential: m.notesConfidential,
        items: m.actionItems.map((a) => ({
          key: ++itemKey,
          id: a.id,
          text: a.text,
          ownerId: a.ownerId,
          due: a.due ?? '',
          done: a.done,
        })),
        log: Boolean(m.interactionId),
      });
    } else {
      const next = v.rotation.slots[0];
      const everyone = [ME, ...v.group.memberIds];
      setDraft({
        date: dayOf(new Date()),
        durationMinutes: v.group.meetings[0]?.durationMinutes ?? null,
        facilitatorId: next?.facilitatorId ?? null,
        attendeeIds: everyone.filter((p) => !next?.absent.includes(p)),
        agenda: '',
        notes: '',
        textHidden: false,
        notesConfidential: true,
        items: [],
        log: true,
      });
    }
  }
  const error = actionError ?? stored.error;

  const { requestClose, question, rebase } = useDraftGuard(draft, onClose);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => (d ? { ...d, [k]: v } : d));
  const setItem = (key: number, patch: Partial<ItemDraft>) =>
    setDraft((d) => (d ? { ...d, items: d.items.map((i) => (i.key === key ? { ...i, ...patch } : i)) } : d));

  if (error && !draft)
    return (
      <Modal opened onClose={onClose} title="Log a meeting" centered>
        <ErrorNote error={error} />
      </Modal>
    );
  if (!view || !draft) return null;

  const g = view.group;
  const people = [ME, ...g.memberIds.filter((m) => names.has(m)), ...draft.attendeeIds.filter((a) => a !== ME && !g.memberIds.includes(a))];
  const personOptions = people.map((p) => ({ value: p, label: who(p) }));
  // the last meeting before this one: its open action items go into the agenda
  const previous = g.meetings.find((m) => m.id !== meetingId && m.date <= draft.date);
  const applyTemplate = async () => {
    try {
      // a confidential meeting's action items come in only by revealing that meeting
      const items = previous?.notesHidden
        ? (await send('groups:revealNotes', { groupId, meetingId: previous.id })).actionItems
        : previous?.actionItems;
      set('agenda', agendaText(template, custom, openItemsOf(items ? { actionItems: items } : undefined), who, draft.date));
    } catch (e) {
      setError(e);
    }
  };
  const peersCame = draft.attendeeIds.filter((a) => a !== ME).length;
  const problems = {
    date: /^\d{4}-\d{2}-\d{2}$/.test(draft.date) ? undefined : 'Pick the day it happened.',
    items: draft.items.some((i) => !i.text.trim()) ? 'Each action item needs some text (or remove it).' : undefined,
    log: draft.log && peersCame === 0 ? 'Tick at least one peer who came, or untick logging it as an interaction.' : undefined,
  };
  const invalid = Object.values(problems).some(Boolean);

  const revealText = async () => {
    try {
      const { notes, agenda, actionItems } = await send('groups:revealNotes', { groupId, meetingId: meetingId! });
      const items = actionItems.map((a) => ({
        key: ++itemKey,
        id: a.id,
        text: a.text,
        ownerId: a.ownerId,
        due: a.due ?? '',
        done: a.done,
      }));
      setDraft((d) => (d ? { ...d, notes, agenda, items, textHidden: false } : d));
      rebase();
    } catch (e) {
      setError(e);
    }
  };
  const save = async () => {
    setTried(true);
    if (invalid) return;
    setBusy(true);
    setError(null);
    try {
      const r = await send('groups:saveMeeting', {
        groupId,
        logInteraction: draft.log,
        meeting: {
          id: meetingId ?? undefined,
          date: draft.date,
          durationMinutes: draft.durationMinutes,
          facilitatorId: draft.facilitatorId,
          attendeeIds: draft.attendeeIds,
          ...(draft.textHidden
            ? {}
            : {
                agenda: draft.agenda,
                notes: draft.notes,
                actionItems: draft.items.map((i) => ({
                  id: i.id,
                  text: i.text.trim(),
                  ownerId: i.ownerId,
                  due: i.due || null,
                  done: i.done,
                })),
              }),
          notesConfidential: draft.notesConfidential,
        },
      });
      onSaved(r.interactionId ? `Meeting saved, and logged as one interaction with ${plural(peersCame, 'peer')}.` : 'Meeting saved.');
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={requestClose}
      title={`${meetingId ? 'Edit a meeting' : 'Log a meeting'} of ${g.name}`}
      size="xl"
      centered
      closeOnClickOutside={false}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={3}>
            <DateField
              label="Date"
              value={draft.date}
              onChange={(day) => set('date', day)}
              error={tried && problems.date}
              data-autofocus
              data-testid="meeting-date"
            />
            <Select
              label="Led by"
              data={personOptions}
              value={draft.facilitatorId}
              onChange={(v) => set('facilitatorId', v)}
              clearable
              placeholder="Nobody in particular"
              data-testid="meeting-facilitator"
            />
            <NumberInput
              label="How long (minutes)"
              min={0}
              max={1440}
              step={15}
              value={draft.durationMinutes ?? ''}
              onChange={(v) => set('durationMinutes', typeof v === 'number' ? v : null)}
              data-testid="meeting-duration"
            />
          </SimpleGrid>
          <div>
            <Text size="sm" fw={500} mb={4}>
              Who came
            </Text>
            <Chip.Group multiple value={draft.attendeeIds} onChange={(v) => set('attendeeIds', v)}>
              <Group gap={6}>
                {people.map((p) => (
                  <Chip key={p} value={p} size="sm" data-testid="meeting-attendee">
                    {who(p)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </div>
          {draft.textHidden ? (
            <Group gap="sm">
              <Text size="sm" c="dimmed">
                Confidential: the agenda, notes and action items are kept as they are unless you reveal them to edit.
              </Text>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconEye size={14} />}
                onClick={() => void revealText()}
                data-testid="meeting-reveal-text"
              >
                Reveal to edit
              </Button>
            </Group>
          ) : (
            <>
              <Divider label="Agenda (Markdown)" labelPosition="left" />
              <Group gap="xs" align="flex-end">
                <Select
                  label="Template"
                  data={AGENDA_TEMPLATES.map((t) => ({ value: t, label: AGENDA_LABEL[t] }))}
                  value={template}
                  onChange={(v) => v && setTemplate(v)}
                  allowDeselect={false}
                  w={280}
                  size="sm"
                  data-testid="agenda-template"
                />
                <Button variant="default" size="sm" onClick={() => void applyTemplate()} data-testid="use-template">
                  {draft.agenda.trim() ? 'Replace with template' : 'Use template'}
                </Button>
                <Text size="xs" c="dimmed" pb={8}>
                  Brings in the open action items of the meeting before.
                </Text>
              </Group>
              <Textarea
                value={draft.agenda}
                onChange={(e) => set('agenda', e.currentTarget.value)}
                autosize
                minRows={4}
                maxRows={14}
                aria-label="Agenda"
                placeholder="The plan for the meeting"
                data-testid="meeting-agenda"
              />
              <Divider label="Notes (Markdown)" labelPosition="left" />
              <Textarea
                value={draft.notes}
                onChange={(e) => set('notes', e.currentTarget.value)}
                autosize
                minRows={3}
                maxRows={12}
                aria-label="Notes"
                placeholder="What was said, decided, offered"
                data-testid="meeting-notes-input"
              />
              <Divider label="Action items" labelPosition="left" />
              {draft.items.map((i) => (
                <Group key={i.key} gap="xs" wrap="nowrap" align="flex-start" data-testid="action-item-row">
                  <Checkbox
                    mt={10}
                    checked={i.done}
                    onChange={(e) => setItem(i.key, { done: e.currentTarget.checked })}
                    aria-label="Done"
                  />
                  <TextInput
                    style={{ flex: 1 }}
                    size="sm"
                    placeholder="What will be done"
                    value={i.text}
                    onChange={(e) => setItem(i.key, { text: e.currentTarget.value })}
                    aria-label="Action item"
                    data-testid="action-item-text"
                  />
                  <Select
                    size="sm"
                    w={170}
                    data={personOptions}
                    value={i.ownerId}
                    onChange={(v) => v && setItem(i.key, { ownerId: v })}
                    allowDeselect={false}
                    aria-label="Whose"
                    data-testid="action-item-owner"
                  />
                  <DateField size="sm" w={150} value={i.due} onChange={(day) => setItem(i.key, { due: day })} aria-label="Due" />
                  <ActionIcon
                    mt={6}
                    variant="subtle"
                    color="gray"
                    onClick={() =>
                      set(
                        'items',
                        draft.items.filter((x) => x.key !== i.key),
                      )
                    }
                    aria-label="Remove action item"
                  >
                    <IconX size={16} />
                  </ActionIcon>
                </Group>
              ))}
              {tried && problems.items && (
                <Text size="sm" c="red">
                  {problems.items}
                </Text>
              )}
              <Button
                variant="subtle"
                size="xs"
                w="fit-content"
                leftSection={<IconPlus size={14} />}
                onClick={() => set('items', [...draft.items, { key: ++itemKey, text: '', ownerId: ME, due: '', done: false }])}
                data-testid="add-action-item"
              >
                Add an action item
              </Button>
            </>
          )}
          <Switch
            label="Confidential: the agenda, notes and action items are hidden until revealed and left out of exports"
            checked={draft.notesConfidential}
            onChange={(e) => set('notesConfidential', e.currentTarget.checked)}
            data-testid="meeting-confidential"
          />
          <Divider />
          <Checkbox
            label={`Log it in the interaction log: one group meeting with everyone who came (${plural(peersCame, 'peer')})`}
            checked={draft.log}
            onChange={(e) => set('log', e.currentTarget.checked)}
            data-testid="meeting-log-interaction"
          />
          {tried && problems.log && (
            <Text size="sm" c="red">
              {problems.log}
            </Text>
          )}
          <ErrorNote error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={requestClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} data-testid="save-meeting">
              Save meeting
            </Button>
          </Group>
        </Stack>
      </form>
      {question}
    </Modal>
  );
}
