import { maskRecord, type Masked } from '../confidential';
import type { Interaction } from '../schema/document';

/**
 * An interaction as screens see it: a confidential one comes without its summary, its
 * exchange notes and its follow-ups' text (each part that lost text marked `hidden`) until
 * the user asks to reveal it (interactions:get), like a peer's notes.
 */
export type InteractionView = Masked<Interaction>;

export const viewOf = (i: Interaction): InteractionView => maskRecord('interactions', i);
