import type { PeerPartProps } from '../peers/peer-page';

/** Log an interaction with this peer (placeholder until its feature lands). */
export function InteractionsPeerActions(_props: PeerPartProps) {
  return null;
}
