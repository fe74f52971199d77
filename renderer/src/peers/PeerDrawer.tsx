import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  Modal,
  Select,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye, IconEyeOff, IconPencil, IconTrash, IconUsersPlus, IconX } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type { PeerDetail, PeerSummary } from '../../../shared/ipc/contract';
import type { Tie } from '../../../shared/schema/document';
import { TIE_KINDS, type TieKind } from '../../../shared/schema/vocabulary';
import { messageOf } from '../api';
import { send } from '../data/channel';
import { IntroduceModal } from './IntroduceModal';
import { PEER_ACTIONS, PEER_BANNERS, PEER_TABS, type PeerPartProps } from './peer-page';
import { MET_LABEL, PEER_TYPE_COLOR, PEER_TYPE_LABEL, QUALITY_LABEL, STAGE_LABEL, STATUS_LABEL, TIE_LABEL } from './labels';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  if (children === '' || children === null || children === undefined) return null;
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : '');

/** A peer's page: who they are, their ties, notes hidden until revealed; edit, introduce, delete. */
export function PeerDrawer({
  peerId,
  peers,
  version,
  onClose,
  onEdit,
  onChanged,
  onOpenPeer,
}: {
  peerId: string | null;
  peers: readonly PeerSummary[];
  /** changes whenever the peers were reloaded, so this page refetches too */
  version: number;
  onClose: () => void;
  onEdit: (id: string) => void;
  onChanged: () => Promise<void>;
  onOpenPeer: (id: string) => void;
}) {
  const [peer, setPeer] = useState<PeerDetail | null>(null);
  const [ties, setTies] = useState<Tie[]>([]);
  const [notes, setNotes] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [introducing, setIntroducing] = useState(false);
  const [tieTo, setTieTo] = useState<string | null>(null);
  const [tieKind, setTieKind] = useState<TieKind>('know-each-other');
  const [tieStrength, setTieStrength] = useState('2');
  const [tieNote, setTieNote] = useState('');
  const [editingTie, setEditingTie] = useState<string | null>(null);
  const [tab, setTab] = useState('profile');
  // another peer opens on their profile
  const [tabFor, setTabFor] = useState(peerId);
  if (tabFor !== peerId) {
    setTabFor(peerId);
    setTab('profile');
  }

  useEffect(() => {
    let live = true;
    if (peerId) {
      Promise.all([send('peers:get', { id: peerId }), send('ties:list', { peerId })]).then(
        ([p, t]) => {
          if (!live) return;
          setPeer(p);
          setTies(t);
          setNotes(null);
          setError(null);
        },
        (e: unknown) => live && setError(messageOf(e)),
      );
    }
    return () => {
      live = false;
    };
  }, [peerId, version]);

  // built once per list and peer, not on every render (the list can hold thousands)
  const byId = useMemo(() => new Map(peers.map((p) => [p.id, p])), [peers]);
  const shownId = peer?.id;
  const tieOptions = useMemo(() => peers.filter((p) => p.id !== shownId).map((p) => ({ value: p.id, label: p.name })), [peers, shownId]);
  const part: PeerPartProps | null = peer ? { peer, peers, version, onChanged, onOpenPeer } : null;

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
      notifications.show({ color: 'red', message: messageOf(e) });
    }
  };

  const remove = async () => {
    if (!peer) return;
    setConfirmDelete(false);
    try {
      const r = await send('peers:delete', { ids: [peer.id] });
      onClose();
      await onChanged();
      const id = `deleted-${r.token}`;
      notifications.show({
        id,
        autoClose: 10_000,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              Deleted {peer.name}
              {r.ties ? ` and ${r.ties} tie${r.ties === 1 ? '' : 's'}` : ''}.
            </Text>
            <Button
              size="xs"
              variant="light"
              data-testid="undo-delete"
              onClick={() =>
                void send('peers:undoDelete', { token: r.token }).then(async () => {
                  notifications.hide(id);
                  await onChanged();
                  onOpenPeer(peer.id);
                })
              }
            >
              Undo
            </Button>
          </Group>
        ),
      });
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const addTie = async () => {
    if (!peer || !tieTo) return;
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
      notifications.show({ color: 'red', message: messageOf(e) });
    }
  };

  return (
    <Drawer
      opened={peerId !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={
        peer ? (
          <Title order={2} size="h3">
            {peer.name}
          </Title>
        ) : (
          ' '
        )
      }
      data-testid="peer-drawer"
    >
      {error && <Alert color="red">{error}</Alert>}
      {peer && part && (
        <Stack gap="md">
          <Group gap={6}>
            <Badge variant="light" color={peer.status === 'active' ? 'teal' : 'gray'}>
              {STATUS_LABEL[peer.status]}
            </Badge>
            {peer.peerTypes.map((t) => (
              <Badge key={t} variant="light" color={PEER_TYPE_COLOR[t]}>
                {PEER_TYPE_LABEL[t]}
              </Badge>
            ))}
            {peer.tags.map((t) => (
              <Badge key={t} variant="outline" color="gray">
                {t}
              </Badge>
            ))}
          </Group>
          <Group gap="xs">
            <Button size="xs" leftSection={<IconPencil size={14} />} onClick={() => onEdit(peer.id)} data-testid="edit-peer">
              Edit
            </Button>
            <Button size="xs" variant="default" leftSection={<IconUsersPlus size={14} />} onClick={() => setIntroducing(true)}>
              Introduce…
            </Button>
            {PEER_ACTIONS.map((Action, i) => (
              <Action key={i} {...part} />
            ))}
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} />}
              onClick={() => setConfirmDelete(true)}
              data-testid="delete-peer"
            >
              Delete
            </Button>
          </Group>
          {PEER_BANNERS.map((Banner, i) => (
            <Banner key={i} {...part} />
          ))}
          <Tabs value={tab} onChange={(t) => setTab(t ?? 'profile')} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="profile">Profile</Tabs.Tab>
              {PEER_TABS.map((t) => (
                <Tabs.Tab key={t.id} value={t.id} data-testid={`peer-tab-${t.id}`}>
                  {t.label}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {PEER_TABS.map((t) => (
              <Tabs.Panel key={t.id} value={t.id} pt="md">
                <t.Component {...part} />
              </Tabs.Panel>
            ))}
            <Tabs.Panel value="profile" pt="md">
              <Stack gap="md">
                <Stack gap={8}>
                  <Field label="Role">{[peer.role, peer.company].filter(Boolean).join(' at ')}</Field>
                  <Field label="Industry · function">{[peer.industry, peer.function].filter(Boolean).join(' · ')}</Field>
                  <Field label="Where">{[peer.city, peer.country].filter(Boolean).join(', ')}</Field>
                  <Field label="Career stage">
                    {peer.careerStage
                      ? `${STAGE_LABEL[peer.careerStage]}${peer.yearsExperience !== null ? `, ${peer.yearsExperience} years` : ''}`
                      : ''}
                  </Field>
                  <Field label="Strong in">{list(peer.skills)}</Field>
                  <Field label="Working on / needs">{list(peer.needs)}</Field>
                  <Field label="Interests">{list(peer.interests)}</Field>
                  <Field label="Values">{list(peer.values)}</Field>
                  <Field label="Met">
                    {[peer.met.where ? MET_LABEL[peer.met.where] : '', peer.met.detail, peer.met.date ?? ''].filter(Boolean).join(' · ')}
                  </Field>
                  <Field label="Check in every">{peer.cadenceDays ? `${peer.cadenceDays} days` : ''}</Field>
                  <Field label="Qualities">
                    {Object.entries(peer.qualities)
                      .map(([q, v]) => `${QUALITY_LABEL[q as keyof typeof QUALITY_LABEL]} ${v}/5`)
                      .join(' · ')}
                  </Field>
                  <Field label="Email">{list(peer.contacts.emails)}</Field>
                  <Field label="Phone">{list(peer.contacts.phones)}</Field>
                  {peer.contacts.linkedin && (
                    <div>
                      <Text size="xs" c="dimmed">
                        LinkedIn
                      </Text>
                      <Anchor size="sm" href={peer.contacts.linkedin} target="_blank" rel="noreferrer">
                        {peer.contacts.linkedin.replace(/^https?:\/\/(www\.)?/, '')}
                      </Anchor>
                    </div>
                  )}
                  <Field label="Source">{peer.source}</Field>
                </Stack>
                <Divider label="Notes" labelPosition="left" />
                {peer.notesHidden && notes === null ? (
                  <Group>
                    <Text size="sm" c="dimmed">
                      Confidential notes, hidden.
                    </Text>
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconEye size={14} />}
                      onClick={() => void send('peers:revealNotes', { id: peer.id }).then((r) => setNotes(r.notes))}
                      data-testid="reveal-notes"
                    >
                      Reveal
                    </Button>
                  </Group>
                ) : (
                  <Stack gap={4}>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="notes-text">
                      {notes ?? peer.notes ?? ''}
                      {!(notes ?? peer.notes) && (
                        <Text span c="dimmed">
                          No notes.
                        </Text>
                      )}
                    </Text>
                    {notes !== null && (
                      <Button
                        size="xs"
                        variant="subtle"
                        w="fit-content"
                        leftSection={<IconEyeOff size={14} />}
                        onClick={() => setNotes(null)}
                      >
                        Hide again
                      </Button>
                    )}
                  </Stack>
                )}
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
                            {TIE_LABEL[t.kind]} · {'●'.repeat(t.strength)}
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
              </Stack>
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
      <Modal opened={confirmDelete} onClose={() => setConfirmDelete(false)} title={`Delete ${peer?.name ?? ''}?`} centered>
        <Stack>
          <Text size="sm">
            Their details, notes, ties, life events and the interactions with them alone are removed from your vault (group interactions
            keep the others). You can undo this until Compeer locks.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDelete(false)}>
              Cancel
            </Button>
            <Button color="red" onClick={() => void remove()} data-testid="confirm-delete">
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
      {peer && (
        <IntroduceModal opened={introducing} peers={peers} first={peer.id} onClose={() => setIntroducing(false)} onDone={onChanged} />
      )}
    </Drawer>
  );
}
