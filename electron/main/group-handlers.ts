import type { GROUP_CHANNELS } from '../../shared/ipc/features/groups.channels';
import type { AppSession } from './app-session';
import type { Handlers } from './dispatch';
import type { HandlerDeps } from './handlers';

type Channels = (typeof GROUP_CHANNELS)[number];

/** Peer groups and meetings, goals, opportunities and boundaries (issue 12): wiring only; the rules live in shared/domain/. */
export function groupHandlers(_session: AppSession, _deps: HandlerDeps): Pick<Handlers, Channels> {
  return {};
}
