import type { ComponentType } from 'react';
import { AdvisorPeerBanner } from '../advisor/AdvisorPeerBanner';
import { GroupsPeerTab } from '../groups/GroupsPeerTab';
import { InteractionsPeerActions } from '../interactions/InteractionsPeerActions';
import { InteractionsPeerBanner } from '../interactions/InteractionsPeerBanner';
import { InteractionsPeerTab } from '../interactions/InteractionsPeerTab';
import { JournalPeerActions } from '../journal/JournalPeerActions';
import { JournalPeerTab } from '../journal/JournalPeerTab';
import type { PeerPartProps } from './peer-part';

export type { PeerPartProps } from './peer-part';

/**
 * The peer's page is composed from features, each in its own folder: buttons beside Edit,
 * banners folded into one strip above the tabs (gentle patterns, suggestions), and tabs: the
 * first is the page's opening one (their story), before "Profile"; the others come after it.
 */
export const PEER_ACTIONS: readonly ComponentType<PeerPartProps>[] = [InteractionsPeerActions, JournalPeerActions];
export const PEER_BANNERS: readonly ComponentType<PeerPartProps>[] = [InteractionsPeerBanner, AdvisorPeerBanner];
export const PEER_TABS: readonly { id: string; label: string; Component: ComponentType<PeerPartProps> }[] = [
  { id: 'interactions', label: 'Story', Component: InteractionsPeerTab },
  { id: 'journal', label: 'Journal and notes', Component: JournalPeerTab },
  { id: 'groups', label: 'Groups and goals', Component: GroupsPeerTab },
];
