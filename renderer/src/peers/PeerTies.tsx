import { ActionIcon, Anchor, Button, Divider, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { PeerDetail, PeerSummary } from '../../../shared/ipc/contract';
import type { Tie } from '../../../shared/schema/document';
import { TIE_KINDS, type TieKind } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { useVaultQuery } from '../data/queries';
import { TIE_LABEL } from './labels';
import { showError } from '../data/ErrorNote';

const NO_TIES: Tie[] = [];

/** A tie's strength in words (dots alone had no legend), as the picker below names them. */
const TIE_STRENGTH: Record<number, string> = { 1: 'weak tie', 2: 'medium tie', 3: 'strong tie' };

/** Who else in the network this peer knows: the list, and the form to add or edit a tie. */
export function PeerTies({
  peer,
  peers,
  onChanged,
  onOpenPeer,
}: {
  peer: PeerDetail;
  peers: readonly PeerSummary[];
  onChanged: () => Promise<void>;
  onOpenPeer: (id: string) => void;
}) {
  const ties = useVaultQuery('ties:list', { peerId: peer.id }).data ?? NO_TIES;
  const [tieTo, setTieTo] = useState<string | null>(null);
  const [tieKind, setTieKind] = useState<TieKind>('know-each-other');
  const [tieStrength, setTieStrength] = useState('2');
  const [tieNote, setTieNote] = useState('');
  const [editingTie, setEditingTie] = useState<string | null>(null);

  // built once per list and peer, not on every render (the list can hold thousands)
  const byId = useMemo(() => new Map(peers.map((p) => [p.id, p])), [peers]);
  const tieOptions = useMemo(() => peers.filter((p) => p.id !== peer.id).map((p) => ({ value: p.id, label: p.name })), [peers, peer.id]);

  // removing a tie is undone as deleting a peer is: the same tie is saved again
  const removeTie = async (t: Tie, otherName: string) => {
    try {
      await send('ties:delete', { id: t.id });
      await onChanged();
      const id = `tie-removed-${t.id}`;
      notifications.show({
        id,
        autoClose: 10_000,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">Removed the tie with {otherName}.</Text>
            <Button
              size="xs"
              variant="light"
              data-testid="undo-tie-removal"
              onClick={() => {
                const { id: _id, createdAt: _c, updatedAt: _u, ...again } = t;
                void send('ties:save', again).then(async () => {
                  notifications.hide(id);
                  await onChanged();
                });
              }}
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

  const addTie = async () => {
    if (!tieTo) return;
    try {
      const before = editingTie ? ties.find((t) => t.id === editingTie) : undefined;
      await send('ties:save', {
        id: editingTie ?? undefined,
        a: before?.a ?? peer.id,
        b: before?.b ?? tieTo,
        kind: tieKind,
        strength: Number(tieStrength),
        date: before?.date ?? null,
        note: tieNote,
      });
      setTieTo(null);
      setTieNote('');
      setEditingTie(null);
      await onChanged();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <>
      <Divider label={`Ties (${ties.length})`} labelPosition="left" />
      <Stack gap={4} data-testid="ties">
        {ties.length === 0 && (
          <Text size="sm" c="dimmed">
            No ties yet: who else in your network does {peer.name.split(' ')[0]} know?
          </Text>
        )}
        {ties.map((t) => {
          const other = byId.get(t.a === peer.id ? t.b : t.a);
          return (
            <Group key={t.id} justify="space-between" wrap="nowrap">
              <Text size="sm">
                <Anchor component="button" onClick={() => other && onOpenPeer(other.id)}>
                  {other?.name ?? 'Unknown'}
                </Anchor>{' '}
                <Text span c="dimmed" size="xs">
                  {TIE_LABEL[t.kind]} · {TIE_STRENGTH[t.strength] ?? ''}
                  {t.note ? ` · ${t.note}` : ''}
                </Text>
              </Text>
              <Group gap={2} wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Edit tie with ${other?.name ?? 'peer'}`}
                  onClick={() => {
                    setEditingTie(t.id);
                    setTieTo(other?.id ?? null);
                    setTieKind(t.kind);
                    setTieStrength(String(t.strength));
                    setTieNote(t.note);
                  }}
                  data-testid="edit-tie"
                >
                  <IconPencil size={14} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Remove tie with ${other?.name ?? 'peer'}`}
                  onClick={() => void removeTie(t, other?.name ?? 'this peer')}
                  data-testid="remove-tie"
                >
                  <IconX size={14} />
                </ActionIcon>
              </Group>
            </Group>
          );
        })}
        <Group gap="xs" align="flex-end" mt="xs">
          <Select
            size="xs"
            placeholder="Knows…"
            aria-label="Peer this one knows"
            searchable
            // the first match is highlighted as one types, so Enter on the only match picks it
            selectFirstOptionOnChange
            data={tieOptions}
            disabled={editingTie !== null}
            value={tieTo}
            onChange={setTieTo}
            w={170}
            data-testid="tie-peer"
          />
          <Select
            size="xs"
            aria-label="Kind of tie"
            data={TIE_KINDS.map((k) => ({ value: k, label: TIE_LABEL[k] }))}
            value={tieKind}
            onChange={(v) => v && setTieKind(v)}
            w={150}
            allowDeselect={false}
          />
          <Select
            size="xs"
            aria-label="Strength of tie"
            data={[
              { value: '1', label: 'Weak' },
              { value: '2', label: 'Medium' },
              { value: '3', label: 'Strong' },
            ]}
            value={tieStrength}
            onChange={(v) => v && setTieStrength(v)}
            w={95}
            allowDeselect={false}
          />
          <TextInput
            size="xs"
            placeholder="Note"
            aria-label="Note on the tie"
            value={tieNote}
            onChange={(e) => setTieNote(e.currentTarget.value)}
            w={110}
          />
          <Button size="xs" onClick={() => void addTie()} disabled={!tieTo} data-testid="add-tie">
            {editingTie ? 'Save tie' : 'Add tie'}
          </Button>
          {editingTie && (
            <Button size="xs" variant="subtle" onClick={() => (setEditingTie(null), setTieTo(null), setTieNote(''))}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </>
  );
}
