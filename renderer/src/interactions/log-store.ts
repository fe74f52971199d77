import { useSyncExternalStore } from 'react';
import type { Exchange, Interaction } from '../../../shared/schema/document';
import type { InteractionChannel, InteractionPurpose } from '../../../shared/schema/vocabulary';

/** An exchange to start with: weight 1 and no note unless given. */
export type ExchangeDraft = Pick<Exchange, 'direction' | 'kind'> & Partial<Pick<Exchange, 'weight' | 'peerId' | 'note'>>;

/**
 * What opens the Log interaction dialog: new, with peers (and a purpose, channel,
 * exchanges…) preselected, or an existing interaction to edit.
 */
export interface LogRequest {
  /** peers to start with (a peer's page, a Today item, the journal's debrief) */
  peerIds?: string[];
  date?: string;
  channel?: InteractionChannel;
  purpose?: InteractionPurpose;
  summary?: string;
  exchanges?: ExchangeDraft[];
  /** an interaction to edit (its full text, fetched with interactions:get) */
  edit?: Interaction;
  /** called after a save, with the saved interaction's id */
  onSaved?: (id: string) => void;
}

type Listener = () => void;
/** the open request, with a number of its own so every opening gets a fresh form */
let current: { request: LogRequest; seq: number } | null = null;
let seq = 0;
const listeners = new Set<Listener>();
const notify = () => listeners.forEach((l) => l());

/**
 * Open the Log interaction dialog from anywhere in the unlocked app (InteractionsGlobal
 * shows it): `openLogInteraction({ peerIds: [id] })`.
 */
export function openLogInteraction(request: LogRequest = {}): void {
  current = { request, seq: ++seq };
  notify();
}

export function closeLogInteraction(): void {
  current = null;
  notify();
}

const subscribe = (l: Listener) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export const useLogRequest = (): { request: LogRequest; seq: number } | null => useSyncExternalStore(subscribe, () => current);
