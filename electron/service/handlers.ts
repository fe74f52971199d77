import { advisorHandlers } from './advisor/handlers';
import type { AppSession } from './session';
import type { Handlers } from './dispatch';
import type { Channel } from '../../shared/ipc/channels';
import type { CollectionName } from '../../shared/schema/document';
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
  const table: Handlers = {
    ...vaultHandlers(session),
    ...peerHandlers(session, deps),
    ...peerPageHandlers(session, deps),
    ...importHandlers(session, deps),
    ...interactionHandlers(session, deps),
    ...journalHandlers(session, deps),
    ...groupHandlers(session, deps),
    ...advisorHandlers(session, deps),
  };
  // a call that may read the collections parsed after unlock waits for their sliced parse, so
  // it never parses a whole list in one block that every other call would wait behind
  for (const channel of Object.keys(table) as Channel[]) {
    if (NO_PARSE_NEEDED.has(channel)) continue;
    const run = table[channel] as (input: unknown) => Promise<unknown>;
    const needs = NEEDS[channel];
    (table as Record<Channel, (input: unknown) => Promise<unknown>>)[channel] = async (input) => {
      await session.parsed(needs);
      return run(input);
    };
  }
  return table;
}

/** Calls known to read only some of the collections parsed after unlock (the rest wait for all of them). */
const NEEDS: Partial<Record<Channel, readonly CollectionName[]>> = {
  // the list's check-ins come from the interaction log, not from journal or notes
  'peers:list': ['interactions'],
  // its first rows come before the log is read (peers/page.ts); it waits for the log itself
  'peers:page': [],
  'peers:get': [],
  'peers:revealNotes': [],
};

/** Calls that never read the vault's collections: answered at once, even during the parse. */
const NO_PARSE_NEEDED: ReadonlySet<Channel> = new Set<Channel>([
  'vault:state',
  'vault:create',
  'vault:unlock',
  'vault:unlockWithRecoveryCode',
  'vault:lock',
  'vault:listBackups',
  'vault:devices',
  'vault:showFolder',
]);
