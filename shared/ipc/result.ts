import type { ErrorInfo } from '../errors';

/** What every IPC call returns: errors cross the bridge as data. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };
