import type { Interaction } from '../schema/document';

/**
 * An interaction as screens see it: a confidential one comes without its summary until the
 * user asks to reveal it (interactions:get), like a peer's notes.
 */
export type InteractionView = Interaction & { hidden: boolean };

export function viewOf(i: Interaction): InteractionView {
  return i.confidential && i.summary !== '' ? { ...i, summary: '', hidden: true } : { ...i, hidden: false };
}
