import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { PageId } from './navigation';
import type { PageProps } from './nav';

/**
 * Each page is its own chunk, loaded when first visited: the unlock screen loads none of
 * them (no map, no import parsers, no editor, no charts).
 */
export const PAGE_COMPONENTS: Record<PageId, LazyExoticComponent<ComponentType<PageProps>>> = {
  today: lazy(() => import('../today/TodayPage').then((m) => ({ default: m.TodayPage }))),
  peers: lazy(() => import('../peers/PeersPage').then((m) => ({ default: m.PeersPage }))),
  network: lazy(() => import('../network/NetworkPage').then((m) => ({ default: m.NetworkPage }))),
  reciprocity: lazy(() => import('../reciprocity/ReciprocityPage').then((m) => ({ default: m.ReciprocityPage }))),
  journal: lazy(() => import('../journal/JournalPage').then((m) => ({ default: m.JournalPage }))),
  groups: lazy(() => import('../groups/GroupsPage').then((m) => ({ default: m.GroupsPage }))),
  advisor: lazy(() => import('../advisor/AdvisorPage').then((m) => ({ default: m.AdvisorPage }))),
  settings: lazy(() => import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage }))),
};
