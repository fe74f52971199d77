import { advisorHandlers } from './advisor/handlers';
import type { AppSession } from './session';
import type { Handlers } from './dispatch';
import type { HandlerDeps } from './handler-deps';
import { groupHandlers } from './groups/handlers';
import { importHandlers } from './imports/handlers';
import { interactionHandlers } from './interactions/handlers';
import { journalHandlers } from './journal/handlers';
import { peerHandlers } from './peers/handlers';
import { peerPageHandlers } from './peers/page';
import { vaultHandlers } from './vault/handlers';

/**
 * The main-process handler table. No Electron here: the browser harness runs this very
 * table in the test process. A channel without a handler does not compile.
 */
export function createHandlers(
  session: AppSession,
  deps: HandlerDeps = { now: () => new Date(), newId: () => crypto.randomUUID() },
): Handlers {
  return {
    ...vaultHandlers(session),
    ...peerHandlers(session, deps),
    ...peerPageHandlers(session, deps),
    ...importHandlers(session, deps),
    ...interactionHandlers(session, deps),
    ...journalHandlers(session, deps),
    ...groupHandlers(session, deps),
    ...advisorHandlers(session, deps),
  };
}
