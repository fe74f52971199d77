import type { PeerPartProps } from '../peers/peer-page';

/** Patterns worth a gentle word, life events to celebrate or support (placeholder until its feature lands). */
export function InteractionsPeerBanner(_props: PeerPartProps) {
  return null;
}
