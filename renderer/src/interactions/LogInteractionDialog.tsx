import { Button, Checkbox, Divider, Group, Kbd, Modal, MultiSelect, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { dayOf } from '../../../shared/domain/days';
import type { PeerSummary } from '../../../shared/ipc/contract';
import type { ExchangeDirection, InteractionChannel, InteractionPurpose } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { useVaultQuery } from '../data/queries';
import { AddExchangeButtons, ExchangeRows, type ExchangeRow } from './ExchangeRows';
import { FollowUpRows, type FollowUpRow } from './FollowUpRows';
import { CHANNEL_LABEL, PURPOSE_LABEL } from './labels';
import { closeLogInteraction, type LogRequest } from './log-store';
import { OneKeyChoice } from './OneKeyChoice';
import { DurationChoice } from './DurationChoice';
import { useSession } from '../session/SessionProvider';
import { MOD_KEY as MOD } from './shortcut';
import { ErrorNote } from '../data/ErrorNote';
import { ModalActions, useDiscardGuard } from '../shell/FormModal';
import { DateField } from '../shell/DateField';

let keys = 0;
const nextKey = () => ++keys;

interface Form {
  id: string | undefined;
  peerIds: string[];
  date: string;
  channel: InteractionChannel;
  purpose: InteractionPurpose;
  initiatedBy: 'me' | 'them';
  summary: string;
  confidential: boolean;
  /** minutes, or null: the usual length of its channel */
  duration: number | null;
  exchanges: ExchangeRow[];
  followUps: FollowUpRow[];
}

function formFor(r: LogRequest): Form {
  const e = r.edit;
  if (e) {
    return {
      id: e.id,
      peerIds: e.peerIds,
      date: e.date,
      channel: e.channel,
      purpose: e.purpose,
      initiatedBy: e.initiatedBy,
      summary: e.summary,
      confidential: e.confidential,
      duration: e.durationMinutes ?? null,
      exchanges: e.exchanges.map((x) => ({
        key: nextKey(),
        direction: x.direction,
        kind: x.kind,
        weight: x.weight,
        peerId: x.peerId ?? '',
        note: x.note,
      })),
      followUps: e.followUps.map((f) => ({ key: nextKey(), id: f.id, text: f.text, due: f.due ?? '', done: f.done })),
    };
  }
  return {
    id: undefined,
    peerIds: r.peerIds ?? [],
    date: r.date ?? dayOf(new Date()),
    channel: r.channel ?? 'coffee',
    purpose: r.purpose ?? 'check-in',
    initiatedBy: 'me',
    summary: r.summary ?? '',
    confidential: false,
    duration: null,
    exchanges: (r.exchanges ?? []).map((x) => ({
      key: nextKey(),
      direction: x.direction,
      kind: x.kind,
      weight: x.weight ?? 1,
      peerId: x.peerId ?? '',
      note: x.note ?? '',
    })),
    followUps: [],
  };
}

const NO_PEERS: readonly PeerSummary[] = [];
/** as many names as fit without a scroll bar; typing narrows the rest */
const PEERS_SHOWN = 7;

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/**
 * Log an interaction in a few seconds, by keyboard: peers (type and Enter), channel and
 * purpose (one number key each), what passed between you ("I gave…", "I received…", then the
 * kind), then Ctrl+Enter. Also edits one from a peer's timeline.
 */
export function LogInteractionDialog({ request }: { request: LogRequest }) {
  const [form, setForm] = useState<Form>(() => formFor(request));
  // closing once something is typed asks first, as every form in a dialog does (FormModal)
  const [opened] = useState(() => JSON.stringify(form));
  const { requestClose, question } = useDiscardGuard(JSON.stringify(form) !== opened, closeLogInteraction);
  const peerList = useVaultQuery('peers:list', undefined);
  const peers: readonly PeerSummary[] = peerList.data ?? NO_PEERS;
  const [saveError, setError] = useState<unknown>(null);
  const error = saveError ?? peerList.error;
  const [saving, setSaving] = useState(false);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const peerInput = useRef<HTMLInputElement>(null);
  const { phase } = useSession();

  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const chosen = form.peerIds.map((id) => ({ id, name: peers.find((p) => p.id === id)?.name ?? '…' }));
  const peerData = peers
    .filter((p) => p.status !== 'archived' || form.peerIds.includes(p.id))
    .map((p) => ({ value: p.id, label: p.company ? `${p.name} (${p.company})` : p.name }))
    .sort((a, b) => a.label.localeCompare(b.label));

  const addExchange = (direction: ExchangeDirection) => {
    const key = nextKey();
    setFocusKey(key);
    set({ exchanges: [...form.exchanges, { key, direction, kind: null, weight: 1, peerId: '', note: '' }] });
  };
  const addFollowUp = () => {
    const key = nextKey();
    setFocusKey(key);
    set({ followUps: [...form.followUps, { key, text: '', due: '', done: false }] });
  };

  const problem =
    form.peerIds.length === 0
      ? 'Pick at least one peer.'
      : !isDay(form.date)
        ? 'Give the date it happened.'
        : form.exchanges.some((x) => x.kind === null)
          ? 'Pick a kind for each exchange, or remove it.'
          : form.followUps.some((f) => !f.text.trim())
            ? 'Write what each follow-up is, or remove it.'
            : null;

  const save = async () => {
    if (problem || saving) {
      if (problem) setError(problem);
      return;
    }
    setSaving(true);
    try {
      const saved = await send('interactions:save', {
        id: form.id,
        date: form.date,
        peerIds: form.peerIds,
        channel: form.channel,
        purpose: form.purpose,
        initiatedBy: form.initiatedBy,
        summary: form.summary,
        confidential: form.confidential,
        durationMinutes: form.duration,
        exchanges: form.exchanges.map((x) => ({
          direction: x.direction,
          kind: x.kind!,
          weight: x.weight,
          note: x.note,
          ...(x.peerId && form.peerIds.includes(x.peerId) ? { peerId: x.peerId } : {}),
        })),
        followUps: form.followUps.map((f) => ({ ...(f.id ? { id: f.id } : {}), text: f.text.trim(), due: f.due || null, done: f.done })),
      });
      const names = chosen.map((p) => p.name).join(', ');
      notifications.show({
        color: 'teal',
        message: form.id ? 'Interaction saved.' : `Logged: ${CHANNEL_LABEL[form.channel].toLowerCase()} with ${names}.`,
      });
      closeLogInteraction();
      request.onSaved?.(saved.id);
    } catch (e) {
      setError(e);
      setSaving(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <Modal
      opened
      onClose={requestClose}
      title={<Text fw={650}>{form.id ? 'Edit interaction' : 'Log interaction'}</Text>}
      size="xl"
      data-testid="log-dialog"
    >
      <Stack gap="sm" onKeyDown={onKeyDown}>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Tab</Kbd> moves between parts · <Kbd size="xs">1</Kbd>…<Kbd size="xs">9</Kbd> picks a channel, purpose or length ·{' '}
          <Kbd size="xs">{MOD}</Kbd>+<Kbd size="xs">Enter</Kbd> saves
        </Text>
        <MultiSelect
          ref={peerInput}
          label="With"
          placeholder={form.peerIds.length ? '' : 'Type a name, then Enter'}
          data={peerData}
          value={form.peerIds}
          onChange={(v) =>
            set({ peerIds: v, exchanges: form.exchanges.map((x) => (x.peerId && !v.includes(x.peerId) ? { ...x, peerId: '' } : x)) })
          }
          searchable
          limit={PEERS_SHOWN}
          nothingFoundMessage={peers.length === 0 ? 'No peers yet: add one on the Peers page' : 'No peer by that name'}
          data-autofocus={request.peerIds?.length || request.edit ? undefined : true}
          data-testid="log-peers"
          hidePickedOptions
          selectFirstOptionOnChange
          // opened by typing, not by the focus: an open list would cover channel and purpose
          openOnFocus={false}
          // no scrolling list (a scrolled region the keyboard cannot reach): a few names, narrowed by typing
          withScrollArea={false}
        />
        <OneKeyChoice
          label="Channel"
          value={form.channel}
          onChange={(channel) => set({ channel })}
          labels={CHANNEL_LABEL}
          testId="log-channel"
          autoFocus={Boolean(request.peerIds?.length || request.edit)}
        />
        <OneKeyChoice
          label="Purpose"
          value={form.purpose}
          onChange={(purpose) => set({ purpose })}
          labels={PURPOSE_LABEL}
          testId="log-purpose"
        />
        <DurationChoice
          value={form.duration}
          onChange={(duration) => set({ duration })}
          channel={form.channel}
          own={phase.kind === 'unlocked' ? phase.settings.channelMinutes : undefined}
        />
        <Textarea
          label="What happened"
          placeholder={form.id && request.edit?.confidential ? '' : 'A line or two (optional)'}
          value={form.summary}
          onChange={(e) => set({ summary: e.currentTarget.value })}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={20_000}
          data-testid="log-summary"
        />
        <div>
          <Group justify="space-between" mb={4}>
            <Text size="sm" fw={500}>
              What passed between you
            </Text>
            <AddExchangeButtons onAdd={addExchange} />
          </Group>
          <ExchangeRows rows={form.exchanges} onChange={(exchanges) => set({ exchanges })} peers={chosen} focusKey={focusKey} />
        </div>
        <Group gap="md" align="flex-start" wrap="wrap">
          <DateField
            size="sm"
            label="When"
            value={form.date}
            onChange={(day) => set({ date: day })}
            w={180}
            data-testid="log-date"
            error={!isDay(form.date) ? 'A date, please' : undefined}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              Who reached out
            </Text>
            <SegmentedControl
              value={form.initiatedBy}
              onChange={(v) => set({ initiatedBy: v })}
              data={[
                { value: 'me', label: 'I did' },
                { value: 'them', label: 'They did' },
              ]}
              aria-label="Who reached out"
            />
          </div>
          <Checkbox
            label="Confidential: hide what was said, noted and promised until revealed; leave it out of exports"
            checked={form.confidential}
            onChange={(e) => set({ confidential: e.currentTarget.checked })}
            pb={8}
            data-testid="log-confidential"
          />
        </Group>
        <Divider />
        <div>
          <Group justify="space-between" mb={4}>
            <Text size="sm" fw={500}>
              Follow-ups
            </Text>
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconPlus size={14} />}
              onClick={addFollowUp}
              data-testid="add-follow-up"
            >
              Add follow-up
            </Button>
          </Group>
          <FollowUpRows rows={form.followUps} onChange={(followUps) => set({ followUps })} focusKey={focusKey} />
        </div>
        <ModalActions note={<ErrorNote error={error} data-testid="log-error" />}>
          <Button variant="default" onClick={requestClose}>
            Cancel
          </Button>
          <Button onClick={() => void save()} loading={saving} data-testid="log-save">
            {form.id ? 'Save' : 'Log it'}{' '}
            <Kbd size="xs" ml={8}>
              {MOD}+Enter
            </Kbd>
          </Button>
        </ModalActions>
      </Stack>
      {question}
    </Modal>
  );
}
