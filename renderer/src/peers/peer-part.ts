import type { PeerDetail, PeerSummary } from '../../../shared/ipc/contract';

/** What every part of a peer's page receives (a leaf: the parts and the page both import it, it imports none of them). */
export interface PeerPartProps {
  peer: PeerDetail;
  peers: readonly PeerSummary[];
  /** changes whenever the vault's peers were reloaded */
  version: number;
  onChanged: () => Promise<void>;
  onOpenPeer: (id: string) => void;
}
