import { CompeerError, isCompeerError } from '../../shared/errors';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import { contract, type ParsedInput, type Result } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';

/** One handler per channel; a channel without one does not compile. */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<Result<C>> };

const known = new Set<string>(CHANNELS);

/**
 * The one entry point for every call from the renderer (Electron's ipcMain.handle and the
 * browser harness both call it): unknown channels are refused, input is parsed against the
 * contract before any handler runs, and errors come back as data with a plain message.
 */
export async function dispatch(handlers: Handlers, channel: unknown, input: unknown): Promise<IpcResult<unknown>> {
  if (typeof channel !== 'string' || !known.has(channel)) {
    return { ok: false, error: { code: 'FORBIDDEN', message: 'Unknown request.' } };
  }
  const c = channel as Channel;
  const parsed = contract[c].input.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { ok: false, error: { code: 'INVALID_INPUT', message: `${where}${issue?.message ?? 'invalid input'}` } };
  }
  try {
    const handler = handlers[c] as (i: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    if (isCompeerError(e)) return { ok: false, error: e.toInfo() };
    // Never echo an unexpected error's text: it could carry confidential data.
    console.error(`compeer: ${c} failed: ${e instanceof Error ? e.name : 'error'}`);
    return { ok: false, error: new CompeerError('INTERNAL', 'Something went wrong inside Compeer. Nothing was changed.').toInfo() };
  }
}
