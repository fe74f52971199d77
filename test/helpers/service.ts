import { join } from 'node:path';
import { dispatch } from '../../electron/service/dispatch';
import { createHandlers } from '../../electron/service/handlers';
import { AppSession } from '../../electron/service/session';
import type { Channel } from '../../shared/ipc/channels';
import { TEST_KDF } from './kdf';

/**
 * The vault service as its worker runs it, for a vault file in `dir` not made yet: the session,
 * its handler table, `call` (a request through dispatch, as the renderer's arrives: its value,
 * or an Error "CODE: message") and `fail` (the error of a request that must be refused).
 * Given a clock, the handlers read it and number new ids id1, id2…; without, the real ones.
 */
export function serviceIn(dir: string, now?: () => Date, file = 'v.compeer') {
  const session = new AppSession({ vaultPath: join(dir, file), kdf: TEST_KDF, emit: () => undefined });
  let n = 0;
  const handlers = createHandlers(session, now ? { now, newId: () => `id${++n}` } : undefined);
  const call = async <T = never>(channel: Channel, input?: unknown): Promise<T> => {
    const r = await dispatch(handlers, channel, input);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const fail = async (channel: Channel, input?: unknown) => {
    const r = await dispatch(handlers, channel, input);
    if (r.ok) throw new Error('expected a failure');
    return r.error;
  };
  return { session, handlers, call, fail };
}
