import { Button, Checkbox, Grid, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useRef, useState } from 'react';
import type { PeerName } from '../../../shared/ipc/features/journal.contract';
import { send } from '../data/channel';
import { useDiscardGuard } from '../shell/FormModal';
import { useNav } from '../shell/nav';
import { ConversationFields, type ConversationDraft } from './ConversationFields';
import { EntryEditor, type EntryEditorHandle } from './EntryEditor';
import { useJournalRequests, type JournalRequest } from './openers';
import { DebriefPrep } from './DebriefPrep';
import { PrepContextPanel } from './PrepContextPanel';
import { localToday } from './useJournal';
import { ErrorNote } from '../data/ErrorNote';

export { openDebrief, openPrep } from './openers';

let sheetKey = 0;

function PeerPicker({ peers, onPick, verb }: { peers: readonly PeerName[]; onPick: (id: string) => void; verb: string }) {
  if (peers.length === 0)
    return (
      <Text size="sm" c="dimmed">
        Add a peer first (Peers, then Add peer): a conversation is always with someone.
      </Text>
    );
  return (
    <Select
      label={`Whom will you ${verb}?`}
      placeholder="Type a name"
      data={peers.map((p) => ({ value: p.id, label: p.name }))}
      searchable
      autoFocus
      limit={50}
      onChange={(v) => v && onPick(v)}
      data-testid="sheet-peer"
    />
  );
}

/** The debrief's "log this conversation" part, and the button that saves both in one step. */
function DebriefFooter({
  peerId,
  editor,
  onDone,
  onEdit,
}: {
  peerId: string;
  editor: React.RefObject<EntryEditorHandle | null>;
  onDone: (entryId: string) => void;
  onEdit: () => void;
}) {
  const [log, setLogState] = useState(true);
  const [conv, setConvState] = useState<ConversationDraft>({
    date: localToday(),
    channel: 'coffee',
    purpose: 'catch-up',
    exchanges: [],
    followUps: [],
  });
  const setLog = (v: boolean) => {
    setLogState(v);
    onEdit();
  };
  const setConv = (v: ConversationDraft) => {
    setConvState(v);
    onEdit();
  };
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      if (log && conv.exchanges.some((x) => x.kind === null)) throw new Error('Pick a kind for each exchange, or remove it.');
      const entry = await editor.current?.settle();
      if (!entry) throw new Error('Write something in the debrief first.');
      const r = await send('journal:debrief', {
        entry: { ...entry, groupIds: [], goalIds: [] },
        interaction: log
          ? {
              date: conv.date,
              peerIds: [peerId],
              channel: conv.channel,
              purpose: conv.purpose,
              exchanges: conv.exchanges.map((x) => ({ direction: x.direction, kind: x.kind!, weight: x.weight, note: x.note })),
              followUps: conv.followUps.filter((f) => f.text.trim()).map((f) => ({ text: f.text.trim(), due: f.due, done: false })),
            }
          : null,
      });
      notifications.show({ message: r.interactionId ? 'Debrief saved, and the conversation logged.' : 'Debrief saved.' });
      onDone(r.entry.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      <Checkbox
        label="Also log this conversation (what passed between you, and the follow-ups)"
        checked={log}
        onChange={(e) => setLog(e.currentTarget.checked)}
        data-testid="debrief-log"
      />
      {log && <ConversationFields value={conv} onChange={setConv} />}
      <ErrorNote error={error} />
      <Group justify="flex-end">
        <Button onClick={() => void save()} loading={busy} data-testid="save-debrief">
          {log ? 'Save debrief and log it' : 'Save debrief'}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The prep sheet and the debrief, mounted once and opened from anywhere (a peer's page,
 * Today, the palette). The prep sheet gathers the context itself beside the dialogue-prep
 * template; both are journal entries linked to the peer, saved as you type.
 */
export function JournalGlobal() {
  const nav = useNav();
  const [req, setReq] = useState<(JournalRequest & { key: number }) | null>(null);
  const [peers, setPeers] = useState<PeerName[]>([]);
  const editor = useRef<EntryEditorHandle>(null);

  // the debrief's text is saved as it is typed, its conversation only with the button: a changed
  // debrief asks before Escape or the close button drops what is not saved
  const [edited, setEdited] = useState(false);
  const onEdit = useCallback(() => setEdited(true), []);
  const onRequest = useCallback((r: JournalRequest) => {
    void send('peers:list').then(setPeers, () => setPeers([]));
    setEdited(false);
    setReq({ ...r, key: ++sheetKey });
  }, []);
  useJournalRequests(onRequest);

  const close = () => setReq(null);
  const { requestClose, question } = useDiscardGuard(
    req?.sheet === 'debrief' && edited,
    close,
    'What you wrote is kept in your journal, but the conversation is logged only when you save the debrief.',
  );
  const peer = req?.peerId ? peers.find((p) => p.id === req.peerId) : undefined;
  const title = req
    ? `${req.sheet === 'prep' ? 'Prepare a conversation' : 'Debrief a conversation'}${peer ? ` with ${peer.name}` : ''}`
    : '';

  return (
    <Modal
      opened={req !== null}
      onClose={requestClose}
      title={title}
      size={req?.sheet === 'prep' ? '90rem' : '60rem'}
      data-testid="journal-sheet"
      zIndex={250}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {req && !req.peerId && (
        <PeerPicker peers={peers} verb={req.sheet === 'prep' ? 'talk with' : 'debrief'} onPick={(id) => setReq({ ...req, peerId: id })} />
      )}
      {req?.peerId && req.sheet === 'prep' && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <PrepContextPanel peerId={req.peerId} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <EntryEditor key={req.key} entryId={null} fresh={{ kind: 'dialogue-prep', peerIds: [req.peerId] }} peers={peers} compact />
            <Group justify="space-between" mt="xs">
              <Text size="xs" c="dimmed">
                Saved to your journal as you type, linked to {peer?.name ?? 'this peer'}.
              </Text>
              <Button variant="default" size="compact-sm" onClick={close} data-testid="close-sheet">
                Done
              </Button>
            </Group>
          </Grid.Col>
        </Grid>
      )}
      {req?.peerId && req.sheet === 'debrief' && (
        <Stack gap="md">
          <DebriefPrep peerId={req.peerId} />
          <EntryEditor
            key={req.key}
            handle={editor}
            entryId={null}
            fresh={{ kind: 'debrief', peerIds: [req.peerId] }}
            peers={peers}
            compact
            onEdit={onEdit}
          />
          <DebriefFooter
            peerId={req.peerId}
            editor={editor}
            onEdit={onEdit}
            onDone={(id) => {
              close();
              if (nav.page === 'journal') nav.go('journal', { entry: id });
            }}
          />
        </Stack>
      )}
      {question}
    </Modal>
  );
}
