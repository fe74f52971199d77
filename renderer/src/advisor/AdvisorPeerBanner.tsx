import type { PeerPartProps } from '../peers/peer-page';

/** The advisor's suggestions about this peer (placeholder until its feature lands). */
export function AdvisorPeerBanner(_props: PeerPartProps) {
  return null;
}
