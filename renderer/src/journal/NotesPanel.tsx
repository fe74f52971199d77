import { ActionIcon, Badge, Button, Checkbox, Group, Paper, Select, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEyeOff, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { NoteSummary } from '../../../shared/domain/journal/summaries';
import { LEARNING_TOPICS, type LearningTopic } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { ErrorNote, useAttempt, showError } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';
import { SafeMarkdown } from './editor/SafeMarkdown';
import { TOPIC_LABEL } from './labels';
import { Masked } from './Masked';

/**
 * Notes about one peer, by the guide's six "Peer Learning Opportunities" topics. Confidential
 * by default ("Maintain Confidentiality"): masked until that one note is revealed, and masked
 * again when the page changes or the vault locks (revealed text lives only in this component).
 */
export function NotesPanel({ peerId }: { peerId: string }) {
  const list = useVaultQuery('notes:list', { peerId });
  const notes: NoteSummary[] | undefined = list.data;
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  const [adding, setAdding] = useState(false);
  const [topic, setTopic] = useState<LearningTopic | null>(null);
  const [text, setText] = useState('');
  const [confidential, setConfidential] = useState(true);
  const saving = useAttempt();

  const reveal = async (id: string) => {
    try {
      const r = await send('notes:reveal', { id });
      setRevealed((m) => ({ ...m, [id]: r.text }));
    } catch (e) {
      showError(e);
    }
  };
  const hide = (id: string) =>
    setRevealed((m) => {
      const { [id]: _gone, ...rest } = m;
      return rest;
    });

  const add = () =>
    saving.run(async () => {
      await send('notes:save', { peerId, topic, text, confidential });
      setText('');
      setTopic(null);
      setConfidential(true);
      setAdding(false);
    });

  const remove = async (id: string) => {
    try {
      const { token } = await send('notes:delete', { id });
      hide(id);
      notifications.show({
        message: (
          <Group gap="xs">
            <Text size="sm">Note deleted.</Text>
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => void send('notes:undoDelete', { token }).catch((e: unknown) => showError(e))}
            >
              Undo
            </Button>
          </Group>
        ),
      });
    } catch (e) {
      showError(e);
    }
  };

  return (
    <Stack gap="xs" data-testid="notes-panel">
      <ErrorNote error={list.error} onRetry={() => void list.refetch()} />
      <Group justify="space-between">
        <Text fw={600}>Notes</Text>
        {!adding && (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setAdding(true)}
            data-testid="add-note"
          >
            Add a note
          </Button>
        )}
      </Group>
      {adding && (
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <Select
              label="Topic"
              placeholder="What is it about? (optional)"
              data={LEARNING_TOPICS.map((t) => ({ value: t, label: TOPIC_LABEL[t] }))}
              value={topic}
              onChange={(v) => setTopic(v)}
              clearable
              size="sm"
              data-testid="note-topic"
            />
            <Textarea
              label="Note"
              autosize
              minRows={3}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autoFocus
              data-testid="note-text"
              placeholder="What you learned from them, or what they told you"
            />
            <Checkbox
              label="Confidential (hidden until revealed, left out of exports)"
              description={
                topic === 'compensation-benchmarks'
                  ? 'Compensation figures are best kept confidential.'
                  : 'Respect what was shared in confidence.'
              }
              checked={confidential}
              onChange={(e) => setConfidential(e.currentTarget.checked)}
              data-testid="note-confidential"
            />
            <ErrorNote error={saving.error} />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" size="xs" onClick={() => setAdding(false)}>
                Cancel
              </Button>
              <Button size="xs" onClick={() => void add()} data-testid="save-note">
                Save note
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {notes?.length === 0 && !adding && (
        <Text size="sm" c="dimmed">
          No notes yet. Note what you learn from each other (industry trends, company culture, career strategy…) and what was told to you in
          confidence.
        </Text>
      )}
      {notes?.map((n) => {
        const shown = n.text ?? revealed[n.id];
        return (
          <Paper key={n.id} withBorder p="xs" data-testid="note">
            <Group justify="space-between" mb={4} wrap="nowrap">
              <Group gap={6}>
                {n.topic && (
                  <Badge size="xs" variant="light">
                    {TOPIC_LABEL[n.topic]}
                  </Badge>
                )}
                <Text size="xs" c="dimmed">
                  {n.updatedAt.slice(0, 10)}
                </Text>
              </Group>
              <Group gap={2}>
                {n.confidential && shown !== undefined && (
                  <Tooltip label="Hide again">
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      color="gray"
                      onClick={() => hide(n.id)}
                      aria-label="Hide note"
                      data-testid="hide-note"
                    >
                      <IconEyeOff size={14} />
                    </ActionIcon>
                  </Tooltip>
                )}
                <Tooltip label="Delete (you can undo)">
                  <ActionIcon size="sm" variant="subtle" color="red" onClick={() => void remove(n.id)} aria-label="Delete note">
                    <IconTrash size={14} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Group>
            {shown === undefined ? (
              <Masked label={`Confidential note · ${n.words} ${n.words === 1 ? 'word' : 'words'}`} onReveal={() => void reveal(n.id)} />
            ) : (
              <div data-testid="note-body">
                <SafeMarkdown text={shown} />
              </div>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
