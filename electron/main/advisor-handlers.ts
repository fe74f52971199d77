import type { ADVISOR_CHANNELS } from '../../shared/ipc/features/advisor.channels';
import type { AppSession } from './app-session';
import type { Handlers } from './dispatch';
import type { HandlerDeps } from './handlers';

type Channels = (typeof ADVISOR_CHANNELS)[number];

/** The offline advisor (issue 13): wiring only; the rules live in shared/domain/. */
export function advisorHandlers(_session: AppSession, _deps: HandlerDeps): Pick<Handlers, Channels> {
  return {};
}
