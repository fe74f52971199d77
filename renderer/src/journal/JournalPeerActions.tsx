import type { PeerPartProps } from '../peers/peer-page';

/** Prepare a conversation, debrief one (placeholder until its feature lands). */
export function JournalPeerActions(_props: PeerPartProps) {
  return null;
}
