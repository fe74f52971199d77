import {
  IconAffiliate,
  IconBulb,
  IconCalendarEvent,
  IconNotebook,
  IconScale,
  IconSettings,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';

export type PageId = 'today' | 'peers' | 'network' | 'reciprocity' | 'journal' | 'groups' | 'advisor' | 'settings';

export interface PageInfo {
  id: PageId;
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** what the page is for, from the guide's vocabulary */
  description: string;
}

export const PAGES: readonly PageInfo[] = [
  { id: 'today', label: 'Today', icon: IconCalendarEvent, description: 'Who is due a check-in, what you promised, and what to bring up.' },
  {
    id: 'peers',
    label: 'Peers',
    icon: IconUsers,
    description: 'Map your peer network: who, what kind of peer, what they are good at and what they need.',
  },
  { id: 'network', label: 'Network', icon: IconAffiliate, description: 'See your network, its clusters and its gaps.' },
  {
    id: 'reciprocity',
    label: 'Reciprocity',
    icon: IconScale,
    description: 'What you gave and what you received, over time, without keeping score.',
  },
  { id: 'journal', label: 'Journal', icon: IconNotebook, description: 'Prepare honest conversations and reflect on them afterwards.' },
  {
    id: 'groups',
    label: 'Groups',
    icon: IconUsersGroup,
    description: 'Peer groups of five to eight, with a rotating facilitator, shared goals and opportunities.',
  },
  {
    id: 'advisor',
    label: 'Advisor',
    icon: IconBulb,
    description: 'Suggestions from your own data: whom to reconnect with, whom to introduce, what to talk about.',
  },
  { id: 'settings', label: 'Settings', icon: IconSettings, description: 'Auto-lock, passphrase, backups and where your vault lives.' },
];
