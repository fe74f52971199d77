import {
  Button,
  Chip,
  Divider,
  Group,
  Modal,
  NumberInput,
  Rating,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { PeerDetail } from '../../../shared/ipc/contract';
import { peerSchema, type Peer } from '../../../shared/schema/document';
import { PEER_TYPES, QUALITIES } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { useVaultQuery } from '../data/queries';
import { MET_LABEL, PEER_TYPE_LABEL, QUALITY_LABEL, STAGE_LABEL, STATUS_LABEL, options } from './labels';
import { ErrorNote } from '../data/ErrorNote';
import { ModalActions, useDiscardGuard } from '../shell/FormModal';
import { DateField } from '../shell/DateField';

type Draft = Omit<Peer, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

/** A new peer: the schema's own defaults, with an empty name. */
const blank = (): Draft => {
  const { id: _id, createdAt: _c, updatedAt: _u, ...defaults } = peerSchema.parse({ id: 'draft', name: 'draft' });
  return { ...defaults, name: '' };
};

/** Checks the renderer can make before main validates again: plain messages per field. */
function problems(d: Draft): Record<string, string> {
  const p: Record<string, string> = {};
  if (!d.name.trim()) p.name = 'A peer needs a name.';
  const url = (v: string) => v === '' || /^https?:\/\/[^\s]+\.[^\s]+/i.test(v);
  if (!url(d.contacts.linkedin)) p.linkedin = 'Paste the whole address, starting with https://';
  if (!url(d.contacts.website)) p.website = 'Paste the whole address, starting with https://';
  const badEmail = d.contacts.emails.find((e) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e));
  if (badEmail) p.emails = `“${badEmail}” is not an email address.`;
  if (d.met.date && !/^\d{4}-\d{2}-\d{2}$/.test(d.met.date)) p.metDate = 'Use a full date.';
  return p;
}

export function PeerForm({
  peerId,
  onClose,
  onSaved,
}: {
  peerId: string | null;
  onClose: () => void;
  onSaved: (id: string) => Promise<void>;
}) {
  const [draft, setDraft] = useState<Draft | null>(peerId ? null : blank());
  // what the form held when it opened: closing with changes asks first
  const [initial, setInitial] = useState<string | null>(() => (peerId ? null : JSON.stringify(draft)));
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const [notesHidden, setNotesHidden] = useState(false);
  const [actionError, setError] = useState<unknown>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);

  // the peer as they stand when the form opens (a later refresh leaves what is being typed alone)
  const stored = useVaultQuery('peers:get', { id: peerId ?? '' }, { enabled: peerId !== null });
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  if (peerId && stored.data && loadedFor !== peerId) {
    setLoadedFor(peerId);
    const { notesHidden: hidden, createdAt: _c, updatedAt: _u, ...p }: PeerDetail = stored.data;
    setDraft(p);
    setInitial(JSON.stringify(p));
    setNotesHidden(hidden);
  }
  const error = actionError ?? stored.error;

  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => (d ? { ...d, [k]: v } : d));
  const errs = draft ? problems(draft) : {};
  const show = (k: string) => (tried ? errs[k] : undefined);

  const changed = draft !== null && initial !== null && JSON.stringify(draft) !== initial;
  // Escape, the close button and Cancel alike: at once when unchanged, else "Discard your changes?"
  const { requestClose: close, question } = useDiscardGuard(changed, onClose);

  // after a refused save, the first field with a problem is brought into view and focused
  useEffect(() => {
    if (attempt === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.scrollIntoView({ block: 'center' });
    first?.focus();
  }, [attempt]);

  const save = async () => {
    if (!draft) return;
    setTried(true);
    if (Object.keys(errs).length) return void setAttempt((n) => n + 1);
    setBusy(true);
    setError(null);
    try {
      const { notes, ...rest } = draft;
      const saved = await send('peers:save', { ...rest, id: peerId ?? undefined, ...(notesHidden ? {} : { notes }) });
      await onSaved(saved.id);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={close} title={peerId ? 'Edit peer' : 'Add a peer'} size="xl" centered closeOnClickOutside={false}>
      {!draft && !error && <Text c="dimmed">Loading…</Text>}
      {draft && (
        <form
          ref={formRef}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Stack gap="sm">
            <SimpleGrid cols={2}>
              <TextInput
                size="sm"
                label="Name"
                withAsterisk
                value={draft.name}
                onChange={(e) => set('name', e.currentTarget.value)}
                error={show('name')}
                data-autofocus
                data-testid="peer-name"
              />
              <Select
                label="Status"
                data={options(STATUS_LABEL)}
                value={draft.status}
                onChange={(v) => v && set('status', v)}
                allowDeselect={false}
              />
              <TextInput
                size="sm"
                label="Role"
                value={draft.role}
                onChange={(e) => set('role', e.currentTarget.value)}
                data-testid="peer-role"
              />
              <TextInput
                size="sm"
                label="Company"
                value={draft.company}
                onChange={(e) => set('company', e.currentTarget.value)}
                data-testid="peer-company"
              />
              <TextInput size="sm" label="Industry" value={draft.industry} onChange={(e) => set('industry', e.currentTarget.value)} />
              <TextInput
                size="sm"
                label="Function"
                placeholder="Engineering, Marketing…"
                value={draft.function}
                onChange={(e) => set('function', e.currentTarget.value)}
              />
              <TextInput size="sm" label="City" value={draft.city} onChange={(e) => set('city', e.currentTarget.value)} />
              <TextInput size="sm" label="Country" value={draft.country} onChange={(e) => set('country', e.currentTarget.value)} />
              <Select
                label="Career stage"
                data={options(STAGE_LABEL)}
                value={draft.careerStage}
                onChange={(v) => set('careerStage', v)}
                clearable
              />
              <NumberInput
                label="Years of experience"
                min={0}
                max={80}
                value={draft.yearsExperience ?? ''}
                onChange={(v) => set('yearsExperience', typeof v === 'number' ? v : null)}
              />
            </SimpleGrid>
            <div>
              <Text size="sm" fw={500} mb={4}>
                Kind of peer
              </Text>
              <Chip.Group multiple value={draft.peerTypes} onChange={(v) => set('peerTypes', v)}>
                <Group gap={6}>
                  {PEER_TYPES.map((t) => (
                    <Chip key={t} value={t} size="sm" data-testid={`type-${t}`}>
                      {PEER_TYPE_LABEL[t]}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            </div>
            <SimpleGrid cols={2}>
              <TagsInput label="Strong in (skills)" value={draft.skills} onChange={(v) => set('skills', v)} clearable />
              <TagsInput label="Working on / needs" value={draft.needs} onChange={(v) => set('needs', v)} clearable />
              <TagsInput label="Interests" value={draft.interests} onChange={(v) => set('interests', v)} clearable />
              <TagsInput label="Values" value={draft.values} onChange={(v) => set('values', v)} clearable />
              <TagsInput label="Tags" value={draft.tags} onChange={(v) => set('tags', v)} clearable data-testid="peer-tags" />
              <NumberInput
                label="Check in every (days)"
                min={1}
                max={3650}
                value={draft.cadenceDays ?? ''}
                onChange={(v) => set('cadenceDays', typeof v === 'number' ? v : null)}
              />
            </SimpleGrid>
            <Group gap="xl">
              <div>
                <Text size="sm" fw={500}>
                  Closeness
                </Text>
                <Rating value={draft.closeness} onChange={(v) => set('closeness', v)} getSymbolLabel={(v) => `Closeness: ${v} of 5`} />
              </div>
            </Group>
            <Divider label="What to look for in peers (1 to 5)" labelPosition="left" />
            <SimpleGrid cols={3} spacing="xs">
              {QUALITIES.map((q) => (
                <div key={q}>
                  <Text size="xs">{QUALITY_LABEL[q]}</Text>
                  <Rating
                    size="sm"
                    value={draft.qualities[q] ?? 0}
                    onChange={(v) => set('qualities', { ...draft.qualities, [q]: v })}
                    getSymbolLabel={(v) => `${QUALITY_LABEL[q]}: ${v} of 5`}
                  />
                </div>
              ))}
            </SimpleGrid>
            <Divider label="Where and when we met" labelPosition="left" />
            <SimpleGrid cols={3}>
              <Select
                label="Where"
                data={options(MET_LABEL)}
                value={draft.met.where}
                onChange={(v) => set('met', { ...draft.met, where: v })}
                clearable
              />
              <TextInput
                size="sm"
                label="Detail"
                value={draft.met.detail}
                onChange={(e) => set('met', { ...draft.met, detail: e.currentTarget.value })}
              />
              <DateField
                size="sm"
                label="Date"
                value={draft.met.date ?? ''}
                onChange={(day) => set('met', { ...draft.met, date: day || null })}
                error={show('metDate')}
              />
            </SimpleGrid>
            <Divider label="Contact" labelPosition="left" />
            <SimpleGrid cols={2}>
              <TagsInput
                label="Emails"
                value={draft.contacts.emails}
                onChange={(v) => set('contacts', { ...draft.contacts, emails: v })}
                error={show('emails')}
              />
              <TagsInput label="Phones" value={draft.contacts.phones} onChange={(v) => set('contacts', { ...draft.contacts, phones: v })} />
              <TextInput
                size="sm"
                label="LinkedIn"
                placeholder="https://www.linkedin.com/in/…"
                value={draft.contacts.linkedin}
                onChange={(e) => set('contacts', { ...draft.contacts, linkedin: e.currentTarget.value })}
                error={show('linkedin')}
              />
              <TextInput
                size="sm"
                label="Website"
                value={draft.contacts.website}
                onChange={(e) => set('contacts', { ...draft.contacts, website: e.currentTarget.value })}
                error={show('website')}
              />
            </SimpleGrid>
            <Divider label="Notes" labelPosition="left" />
            {notesHidden ? (
              <Text size="sm" c="dimmed">
                This peer has confidential notes. Reveal them on the peer's page to edit them; saving this form keeps them as they are.
              </Text>
            ) : (
              <Textarea
                aria-label="Notes"
                value={draft.notes}
                onChange={(e) => set('notes', e.currentTarget.value)}
                autosize
                minRows={3}
                maxRows={10}
                placeholder="What you talk about, what they are going through…"
                data-testid="peer-notes"
              />
            )}
            <Switch
              label="Confidential: hide on screen until revealed, leave out of exports"
              checked={draft.notesConfidential}
              onChange={(e) => set('notesConfidential', e.currentTarget.checked)}
            />
            <ErrorNote error={error} />
            {tried && Object.keys(errs).length > 0 && (
              <Text c="red" size="sm">
                Please fix the fields marked in red.
              </Text>
            )}
            <ModalActions>
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={busy} data-testid="save-peer">
                {peerId ? 'Save changes' : 'Add peer'}
              </Button>
            </ModalActions>
          </Stack>
        </form>
      )}
      {!draft && <ErrorNote error={error} />}
      {question}
    </Modal>
  );
}
