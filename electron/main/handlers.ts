import { advisorHandlers } from './advisor-handlers';
import type { AppSession } from './app-session';
import type { Handlers } from './dispatch';
import { groupHandlers } from './group-handlers';
import { importHandlers } from './import-handlers';
import { interactionHandlers } from './interaction-handlers';
import { journalHandlers } from './journal-handlers';
import { peerHandlers } from './peer-handlers';
import { vaultHandlers } from './vault-handlers';

export interface HandlerDeps {
  now: () => Date;
  newId: () => string;
}

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
    ...importHandlers(session, deps),
    ...interactionHandlers(session, deps),
    ...journalHandlers(session, deps),
    ...groupHandlers(session, deps),
    ...advisorHandlers(session, deps),
  };
}
