import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconEye, IconPlus, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { GoalInput } from '../../../shared/ipc/features/groups.contract';
import { ME, type GoalStatus } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { ErrorNote } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';
import { options } from '../peers/labels';
import { usePeers } from '../peers/usePeers';
import { GOAL_STATUS_LABEL } from './labels';
import { useDraftGuard } from '../shell/FormModal';
import { DateField } from '../shell/DateField';

interface Draft {
  title: string;
  why: string;
  /** the saved why is private and not revealed: left out of the save, so main keeps it */
  whyHidden: boolean;
  due: string;
  status: GoalStatus;
  owner: string;
  partnerIds: string[];
  milestones: { key: number; id?: string; text: string; done: boolean }[];
}
let key = 0;

/** A goal of mine (with accountability partners) or one a peer shared with me; its milestones. */
export function GoalDialog({
  goalId,
  owner,
  onClose,
  onSaved,
}: {
  goalId: string | null;
  owner: string | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { peers } = usePeers();
  const [draft, setDraft] = useState<Draft | null>(
    goalId ? null : { title: '', why: '', whyHidden: false, due: '', status: 'open', owner: owner ?? ME, partnerIds: [], milestones: [] },
  );
  const [error, setError] = useState<unknown>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);

  // the goal as it stands when the dialog opens (a later refresh leaves what is being typed alone)
  const goals = useVaultQuery('goals:list', undefined, { enabled: goalId !== null });
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  if (goalId && goals.data && loadedFor !== goalId) {
    setLoadedFor(goalId);
    const g = goals.data.find((x) => x.id === goalId);
    if (!g) setError('That goal is no longer in your vault.');
    else
      setDraft({
        title: g.title,
        why: g.why,
        whyHidden: g.hidden && g.why === '',
        due: g.due ?? '',
        status: g.status,
        owner: g.owner,
        partnerIds: g.partnerIds,
        milestones: g.milestones.map((m) => ({ key: ++key, id: m.id, text: m.text, done: m.done })),
      });
  }
  const loadError = goals.error;

  const peerOptions = useMemo(
    () => (peers ?? []).filter((p) => p.status !== 'archived').map((p) => ({ value: p.id, label: p.name })),
    [peers],
  );
  const { requestClose, question, rebase } = useDraftGuard(draft, onClose);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => (d ? { ...d, [k]: v } : d));
  if (!draft)
    return (
      <Modal opened onClose={onClose} title="Goal" centered>
        {error || loadError ? <ErrorNote error={error ?? loadError} /> : <Text c="dimmed">Loading…</Text>}
      </Modal>
    );
  const mine = draft.owner === ME;
  const problems = {
    title: draft.title.trim() ? undefined : 'A goal needs a title.',
    owner: mine || draft.owner ? undefined : 'Whose goal is it?',
    milestones: draft.milestones.some((m) => !m.text.trim()) ? 'Each milestone needs some text (or remove it).' : undefined,
  };

  const revealWhy = async () => {
    try {
      const { why } = await send('goals:reveal', { id: goalId! });
      setDraft((d) => (d ? { ...d, why, whyHidden: false } : d));
      rebase();
    } catch (e) {
      setError(e);
    }
  };
  const save = async () => {
    setTried(true);
    if (Object.values(problems).some(Boolean)) return;
    setBusy(true);
    setError(null);
    try {
      const input: GoalInput = {
        id: goalId ?? undefined,
        title: draft.title.trim(),
        ...(draft.whyHidden ? {} : { why: draft.why }),
        due: draft.due || null,
        status: draft.status,
        owner: draft.owner,
        partnerIds: mine ? draft.partnerIds : [],
        milestones: draft.milestones.map((m) => ({ id: m.id, text: m.text.trim(), done: m.done })),
      };
      await send('goals:save', input);
      onSaved();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={requestClose}
      title={goalId ? 'Edit goal' : mine ? 'A goal of mine' : 'A goal a peer shared with me'}
      size="lg"
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
          <SegmentedControl
            value={mine ? 'mine' : 'theirs'}
            onChange={(v) => set('owner', v === 'mine' ? ME : '')}
            data={[
              { value: 'mine', label: 'My goal' },
              { value: 'theirs', label: 'A peer’s goal' },
            ]}
            data-testid="goal-whose"
          />
          {!mine && (
            <Select
              label="Whose goal"
              description="A goal they shared with you, so you can hold them accountable too."
              data={peerOptions}
              value={draft.owner || null}
              onChange={(v) => set('owner', v ?? '')}
              searchable
              error={tried && problems.owner}
              data-testid="goal-owner"
            />
          )}
          <TextInput
            label="Goal"
            withAsterisk
            value={draft.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={tried && problems.title}
            data-autofocus
            data-testid="goal-title"
          />
          {draft.whyHidden ? (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Why it matters
              </Text>
              <Group gap="sm">
                <Text size="sm" c="dimmed">
                  Private: kept as it is unless you reveal it to edit.
                </Text>
                <Button
                  variant="light"
                  size="xs"
                  leftSection={<IconEye size={14} />}
                  onClick={() => void revealWhy()}
                  data-testid="goal-reveal-why"
                >
                  Reveal to edit
                </Button>
              </Group>
            </Stack>
          ) : (
            <Textarea
              label="Why it matters"
              description="Private: hidden until revealed, left out of exports."
              value={draft.why}
              onChange={(e) => set('why', e.currentTarget.value)}
              autosize
              minRows={2}
              maxRows={6}
              data-testid="goal-why"
            />
          )}
          <SimpleGrid cols={2}>
            <DateField label="By when" value={draft.due} onChange={(day) => set('due', day)} />
            <Select
              label="Status"
              data={options(GOAL_STATUS_LABEL)}
              value={draft.status}
              onChange={(v) => v && set('status', v)}
              allowDeselect={false}
            />
          </SimpleGrid>
          {mine && (
            <MultiSelect
              label="Accountability partners"
              description="Trusted peers you share it with and ask to keep you accountable. Compeer reminds you when they have not heard from you in a while."
              data={peerOptions}
              value={draft.partnerIds}
              onChange={(v) => set('partnerIds', v)}
              searchable
              limit={50}
              data-testid="goal-partners"
            />
          )}
          <Text size="sm" fw={500}>
            Milestones
          </Text>
          {draft.milestones.map((m) => (
            <Group key={m.key} gap="xs" wrap="nowrap">
              <Checkbox
                checked={m.done}
                onChange={(e) =>
                  set(
                    'milestones',
                    draft.milestones.map((x) => (x.key === m.key ? { ...x, done: e.currentTarget.checked } : x)),
                  )
                }
                aria-label="Done"
              />
              <TextInput
                style={{ flex: 1 }}
                size="sm"
                value={m.text}
                onChange={(e) =>
                  set(
                    'milestones',
                    draft.milestones.map((x) => (x.key === m.key ? { ...x, text: e.currentTarget.value } : x)),
                  )
                }
                aria-label="Milestone"
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                onClick={() =>
                  set(
                    'milestones',
                    draft.milestones.filter((x) => x.key !== m.key),
                  )
                }
                aria-label="Remove milestone"
              >
                <IconX size={16} />
              </ActionIcon>
            </Group>
          ))}
          {tried && problems.milestones && (
            <Text size="sm" c="red">
              {problems.milestones}
            </Text>
          )}
          <Button
            variant="subtle"
            size="xs"
            w="fit-content"
            leftSection={<IconPlus size={14} />}
            onClick={() => set('milestones', [...draft.milestones, { key: ++key, text: '', done: false }])}
          >
            Add a milestone
          </Button>
          <ErrorNote error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={requestClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} data-testid="save-goal">
              {goalId ? 'Save changes' : 'Add goal'}
            </Button>
          </Group>
        </Stack>
      </form>
      {question}
    </Modal>
  );
}
