/**
 * Error codes that cross process boundaries (core -> main -> renderer, core -> CLI).
 * The renderer shows `message` and branches on `code`; the CLI maps codes to exit codes.
 */
export const ERROR_CODES = [
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_CODE',
  'DAMAGED',
  'NEWER_VERSION',
  'IN_USE',
  'DISK_FULL',
  'IO',
  'NOT_FOUND',
  'EXISTS',
  'LOCKED',
  'INVALID_INPUT',
  'UNSUPPORTED_FILE',
  'FORBIDDEN',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

export class CompeerError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CompeerError';
    this.code = code;
  }
  toInfo(): ErrorInfo {
    return { code: this.code, message: this.message };
  }
}

export const isCompeerError = (e: unknown): e is CompeerError => e instanceof CompeerError;
