/**
 * Error codes that cross process boundaries (core -> main -> renderer, core -> CLI).
 * The renderer shows `message` and branches on `code`; the CLI maps codes to exit codes.
 */
export const ERROR_CODES = [
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_CODE',
  'DAMAGED',
  /** saved changes are missing from the vault file: it is open read-only until a backup is restored or the loss accepted */
  'CHANGES_MISSING',
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

/**
 * Facts a caller can act on beside the message, plain values only (they cross IPC).
 * IN_USE: `foreign` (held by another computer: the app may offer to take it over),
 * `lockHost`, `lockPid`, `lockSince` (ISO time), `sameProcess`.
 * CHANGES_MISSING: `missing` (-1 when it cannot be told), `cause`.
 */
export type ErrorDetails = Readonly<Record<string, string | number | boolean>>;

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
}

export class CompeerError extends Error {
  readonly code: ErrorCode;
  readonly details?: ErrorDetails;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; details?: ErrorDetails }) {
    super(message, options);
    this.name = 'CompeerError';
    this.code = code;
    if (options?.details) this.details = options.details;
  }
  toInfo(): ErrorInfo {
    return this.details
      ? { code: this.code, message: this.message, details: { ...this.details } }
      : { code: this.code, message: this.message };
  }
}

export const isCompeerError = (e: unknown): e is CompeerError => e instanceof CompeerError;

/**
 * What Compeer says of anything made by a newer Compeer (a vault's file format or its data,
 * an export): one wording wherever it is met, naming what is newer and what this app reads.
 */
export function newerCompeer(what: 'vault' | 'export', version: string, readsUpTo: number): CompeerError {
  const then = what === 'vault' ? 'open it; nothing was changed' : 'import it; nothing was imported';
  return new CompeerError(
    'NEWER_VERSION',
    `This ${what} was made by a newer Compeer (${version}, this app reads up to ${readsUpTo}). Update Compeer to ${then}.`,
  );
}

/** What a schema check reports: zod's error, or anything shaped like it. */
export interface SchemaIssues {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

/**
 * The first problem a schema found, in plain words: "where: what" ("followUps.0.text: Too
 * long"). `within` is prefixed to the place ("peers[3]" gives "peers[3].name: …"); `whole` names
 * the value itself when the problem is with all of it ("record: Expected object"), else the
 * message stands alone.
 */
export function schemaProblem(error: SchemaIssues, opts: { within?: string; whole?: string } = {}): string {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  const where = opts.within ? (path ? `${opts.within}.${path}` : opts.within) : path || opts.whole;
  const what = issue?.message ?? 'invalid';
  return where ? `${where}: ${what}` : what;
}
