import { ActionIcon, Button, Card, Checkbox, Collapse, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconEye, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { GroupView, MeetingView } from '../../../shared/domain/groups/views';
import { formatMinutes } from '../../../shared/domain/groups/boundaries';
import { ME } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { ConfirmDelete } from './ConfirmDelete';
import { dayLabel } from './labels';
import { Markdown } from './Markdown';
import { openMeeting } from './openers';
import { notifyUndo } from './undo';
import { showError } from '../data/ErrorNote';

/** Meetings to show at first; the rest behind "Show all". */
const FIRST = 5;

function MeetingCard({ groupId, m: listed, names }: { groupId: string; m: MeetingView; names: ReadonlyMap<string, string> }) {
  // a confidential meeting's agenda, notes and action items, once revealed (for this card only)
  const [revealed, setRevealed] = useState<{ of: string; text: Pick<MeetingView, 'notes' | 'agenda' | 'actionItems'> } | null>(null);
  // a reveal holds while the meeting is as it was when revealed (an edit or a ticked item masks it again)
  const version = JSON.stringify(listed);
  const text = revealed?.of === version ? revealed.text : null;
  const m = text ? { ...listed, ...text } : listed;
  const masked = listed.notesHidden && text === null;
  const [agendaOpen, setAgendaOpen] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const who = (id: string) => (id === ME ? 'You' : (names.get(id) ?? 'A former peer'));

  const reveal = async () => {
    try {
      setRevealed({ of: version, text: await send('groups:revealNotes', { groupId, meetingId: m.id }) });
    } catch (e) {
      showError(e);
    }
  };
  const tick = async (itemId: string, done: boolean) => {
    try {
      await send('groups:setActionItem', { groupId, meetingId: m.id, itemId, done });
    } catch (e) {
      showError(e);
    }
  };
  const remove = async () => {
    setConfirm(false);
    try {
      const { token } = await send('groups:deleteMeeting', { groupId, meetingId: m.id });
      notifyUndo(`Deleted the meeting of ${dayLabel(m.date)}.`, token);
    } catch (e) {
      showError(e);
    }
  };

  return (
    <Card withBorder radius="md" padding="sm" data-testid="meeting">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text fw={600} size="sm">
            {dayLabel(m.date)}
            <Text span c="dimmed" fw={400} size="sm">
              {' '}
              · meeting {m.number}
            </Text>
          </Text>
          <Text size="xs" c="dimmed">
            {m.facilitatorId ? `Led by ${who(m.facilitatorId)}` : 'No facilitator noted'} · {m.attendeeIds.length} came
            {m.attendeeIds.length > 0 && `: ${m.attendeeIds.map(who).join(', ')}`}
            {m.durationMinutes ? ` · ${formatMinutes(m.durationMinutes)}` : ''}
            {m.interactionId ? ' · in the interaction log' : ''}
          </Text>
        </div>
        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
          <Tooltip label="Edit meeting">
            <ActionIcon variant="subtle" onClick={() => openMeeting(groupId, m.id)} aria-label={`Edit the meeting of ${dayLabel(m.date)}`}>
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Delete meeting">
            <ActionIcon
              variant="subtle"
              color="red"
              onClick={() => setConfirm(true)}
              aria-label={`Delete the meeting of ${dayLabel(m.date)}`}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      {m.agenda.trim() && (
        <>
          <Button
            variant="subtle"
            size="compact-xs"
            mt={4}
            onClick={() => setAgendaOpen((o) => !o)}
            aria-expanded={agendaOpen}
            w="fit-content"
          >
            {agendaOpen ? 'Hide agenda' : 'Show agenda'}
          </Button>
          <Collapse expanded={agendaOpen}>
            <Markdown text={m.agenda} />
          </Collapse>
        </>
      )}
      {masked ? (
        <Group gap="xs" mt={6}>
          <Text size="xs" c="dimmed">
            Confidential: its agenda, notes and action items are hidden.
          </Text>
          <Button
            variant="light"
            size="compact-xs"
            leftSection={<IconEye size={14} />}
            onClick={() => void reveal()}
            data-testid="reveal-meeting-notes"
          >
            Reveal
          </Button>
        </Group>
      ) : (
        m.notes && (
          <div style={{ marginTop: 6 }} data-testid="meeting-notes">
            <Markdown text={m.notes} />
          </div>
        )
      )}
      {m.actionItems.length > 0 && (
        <Stack gap={4} mt="xs">
          <Text size="xs" fw={600} c="dimmed">
            Action items
          </Text>
          {m.actionItems.map((a) => (
            <Checkbox
              key={a.id}
              size="xs"
              checked={a.done}
              onChange={(e) => void tick(a.id, e.currentTarget.checked)}
              label={
                <Text
                  size="sm"
                  td={a.done ? 'line-through' : undefined}
                  c={a.done || masked ? 'dimmed' : undefined}
                  fs={masked ? 'italic' : undefined}
                >
                  <b>{who(a.ownerId)}</b>: {masked ? 'a confidential action item' : a.text}
                  {a.due && (
                    <Text span c="dimmed" size="xs">
                      {' '}
                      (due {dayLabel(a.due)})
                    </Text>
                  )}
                </Text>
              }
              data-testid="action-item"
            />
          ))}
        </Stack>
      )}
      {confirm && (
        <ConfirmDelete
          what={`the meeting of ${dayLabel(m.date)}`}
          detail={`Its agenda, notes and action items go with it${m.interactionId ? '; the interaction logged with it stays in the log' : ''}. You can undo this until the vault locks.`}
          onConfirm={() => void remove()}
          onCancel={() => setConfirm(false)}
        />
      )}
    </Card>
  );
}

/** A group's meetings, newest first. */
export function MeetingList({ view, names }: { view: GroupView; names: ReadonlyMap<string, string> }) {
  const [all, setAll] = useState(false);
  const meetings = view.group.meetings;
  return (
    <Stack gap="xs" data-testid="meetings">
      <Group justify="space-between">
        <Text fw={600}>Meetings</Text>
        {meetings.length > FIRST && (
          <Button variant="subtle" size="compact-sm" onClick={() => setAll((a) => !a)}>
            {all ? 'Show the latest only' : `Show all ${meetings.length}`}
          </Button>
        )}
      </Group>
      {meetings.length === 0 && (
        <Card withBorder radius="md" padding="md">
          <Text size="sm" c="dimmed">
            No meeting recorded yet. After you meet, press “Log a meeting”: the date, who led and who came, the agenda (from a template),
            notes and action items. It can log one interaction with everyone who came, so your interaction log stays complete.
          </Text>
        </Card>
      )}
      {(all ? meetings : meetings.slice(0, FIRST)).map((m) => (
        <MeetingCard key={m.id} groupId={view.group.id} m={m} names={names} />
      ))}
    </Stack>
  );
}
