// One root error type; the CLI maps each class to an exit code and a hint, callers branch on instanceof.

/** Root of every error needle throws on purpose. */
export class NeedleError extends Error {
  /** What the user can do about it, printed as `hint:`. */
  readonly hint?: string;
  /** Requests sent before giving up, when the error ends a request (set by the model client). */
  attempts?: number;
  constructor(message: string, options?: { hint?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.hint = options?.hint;
  }
}

/** Bad flags, config or input files. Exit code 2. */
export class UsageError extends NeedleError {}

/** Endpoint unreachable or credentials rejected: nothing useful can be sent. Exit code 3. */
export class EndpointError extends NeedleError {
  readonly status?: number;
  readonly requestId?: string;
  readonly url?: string;
  constructor(message: string, options?: { hint?: string; cause?: unknown; status?: number; requestId?: string; url?: string }) {
    super(message, options);
    this.status = options?.status;
    this.requestId = options?.requestId;
    this.url = options?.url;
  }
}

/**
 * The run folder cannot be used: another needle process holds it, or it cannot be created or written
 * (a file, below a file, read-only, disk full). Exit code 4.
 */
export class RunFolderError extends NeedleError {}

/** The prompt did not fit the model's context (or the server truncated it). Recorded as status `overflow`. */
export class ContextOverflowError extends NeedleError {
  readonly status?: number;
  constructor(message: string, options?: { status?: number; cause?: unknown }) {
    super(message, options);
    this.status = options?.status;
  }
}

/** One request failed (after retries, or with a non-retryable status). Recorded as status `error`. */
export class RequestError extends NeedleError {
  readonly status?: number;
  readonly requestId?: string;
  constructor(message: string, options?: { status?: number; requestId?: string; cause?: unknown }) {
    super(message, options);
    this.status = options?.status;
    this.requestId = options?.requestId;
  }
}

/** Exit codes, a public contract documented in README and --help: codes are added, never renumbered. */
export const EXIT = {
  ok: 0,
  thresholdNotMet: 1,
  usage: 2,
  endpoint: 3,
  /** The run folder is held by another needle process, or cannot be created or written. */
  runFolder: 4,
  /** An unexpected internal error: a bug in needle. */
  internal: 5,
  /** SIGHUP (the terminal closed): finished trials are on disk, as with Ctrl-C. */
  hangup: 129,
  interrupted: 130,
  /** SIGTERM (CI cancelling a job, `timeout`, Kubernetes): finished trials are on disk, as with Ctrl-C. */
  terminated: 143,
} as const;

/** File-system error codes that mean a path cannot be read or written (not a bug). */
const FILE_SYSTEM_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOTDIR', 'EISDIR', 'EEXIST', 'ENOENT', 'EIO', 'EMFILE', 'ENAMETOOLONG']);

/** True for a Node file-system error (it has a syscall, a path and a known code). */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { path: string } {
  const e = error as NodeJS.ErrnoException | null;
  return !!e && typeof e === 'object' && typeof e.code === 'string' && FILE_SYSTEM_CODES.has(e.code) && typeof e.path === 'string';
}

/** Exit code for an error caught at the top of the CLI. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError) return EXIT.usage;
  // A request that failed outside any trial (counting tokens while planning, a batch job) is the endpoint's failure.
  if (error instanceof EndpointError || error instanceof RequestError || error instanceof ContextOverflowError) return EXIT.endpoint;
  if (error instanceof RunFolderError || isFileSystemError(error)) return EXIT.runFolder;
  if (error instanceof NeedleError) return EXIT.usage;
  return EXIT.internal;
}
