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

/** Exit codes, a public contract documented in README and --help. */
export const EXIT = {
  ok: 0,
  thresholdNotMet: 1,
  usage: 2,
  endpoint: 3,
  interrupted: 130,
} as const;

/** Exit code for an error caught at the top of the CLI. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof EndpointError) return EXIT.endpoint;
  return EXIT.usage;
}
