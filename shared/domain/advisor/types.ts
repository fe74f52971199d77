import type { SuggestionKind } from '../../schema/vocabulary';

/** One fact a suggestion rests on, in words, naming the records it came from (peer, interaction, note, entry, goal, opportunity ids). */
export interface Because {
  text: string;
  refs: string[];
}

/** What acting on a suggestion does ("snooze" and "dismiss" are open to every suggestion too). */
export type SuggestionAction =
  | { type: 'log'; peerId: string }
  | { type: 'prepare'; peerId: string }
  | { type: 'introduce'; peerIds: [string, string] }
  | { type: 'share'; opportunityId: string; peerIds: string[] }
  | { type: 'form-group'; peerIds: string[]; facilitatorOrder: string[]; name: string }
  | { type: 'snooze' };

export interface Suggestion {
  /** stable: derived from the kind and the facts it is about (not from their wording) */
  id: string;
  kind: SuggestionKind;
  title: string;
  /** higher is more useful; comparable across kinds */
  score: number;
  /** the peers it is about, in the order it names them */
  peerIds: string[];
  because: Because[];
  action: SuggestionAction;
  /** a fingerprint of the facts behind it: a dismissal or snooze holds while this stays the same */
  facts: string;
}

/** What a kind's rule returns before the engine fills in the id and fingerprint. */
export interface Draft extends Omit<Suggestion, 'id' | 'facts'> {
  /** what it is about (the id is made from the kind and this) */
  key: string;
  /** the facts that, when they change, bring a dismissed suggestion back */
  facts: readonly (string | number)[];
}

export const KIND_LABEL: Record<SuggestionKind, string> = {
  'peer-identification': 'Peers to find or revive',
  'group-formation': 'A group to form',
  conversation: 'Conversations to have',
  opportunity: 'Opportunities to share',
  conflict: 'Strain to look at',
  evolution: 'How the network is changing',
  introduction: 'Introductions to make',
};
