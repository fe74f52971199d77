import { Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Slider, Stack, Text, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { dayOf } from '../../../shared/domain/days';
import type { GoalView } from '../../../shared/domain/groups/views';
import { INTERACTION_CHANNELS, ME, type InteractionChannel } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { ErrorNote } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';
import { usePeers } from '../peers/usePeers';
import { useDraftGuard } from '../shell/FormModal';
import { CHANNEL_LABEL } from './labels';
import { DateField } from '../shell/DateField';

/**
 * A check-in on a goal: where it stands, with whom; with a partner it can be logged as an
 * accountability exchange in the same save (they hold me to mine; I hold them to theirs).
 */
export function CheckInDialog({
  goalId,
  withPeerId,
  onClose,
  onSaved,
}: {
  goalId: string;
  withPeerId: string | null;
  onClose: () => void;
  onSaved: (logged: boolean) => void;
}) {
  const { peers } = usePeers();
  const [goal, setGoal] = useState<GoalView | null>(null);
  const [date, setDate] = useState(dayOf(new Date()));
  const [progress, setProgress] = useState(0);
  const [note, setNote] = useState('');
  const [withId, setWithId] = useState<string | null>(withPeerId);
  const [log, setLog] = useState(true);
  const [channel, setChannel] = useState<InteractionChannel>('call');
  const [minutes, setMinutes] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  // the goal as it stands when the dialog opens (a later refresh leaves what is being typed alone)
  const goals = useVaultQuery('goals:list', undefined);
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  if (goals.data && loadedFor !== goalId) {
    setLoadedFor(goalId);
    const g = goals.data.find((x) => x.id === goalId);
    if (!g) setError('That goal is no longer in your vault.');
    else {
      setGoal(g);
      setProgress(g.progress ?? 0);
      setWithId((w) => w ?? (g.owner !== ME ? g.owner : (g.partnersToUpdate[0]?.peerId ?? g.partnerIds[0] ?? null)));
    }
  }
  const loadError = goals.error;

  const peerOptions = useMemo(() => {
    const all = (peers ?? []).filter((p) => p.status !== 'archived');
    const first = new Set(goal ? (goal.owner === ME ? goal.partnerIds : [goal.owner]) : []);
    return [
      {
        group: goal?.owner === ME ? 'Partners on this goal' : 'Whose goal it is',
        items: all.filter((p) => first.has(p.id)).map((p) => ({ value: p.id, label: p.name })),
      },
      { group: 'Other peers', items: all.filter((p) => !first.has(p.id)).map((p) => ({ value: p.id, label: p.name })) },
    ].filter((g) => g.items.length > 0);
  }, [peers, goal]);
  // what the form holds, once the goal is there: any change from it asks before Escape drops it
  const { requestClose, question } = useDraftGuard(goal ? { date, progress, note, withId, log, channel, minutes } : null, onClose);

  if (!goal)
    return (
      <Modal opened onClose={onClose} title="Check in on a goal" centered>
        {error || loadError ? <ErrorNote error={error ?? loadError} /> : <Text c="dimmed">Loading…</Text>}
      </Modal>
    );
  const mine = goal.owner === ME;
  const logging = log && withId !== null;
  const name = peers?.find((p) => p.id === withId)?.name;

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await send('goals:checkIn', {
        goalId,
        date,
        progress,
        note,
        withPeerId: withId,
        log: logging ? { channel, durationMinutes: minutes } : null,
      });
      onSaved(r.interactionId !== null);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={requestClose} title={`Check in: ${goal.title}`} size="lg" centered closeOnClickOutside={false}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={2}>
            <DateField label="Date" value={date} onChange={setDate} data-testid="checkin-date" />
            <Select
              label={mine ? 'With (a partner)' : 'With'}
              placeholder="On my own"
              data={peerOptions}
              value={withId}
              onChange={setWithId}
              searchable
              clearable
              data-testid="checkin-with"
            />
          </SimpleGrid>
          <div>
            <Group justify="space-between">
              <Text size="sm" fw={500} id="progress-label">
                Progress
              </Text>
              <NumberInput
                size="xs"
                w={90}
                min={0}
                max={100}
                suffix="%"
                value={progress}
                onChange={(v) => setProgress(typeof v === 'number' ? Math.max(0, Math.min(100, Math.round(v))) : 0)}
                aria-label="Progress in percent"
                data-testid="checkin-progress"
              />
            </Group>
            <Slider
              mt="xs"
              value={progress}
              onChange={setProgress}
              step={5}
              marks={[
                { value: 0, label: '0' },
                { value: 50, label: '50%' },
                { value: 100, label: '100%' },
              ]}
              aria-labelledby="progress-label"
              thumbLabel="Progress"
              mb="md"
            />
          </div>
          <Textarea
            label="Note"
            description="Private: hidden until revealed, left out of exports."
            placeholder="What moved, what got in the way, what comes next"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={6}
            data-autofocus
          />
          <Checkbox
            label={
              withId
                ? `Log it as an accountability exchange with ${name ?? 'them'} (${mine ? 'they hold you to your goal' : 'you hold them to theirs'})`
                : 'Log it as an accountability exchange (say with whom first)'
            }
            checked={logging}
            disabled={withId === null}
            onChange={(e) => setLog(e.currentTarget.checked)}
            data-testid="checkin-log"
          />
          {logging && (
            <SimpleGrid cols={2}>
              <Select
                label="How"
                data={INTERACTION_CHANNELS.filter((c) => c !== 'group-meeting').map((c) => ({ value: c, label: CHANNEL_LABEL[c] }))}
                value={channel}
                onChange={(v) => v && setChannel(v)}
                allowDeselect={false}
              />
              <NumberInput
                label="How long (minutes)"
                min={0}
                max={1440}
                step={5}
                value={minutes ?? ''}
                onChange={(v) => setMinutes(typeof v === 'number' ? v : null)}
              />
            </SimpleGrid>
          )}
          <ErrorNote error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={requestClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} data-testid="save-checkin">
              {logging ? 'Save and log it' : 'Save check-in'}
            </Button>
          </Group>
        </Stack>
      </form>
      {question}
    </Modal>
  );
}
