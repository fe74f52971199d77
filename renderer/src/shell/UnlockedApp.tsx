import { DataProvider } from '../data/queries';
import { PeerStoreProvider } from '../peers/peer-store';
import { AppLayout } from './AppLayout';

/**
 * The app once the vault is open: the shell, its pages and what they keep (the data cache, the peer list).
 * Its own chunk (App.tsx), so the unlock screen loads none of it; a fresh one on every unlock.
 */
export function UnlockedApp() {
  return (
    <DataProvider>
      <PeerStoreProvider>
        <AppLayout />
      </PeerStoreProvider>
    </DataProvider>
  );
}
