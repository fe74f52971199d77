import { Badge, Button, Drawer, Group, Stack, Tabs, Title } from '@mantine/core';
import { IconPencil, IconUsersPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { PeerDetail, PeerSummary } from '../../../shared/ipc/contract';
import { ErrorNote } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';
import { IntroduceModal } from './IntroduceModal';
import { PEER_TYPE_COLOR, PEER_TYPE_LABEL, STATUS_LABEL } from './labels';
import { PEER_ACTIONS, PEER_BANNERS, PEER_TABS } from './peer-page';
import type { PeerPartProps } from './peer-part';
import { PeerDelete } from './PeerDelete';
import { PeerProfile } from './PeerProfile';

/** Introduce this peer to another, from their page. */
function PeerIntroduce({ peer, peers, onDone }: { peer: PeerDetail; peers: readonly PeerSummary[]; onDone: () => Promise<void> }) {
  const [introducing, setIntroducing] = useState(false);
  return (
    <>
      <Button size="xs" variant="default" leftSection={<IconUsersPlus size={14} />} onClick={() => setIntroducing(true)}>
        Introduce…
      </Button>
      <IntroduceModal opened={introducing} peers={peers} first={peer.id} onClose={() => setIntroducing(false)} onDone={onDone} />
    </>
  );
}

/** A peer's page: who they are, their ties, notes hidden until revealed; edit, introduce, delete; the features' parts. */
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
  /** changes whenever the peers were asked again (passed on to the features' parts) */
  version: number;
  onClose: () => void;
  onEdit: (id: string) => void;
  onChanged: () => Promise<void>;
  onOpenPeer: (id: string) => void;
}) {
  const q = useVaultQuery('peers:get', { id: peerId ?? '' }, { enabled: peerId !== null, keepPrevious: true });
  // the last peer shown stays while the drawer closes or the next one loads
  const peer = q.data ?? null;
  const [tab, setTab] = useState('profile');
  // another peer opens on their profile
  const [tabFor, setTabFor] = useState(peerId);
  if (tabFor !== peerId) {
    setTabFor(peerId);
    setTab('profile');
  }
  const part: PeerPartProps | null = peer ? { peer, peers, version, onChanged, onOpenPeer } : null;

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
      <ErrorNote error={q.error} onRetry={() => void q.refetch()} />
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
            <PeerIntroduce peer={peer} peers={peers} onDone={onChanged} />
            {PEER_ACTIONS.map((Action, i) => (
              <Action key={i} {...part} />
            ))}
            <PeerDelete peer={peer} onClose={onClose} onChanged={onChanged} onOpenPeer={onOpenPeer} />
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
              <PeerProfile peer={peer} peers={peers} onChanged={onChanged} onOpenPeer={onOpenPeer} />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
    </Drawer>
  );
}
