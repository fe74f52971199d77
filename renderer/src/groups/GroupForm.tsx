import { Button, Group, Modal, MultiSelect, NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { sizeGuidance } from '../../../shared/domain/groups/size';
import type { GroupInput } from '../../../shared/ipc/features/groups.contract';
import type { GroupKind } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { ErrorNote } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';
import { options } from '../peers/labels';
import { usePeers } from '../peers/usePeers';
import { GROUP_KIND_HELP, GROUP_KIND_LABEL } from './labels';
import { useDraftGuard } from '../shell/FormModal';

type Draft = { name: string; kind: GroupKind; purpose: string; memberIds: string[]; cadenceDays: number | null };

/** Create or edit a group: name, kind, purpose, members, how often it meets; the size guidance as you pick. */
export function GroupForm({
  groupId,
  memberIds,
  onClose,
  onSaved,
}: {
  groupId: string | null;
  memberIds: string[];
  onClose: () => void;
  onSaved: (id: string, created: boolean) => void;
}) {
  const { peers } = usePeers();
  const [draft, setDraft] = useState<Draft | null>(
    groupId ? null : { name: '', kind: 'formal-advisory', purpose: '', memberIds, cadenceDays: 30 },
  );
  const [actionError, setError] = useState<unknown>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);

  // the group as it stands when the form opens (a later refresh leaves what is being typed alone)
  const stored = useVaultQuery('groups:get', { id: groupId ?? '' }, { enabled: groupId !== null });
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  if (groupId && stored.data && loadedFor !== groupId) {
    setLoadedFor(groupId);
    const g = stored.data.group;
    setDraft({ name: g.name, kind: g.kind, purpose: g.purpose, memberIds: g.memberIds, cadenceDays: g.cadenceDays });
  }
  const error = actionError ?? stored.error;

  const peerOptions = useMemo(
    () =>
      (peers ?? [])
        .filter((p) => p.status !== 'archived' || draft?.memberIds.includes(p.id))
        .map((p) => ({ value: p.id, label: [p.name, p.company].filter(Boolean).join(' · ') })),
    [peers, draft?.memberIds],
  );
  const { requestClose, question } = useDraftGuard(draft, onClose);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => (d ? { ...d, [k]: v } : d));
  const nameError = tried && draft && !draft.name.trim() ? 'A group needs a name.' : undefined;

  const save = async () => {
    if (!draft) return;
    setTried(true);
    if (!draft.name.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const input: GroupInput = { ...draft, id: groupId ?? undefined };
      const v = await send('groups:save', input);
      onSaved(v.group.id, groupId === null);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  const size = draft ? sizeGuidance(draft.kind, draft.memberIds.length) : null;

  return (
    <Modal opened onClose={requestClose} title={groupId ? 'Edit group' : 'New peer group'} size="lg" centered closeOnClickOutside={false}>
      {!draft && !error && <Text c="dimmed">Loading…</Text>}
      {draft && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Stack gap="sm">
            <TextInput
              label="Name"
              withAsterisk
              value={draft.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={nameError}
              data-autofocus
              data-testid="group-name-input"
            />
            <Select
              label="Kind"
              data={options(GROUP_KIND_LABEL)}
              value={draft.kind}
              onChange={(v) => v && set('kind', v)}
              allowDeselect={false}
              description={GROUP_KIND_HELP[draft.kind]}
              data-testid="group-kind"
            />
            <Textarea
              label="Purpose"
              placeholder="What the group is for, and what members can expect"
              value={draft.purpose}
              onChange={(e) => set('purpose', e.currentTarget.value)}
              autosize
              minRows={2}
              maxRows={6}
            />
            <MultiSelect
              label="Members"
              description="Peers in the group; you are in it too."
              placeholder={draft.memberIds.length ? undefined : 'Type a name'}
              data={peerOptions}
              value={draft.memberIds}
              onChange={(v) => set('memberIds', v)}
              searchable
              limit={50}
              nothingFoundMessage={peers?.length ? 'No peer by that name' : 'Add peers first (Peers, then Add peer)'}
              data-testid="group-members-input"
            />
            {size && (
              <Text size="sm" c={size.fit === 'small' || size.fit === 'large' ? 'yellow.8' : 'dimmed'} data-testid="group-size-preview">
                {size.text}
              </Text>
            )}
            <NumberInput
              label="Meets every (days)"
              description="Leave empty if it has no set rhythm."
              min={1}
              max={3650}
              value={draft.cadenceDays ?? ''}
              onChange={(v) => set('cadenceDays', typeof v === 'number' ? v : null)}
              w={220}
              data-testid="group-cadence"
            />
            <ErrorNote error={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={requestClose}>
                Cancel
              </Button>
              <Button type="submit" loading={busy} data-testid="save-group">
                {groupId ? 'Save changes' : 'Create group'}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {!draft && <ErrorNote error={error} />}
      {question}
    </Modal>
  );
}
