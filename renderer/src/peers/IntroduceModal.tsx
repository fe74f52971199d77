import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { dayOf } from '../../../shared/domain/days';
import type { PeerSummary } from '../../../shared/ipc/contract';
import { send } from '../data/channel';
import { ErrorNote } from '../data/ErrorNote';
import { useDiscardGuard } from '../shell/FormModal';
import { DateField } from '../shell/DateField';

const today = () => dayOf(new Date());

/** "Make introductions": record that you introduced two peers, and why. */
export function IntroduceModal({
  opened,
  peers,
  onClose,
  onDone,
  first = null,
}: {
  opened: boolean;
  peers: readonly PeerSummary[];
  onClose: () => void;
  onDone: () => Promise<void>;
  first?: string | null;
}) {
  const [a, setA] = useState<string | null>(first);
  const [b, setB] = useState<string | null>(null);
  const [why, setWhy] = useState('');
  const [date, setDate] = useState(today());
  const [error, setError] = useState<unknown>(null);
  // the first peer may come with the dialog; anything chosen or typed beyond that asks before Escape drops it
  // the dialog stays mounted while closed: it opens blank again after a save or a discard
  const close = () => {
    setA(first);
    setB(null);
    setWhy('');
    setDate(today());
    setError(null);
    onClose();
  };
  const { requestClose, question } = useDiscardGuard(a !== first || b !== null || why !== '' || date !== today(), close);
  // built when the dialog opens, not on every render of the screen holding it
  const data = useMemo(
    () =>
      opened
        ? peers.filter((p) => p.status !== 'archived').map((p) => ({ value: p.id, label: p.company ? `${p.name} (${p.company})` : p.name }))
        : [],
    [opened, peers],
  );

  const save = async () => {
    if (!a || !b) return;
    try {
      await send('peers:introduce', { a, b, why, date });
      notifications.show({ color: 'teal', message: 'Introduction recorded.' });
      await onDone();
      close();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Modal opened={opened} onClose={requestClose} title="Introduce two peers" centered>
      <Stack>
        <Text size="sm" c="dimmed">
          Connect peers with each other when it creates value for both. This records an “I introduced them” tie and logs an introduction you
          gave to both.
        </Text>
        <Select label="Introduce" data={data} value={a} onChange={setA} searchable placeholder="Pick a peer" data-testid="intro-a" />
        <Select
          label="to"
          data={data.filter((d) => d.value !== a)}
          value={b}
          onChange={setB}
          searchable
          placeholder="Pick another peer"
          data-testid="intro-b"
        />
        <Textarea
          label="Why they should meet"
          value={why}
          onChange={(e) => setWhy(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
        />
        <DateField label="Date" value={date} onChange={setDate} w={180} data-testid="intro-date" />
        <ErrorNote error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={requestClose}>
            Cancel
          </Button>
          <Button onClick={() => void save()} disabled={!a || !b || !/^\d{4}-\d{2}-\d{2}$/.test(date)} data-testid="intro-save">
            Record introduction
          </Button>
        </Group>
      </Stack>
      {question}
    </Modal>
  );
}
