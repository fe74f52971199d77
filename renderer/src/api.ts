import type { ErrorCode, ErrorDetails } from '../../shared/errors';
import type { CompeerApi } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';

declare global {
  interface Window {
    compeer: CompeerApi;
  }
}

/** An error from main, with its code to branch on and a message to show as is. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** facts to act on beside the message (for example who holds the vault's lock) */
    readonly details?: ErrorDetails,
  ) {
    super(message);
  }
}

/** Unwrap a bridge result: the value, or an ApiError with main's plain message. */
export async function call<T>(pending: Promise<IpcResult<T>>): Promise<T> {
  const r = await pending;
  if (!r.ok) throw new ApiError(r.error.code, r.error.message, r.error.details);
  return r.value;
}

export const compeer = (): CompeerApi => window.compeer;

export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : 'Something went wrong.');
