import { Button, Group, Modal, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { OpportunityInput } from '../../../shared/ipc/features/groups.contract';
import { send } from '../data/channel';
import { ErrorNote } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';
import { options } from '../peers/labels';
import { OPPORTUNITY_KIND_LABEL, OPPORTUNITY_STATUS_LABEL } from './labels';
import { useDraftGuard } from '../shell/FormModal';
import { DateField } from '../shell/DateField';

type Draft = Required<Omit<OpportunityInput, 'id' | 'deadline'>> & { deadline: string };

/** Note an opportunity to pass on ("Share Opportunities"), or edit one. */
export function OpportunityDialog({
  opportunityId,
  onClose,
  onSaved,
}: {
  opportunityId: string | null;
  onClose: () => void;
  onSaved: (id: string, created: boolean) => void;
}) {
  const [draft, setDraft] = useState<Draft | null>(
    opportunityId ? null : { title: '', kind: 'job', detail: '', skills: [], tags: [], deadline: '', source: '', status: 'open' },
  );
  const [actionError, setError] = useState<unknown>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);

  // the opportunity as it stands when the dialog opens (a later refresh leaves what is being typed alone)
  const list = useVaultQuery('opportunities:list', undefined, { enabled: opportunityId !== null });
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  if (opportunityId && list.data && loadedFor !== opportunityId) {
    setLoadedFor(opportunityId);
    const o = list.data.find((x) => x.id === opportunityId);
    if (!o) setError('That opportunity is no longer in your vault.');
    else
      setDraft({
        title: o.title,
        kind: o.kind,
        detail: o.detail,
        skills: o.skills,
        tags: o.tags,
        deadline: o.deadline ?? '',
        source: o.source,
        status: o.status,
      });
  }
  const { requestClose, question } = useDraftGuard(draft, onClose);
  const error = actionError ?? list.error;

  if (!draft)
    return (
      <Modal opened onClose={onClose} title="Opportunity" centered>
        {error ? <ErrorNote error={error} /> : <Text c="dimmed">Loading…</Text>}
      </Modal>
    );
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => (d ? { ...d, [k]: v } : d));
  const save = async () => {
    setTried(true);
    if (!draft.title.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const o = await send('opportunities:save', {
        ...draft,
        id: opportunityId ?? undefined,
        title: draft.title.trim(),
        deadline: draft.deadline || null,
      });
      onSaved(o.id, opportunityId === null);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={requestClose}
      title={opportunityId ? 'Edit opportunity' : 'An opportunity to pass on'}
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
          <Text size="sm" c="dimmed">
            Share Opportunities: when you hear of one that is not right for you, note it here; Compeer suggests which peers it would help.
          </Text>
          <TextInput
            label="What"
            withAsterisk
            placeholder="Staff engineer role at Hooli"
            value={draft.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={tried && !draft.title.trim() ? 'Give it a title.' : undefined}
            data-autofocus
            data-testid="opportunity-title"
          />
          <SimpleGrid cols={3}>
            <Select
              label="Kind"
              data={options(OPPORTUNITY_KIND_LABEL)}
              value={draft.kind}
              onChange={(v) => v && set('kind', v)}
              allowDeselect={false}
              data-testid="opportunity-kind"
            />
            <DateField
              label="Deadline"
              value={draft.deadline}
              onChange={(day) => set('deadline', day)}
              data-testid="opportunity-deadline"
            />
            <Select
              label="Status"
              data={options(OPPORTUNITY_STATUS_LABEL)}
              value={draft.status}
              onChange={(v) => v && set('status', v)}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Textarea
            label="Detail"
            value={draft.detail}
            onChange={(e) => set('detail', e.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={8}
          />
          <SimpleGrid cols={2}>
            <TagsInput
              label="Skills it calls for"
              description="Matched against your peers’ skills and needs"
              value={draft.skills}
              onChange={(v) => set('skills', v)}
              data-testid="opportunity-skills"
            />
            <TagsInput
              label="Tags"
              description="Topics, places, levels (senior, junior…)"
              value={draft.tags}
              onChange={(v) => set('tags', v)}
            />
          </SimpleGrid>
          <TextInput
            label="Where it came from"
            placeholder="A newsletter, a friend, a recruiter"
            value={draft.source}
            onChange={(e) => set('source', e.currentTarget.value)}
          />
          <ErrorNote error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={requestClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} data-testid="save-opportunity">
              {opportunityId ? 'Save changes' : 'Save'}
            </Button>
          </Group>
        </Stack>
      </form>
      {question}
    </Modal>
  );
}
