import type { Problem } from './schemas';

export type ApiErrorKind =
  | 'unauthorized' // 401: log in
  | 'forbidden' // 403: logged in, not allowed
  | 'not-found' // 404
  | 'server' // 500 and any other error status that a retry will not fix
  | 'unavailable' // 502/503/504/429 after the retries: try again later (see retryAfterSeconds)
  | 'timeout' // no answer within timeoutMs
  | 'offline' // network error (no connection, DNS, CORS, connection reset)
  | 'invalid-response' // malformed JSON, empty body, wrong content type, schema-invalid payload
  | 'aborted'; // the caller's AbortSignal fired

export interface ApiErrorOptions {
  status?: number;
  retryAfterSeconds?: number;
  problem?: Problem;
  cause?: unknown;
}

/**
 * The one error type the client rejects with. `message` names the method, the path and what went wrong;
 * it never contains a token, a cookie or response data.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly retryAfterSeconds?: number;
  /** The problem document of an error response, when it was valid problem+json. */
  readonly problem?: Problem;

  constructor(kind: ApiErrorKind, message: string, options: ApiErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
    if (options.problem !== undefined) this.problem = options.problem;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Maps an HTTP error status to an error kind. */
export function kindForStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 502 || status === 503 || status === 504 || status === 429) return 'unavailable';
  return 'server';
}

/** The kind of anything a request can end in: an ApiError's own kind, else 'server' (an unexpected throw). */
export function errorKind(error: unknown): ApiErrorKind {
  return isApiError(error) ? error.kind : 'server';
}
