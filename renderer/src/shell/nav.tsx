import { createContext, useContext } from 'react';
import type { PageId } from './navigation';

/** A page's parameters (which peer, which entry…): plain strings, like a route's query. */
export type PageParams = Readonly<Record<string, string>>;

export interface Nav {
  page: PageId;
  params: PageParams;
  /** go to a page (with parameters, e.g. `go('journal', { entry: id })`) */
  go: (page: PageId, params?: PageParams) => void;
  /** open a peer's page */
  openPeer: (id: string) => void;
}

export const NavContext = createContext<Nav | null>(null);

/** Where the user is, and how to go elsewhere: for any screen inside the unlocked app. */
export function useNav(): Nav {
  const nav = useContext(NavContext);
  if (!nav) throw new Error('useNav outside the app layout');
  return nav;
}

/** What every page component receives. */
export interface PageProps {
  params: PageParams;
}
