import { Badge, Button, Drawer, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconPencil, IconUsersPlus } from '@tabler/icons-react';
import { useWindowEvent } from '@mantine/hooks';
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
import { PeerStrip } from './PeerStrip';

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

/** The tab a peer's page opens on: their story (what passed and what is open), then who they are. */
const FIRST_TAB = PEER_TABS[0]!.id;

/**
 * A peer's page, about the person: who they are in a line, their story first (the first
 * feature tab), what the app suggests folded into one strip; their profile, ties and notes
 * (hidden until revealed) one tab away; edit, introduce, delete; the features' parts.
 */
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
  const [tab, setTab] = useState(FIRST_TAB);
  // another peer opens on their story
  const [tabFor, setTabFor] = useState(peerId);
  if (tabFor !== peerId) {
    setTabFor(peerId);
    setTab(FIRST_TAB);
  }
  const who = peer
    ? [[peer.role, peer.company].filter(Boolean).join(' at '), [peer.city, peer.country].filter(Boolean).join(', ')]
        .filter(Boolean)
        .join(' · ')
    : '';
  const part: PeerPartProps | null = peer ? { peer, peers, version, onChanged, onOpenPeer } : null;
  // Escape closes the peer's page, unless it is pressed in a dialog over it (a debrief, the log,
  // "Discard your changes?"): that Escape is the dialog's alone
  useWindowEvent('keydown', (e) => {
    if (e.key !== 'Escape' || peerId === null || e.isComposing) return;
    const at = e.target instanceof Element ? e.target : null;
    if (at?.getAttribute('data-mantine-stop-propagation') === 'true') return;
    // a target gone from the page was in a dialog this very Escape closed first
    if (at && (!at.isConnected || at.closest('.mantine-Modal-root'))) return;
    onClose();
  });

  return (
    <Drawer
      opened={peerId !== null}
      onClose={onClose}
      // every open Mantine dialog hears the one Escape (below): the page's own, not a dialog's over it
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
      closeOnEscape={false}
    >
      <ErrorNote error={q.error} onRetry={() => void q.refetch()} />
      {peer && part && (
        <Stack gap="sm">
          {who && (
            <Text size="sm" data-testid="peer-who">
              {who}
            </Text>
          )}
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
          <PeerStrip part={part} banners={PEER_BANNERS} />
          <Tabs value={tab} onChange={(t) => setTab(t ?? FIRST_TAB)} keepMounted={false}>
            <Tabs.List>
              {PEER_TABS.slice(0, 1).map((t) => (
                <Tabs.Tab key={t.id} value={t.id} data-testid={`peer-tab-${t.id}`}>
                  {t.label}
                </Tabs.Tab>
              ))}
              <Tabs.Tab value="profile" data-testid="peer-tab-profile">
                Profile
              </Tabs.Tab>
              {PEER_TABS.slice(1).map((t) => (
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
