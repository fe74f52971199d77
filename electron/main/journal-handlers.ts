import type { JOURNAL_CHANNELS } from '../../shared/ipc/features/journal.channels';
import type { AppSession } from './app-session';
import type { Handlers } from './dispatch';
import type { HandlerDeps } from './handlers';

type Channels = (typeof JOURNAL_CHANNELS)[number];

/** The reflection journal, prep sheets, notes about peers and search (issue 8): wiring only; the rules live in shared/domain/. */
export function journalHandlers(_session: AppSession, _deps: HandlerDeps): Pick<Handlers, Channels> {
  return {};
}
