import type { INTERACTION_CHANNELS } from '../../shared/ipc/features/interactions.channels';
import type { AppSession } from './app-session';
import type { Handlers } from './dispatch';
import type { HandlerDeps } from './handlers';

type Channels = (typeof INTERACTION_CHANNELS)[number];

/** The interaction log, life events, reciprocity, keeping in touch and Today (issue 7): wiring only; the rules live in shared/domain/. */
export function interactionHandlers(_session: AppSession, _deps: HandlerDeps): Pick<Handlers, Channels> {
  return {};
}
