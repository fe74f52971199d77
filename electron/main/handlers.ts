import type { AppSession } from './app-session';
import type { Handlers } from './dispatch';
import { importHandlers } from './import-handlers';
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
export function createHandlers(session: AppSession, deps: HandlerDeps = { now: () => new Date(), newId: () => crypto.randomUUID() }): Handlers {
  return { ...vaultHandlers(session), ...peerHandlers(session, deps), ...importHandlers(session, deps) };
}
