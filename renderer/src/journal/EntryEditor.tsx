import {
  ActionIcon,
  Button,
  Group,
  Loader,
  MultiSelect,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconEye, IconPencil, IconTrash } from '@tabler/icons-react';
import { useEffect, useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { JOURNAL_KIND_HINT, JOURNAL_KIND_LABEL, wordCount } from '../../../shared/domain/journal/templates';
import type { PeerName } from '../../../shared/ipc/features/journal.contract';
import type { JournalEntry } from '../../../shared/schema/document';
import { JOURNAL_KINDS, type JournalKind } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { ErrorNote } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';
import { useSession } from '../session/SessionProvider';
import { MarkdownEditor, type MarkdownEditorHandle } from './editor/MarkdownEditor';
import { SafeMarkdown } from './editor/SafeMarkdown';
import { useAutosave, type SaveStatus } from './editor/useAutosave';
import { MOODS } from './labels';
import { localToday } from './useJournal';
import { DateField } from '../shell/DateField';

export interface EntryMeta {
  title: string;
  kind: JournalKind;
  date: string;
  peerIds: string[];
  tags: string[];
  mood: number | null;
  confidential: boolean;
}

export interface NewEntry {
  kind: JournalKind;
  peerIds?: string[];
  date?: string;
}

/**
 * Said where the switch is met: entries start confidential, unlike interactions (a record of
 * what passed, "coffee with Ana"), because an entry is your own thinking, often about someone.
 */
export const CONFIDENTIAL_WHY =
  'Confidential, as every entry starts: it is your own thinking, often about someone else (an interaction, a record of what passed, starts open). Hidden in lists and search previews until revealed; left out of exports unless you ask.';

const STATUS_TEXT: Record<SaveStatus, string> = { idle: '', pending: 'Editing…', saving: 'Saving…', saved: 'Saved', error: 'Not saved' };

/** For a sheet that saves the entry with more (a debrief): the text as it stands, once saved. */
export interface EntryEditorHandle {
  /** save what is pending; then the entry as saved (null if nothing was written) */
  settle: () => Promise<(EntryMeta & { body: string; id: string }) | null>;
}

/** How the entry is saved: plain (the journal) or with more in the same step (a debrief). */
export type SaveEntry = (input: EntryMeta & { body: string; id?: string }) => Promise<JournalEntry>;

const plainSave: SaveEntry = (input) => send('journal:save', { ...input, groupIds: [], goalIds: [] });

/**
 * Writing one entry: kind, day, mood, peers and tags above a Markdown editor with a preview;
 * saved as you type. A new entry starts from its kind's template and is saved from the first
 * keystroke. Opening an existing one is revealing it (its text comes only now).
 */
export function EntryEditor({
  entryId,
  fresh,
  peers,
  onSaved,
  onDeleted,
  save = plainSave,
  compact = false,
  autoFocus = true,
  handle,
  onEdit,
}: {
  handle?: Ref<EntryEditorHandle>;
  entryId: string | null;
  fresh?: NewEntry;
  peers: readonly PeerName[];
  onSaved?: (e: JournalEntry) => void;
  onDeleted?: (id: string, token: string) => void;
  save?: SaveEntry;
  compact?: boolean;
  autoFocus?: boolean;
  /** the person changed something (a sheet holding the editor asks before it is closed) */
  onEdit?: () => void;
}) {
  const { lock } = useSession();
  const [meta, setMeta] = useState<EntryMeta | null>(null);
  const [initial, setInitial] = useState('');
  const [body, setBody] = useState('');
  const [docKey, setDocKey] = useState('');
  const [preview, setPreview] = useState(false);
  const [touched, setTouched] = useState(entryId !== null);
  const idRef = useRef<string | undefined>(entryId ?? undefined);
  // the same id for rendering (a ref is not read during render)
  const [savedId, setSavedId] = useState<string | null>(entryId);
  const editor = useRef<MarkdownEditorHandle>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const latestSaved = useRef<(EntryMeta & { body: string; id: string }) | null>(null);
  const autosave = useAutosave<EntryMeta & { body: string }>(async (draft) => {
    const saved = await saveRef.current({ ...draft, id: idRef.current });
    idRef.current = saved.id;
    setSavedId(saved.id);
    latestSaved.current = {
      title: saved.title,
      kind: saved.kind,
      date: saved.date,
      peerIds: saved.peerIds,
      tags: saved.tags,
      mood: saved.mood,
      confidential: saved.confidential,
      body: saved.body,
      id: saved.id,
    };
    onSaved?.(saved);
  });
  useImperativeHandle(handle, () => ({
    settle: async () => {
      await autosave.flush();
      return latestSaved.current;
    },
  }));

  // what the editor opens with, read once: the entry (revealed now), or a new one's template;
  // fixed for this editor's life (its key changes otherwise)
  const [start] = useState(() => ({ kind: fresh?.kind ?? 'reflection', date: fresh?.date ?? localToday(), peerIds: fresh?.peerIds ?? [] }));
  const newDoc = useId();
  const stored = useVaultQuery('journal:get', { id: entryId ?? '' }, { enabled: entryId !== null, once: true });
  const template = useVaultQuery('journal:template', start, { enabled: entryId === null, once: true });
  const loadError = entryId ? stored.error : template.error;
  if (meta === null && entryId && stored.data) {
    const e = stored.data;
    setMeta({ title: e.title, kind: e.kind, date: e.date, peerIds: e.peerIds, tags: e.tags, mood: e.mood, confidential: e.confidential });
    setInitial(e.body);
    setBody(e.body);
    setDocKey(e.id);
  } else if (meta === null && !entryId && template.data) {
    setMeta({ title: '', kind: start.kind, date: start.date, peerIds: start.peerIds, tags: [], mood: null, confidential: true });
    setInitial(template.data.body);
    setBody(template.data.body);
    setDocKey(`new-${start.kind}-${newDoc}`);
  }

  if (loadError) return <ErrorNote error={loadError} />;
  if (!meta) return <Loader size="sm" />;

  const update = (patch: Partial<EntryMeta>, nextBody = body) => {
    const next = { ...meta, ...patch };
    setMeta(next);
    setTouched(true);
    onEdit?.();
    autosave.schedule({ ...next, body: nextBody });
  };

  const changeKind = async (kind: JournalKind) => {
    // an untouched new entry takes the new kind's template; written text is never replaced
    if (!touched && !idRef.current) {
      const t = await send('journal:template', { kind, date: meta.date, peerIds: meta.peerIds });
      setMeta({ ...meta, kind });
      setBody(t.body);
      editor.current?.replace(t.body);
      setTouched(false);
      return;
    }
    update({ kind });
  };

  const remove = async () => {
    if (!idRef.current) return;
    await autosave.flush();
    const id = idRef.current;
    const { token } = await send('journal:delete', { id });
    onDeleted?.(id, token);
  };

  const peerOptions = peers.map((p) => ({ value: p.id, label: p.name }));
  const words = wordCount(body);

  return (
    <Stack gap="xs" data-testid="entry-editor">
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <Group gap="xs" wrap="wrap" align="flex-start">
          <Select
            aria-label="Kind of entry"
            data={JOURNAL_KINDS.map((k) => ({ value: k, label: JOURNAL_KIND_LABEL[k] }))}
            value={meta.kind}
            onChange={(v) => v && void changeKind(v)}
            allowDeselect={false}
            w={200}
            size="sm"
            data-testid="entry-kind"
          />
          <DateField
            aria-label="Day"
            size="sm"
            value={meta.date}
            onChange={(day) => day && update({ date: day })}
            w={150}
            data-testid="entry-date"
          />
          <SegmentedControl
            size="xs"
            aria-label="Mood"
            data={[
              { value: '0', label: '–' },
              ...MOODS.map((m) => ({ value: String(m.value), label: <m.icon size={16} stroke={1.6} aria-label={m.label} role="img" /> })),
            ]}
            value={String(meta.mood ?? 0)}
            onChange={(v) => update({ mood: v === '0' ? null : Number(v) })}
            data-testid="entry-mood"
          />
          <Tooltip
            label="Confidential: hidden in lists and search previews until revealed, left out of exports unless you ask"
            multiline
            w={260}
          >
            <Switch
              size="sm"
              label="Confidential"
              checked={meta.confidential}
              onChange={(e) => update({ confidential: e.currentTarget.checked })}
              data-testid="entry-confidential"
            />
          </Tooltip>
        </Group>
        <Group gap="xs">
          <Text size="xs" c={autosave.status === 'error' ? 'red' : 'dimmed'} data-testid="save-status" aria-live="polite">
            {autosave.status === 'error' ? `${STATUS_TEXT.error}: ${autosave.error ?? ''}` : STATUS_TEXT[autosave.status]}
          </Text>
          <Button
            size="compact-sm"
            variant="default"
            leftSection={preview ? <IconPencil size={14} /> : <IconEye size={14} />}
            onClick={() => setPreview((p) => !p)}
            data-testid="toggle-preview"
          >
            {preview ? 'Write' : 'Preview'}
          </Button>
          {onDeleted && savedId && (
            <Tooltip label="Delete this entry (you can undo)">
              <ActionIcon variant="subtle" color="red" onClick={() => void remove()} aria-label="Delete entry" data-testid="delete-entry">
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Group>
      <TextInput
        variant="unstyled"
        size="xl"
        placeholder={`${JOURNAL_KIND_LABEL[meta.kind]}: a title (optional)`}
        aria-label="Title"
        value={meta.title}
        onChange={(e) => update({ title: e.currentTarget.value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || (e.key === 'ArrowDown' && !e.shiftKey)) {
            e.preventDefault();
            editor.current?.focus();
          }
        }}
        styles={{ input: { fontWeight: 650 } }}
        data-testid="entry-title"
      />
      {!compact && (
        <Group gap="xs" grow wrap="nowrap">
          <MultiSelect
            aria-label="Peers"
            placeholder={meta.peerIds.length ? '' : 'About which peers?'}
            data={peerOptions}
            value={meta.peerIds}
            onChange={(v) => update({ peerIds: v })}
            searchable
            clearable
            size="sm"
            limit={50}
            data-testid="entry-peers"
          />
          <TagsInput
            aria-label="Tags"
            placeholder={meta.tags.length ? '' : 'Tags'}
            value={meta.tags}
            onChange={(v) => update({ tags: v })}
            size="sm"
            clearable
            data-testid="entry-tags"
          />
        </Group>
      )}
      {!touched && !savedId && (
        <Text size="xs" c="dimmed">
          {JOURNAL_KIND_HINT[meta.kind]}. Nothing is saved until you write.
        </Text>
      )}
      <div style={{ display: preview ? 'none' : 'block' }}>
        <MarkdownEditor
          ref={editor}
          docKey={docKey}
          initial={initial}
          label={`${JOURNAL_KIND_LABEL[meta.kind]} text`}
          placeholder="Write freely. Markdown works: # heading, - list, - [ ] to do, **bold**."
          autoFocus={autoFocus}
          minHeight={compact ? 260 : 360}
          onModL={() => void lock()}
          onChange={(text) => {
            setBody(text);
            update({}, text);
          }}
        />
      </div>
      {preview && (
        <div data-testid="entry-preview" style={{ minHeight: 200 }}>
          <SafeMarkdown text={body} />
        </div>
      )}
      <Group justify="space-between">
        <Text size="xs" c="dimmed" data-testid="word-count">
          {words} {words === 1 ? 'word' : 'words'}
        </Text>
        {meta.confidential && (
          <Text size="xs" c="dimmed" ta="right" maw={560} data-testid="confidential-why">
            {CONFIDENTIAL_WHY}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
