/**
 * The errors of an HTTP exchange, shared by the widget's client and the admin SDK (each re-exports
 * them). Each has a literal `name`, and each guard checks that name plus a distinguishing property
 * rather than `instanceof`, so errors from another copy of apptkit or another realm (an iframe)
 * are recognised too. `ApiError` and `ResponseValidationError` live in modules of their own, which
 * the transport loads only when an answer needs one: the widget's first load does without them.
 */
import type { ApiError } from './api-error.js';
import type { ResponseValidationError } from './response-validation-error.js';

export { ApiError } from './api-error.js';
export { ResponseValidationError, type ResponseIssue } from './response-validation-error.js';

/** The request never got an answer: offline, DNS, TLS, CORS refusal… The fetch error is the `cause`. */
export class NetworkError extends Error {
  override name = 'NetworkError' as const;
  /** The URL that could not be reached. */
  readonly url: string;

  constructor(url: string, cause: unknown) {
    super(`Could not reach ${url}: ${cause instanceof Error ? cause.message : String(cause)}.`, { cause });
    this.url = url;
  }
}

/** No answer arrived within `timeoutMs`. */
export class TimeoutError extends Error {
  override name = 'TimeoutError' as const;
  /** The URL that did not answer in time. */
  readonly url: string;
  /** The time allowed, in milliseconds. */
  readonly timeoutMs: number;

  constructor(url: string, timeoutMs: number) {
    super(`${url} did not answer within ${timeoutMs} ms.`);
    this.url = url;
    this.timeoutMs = timeoutMs;
  }
}

const hasName = (error: unknown, name: string): error is Record<string, unknown> =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;

/** Whether `error` is an {@link ApiError}, from any realm or copy of apptkit. */
export function isApiError(error: unknown): error is ApiError {
  return hasName(error, 'ApiError') && typeof error.status === 'number' && typeof error.code === 'string';
}

/** Whether `error` is a {@link NetworkError}, from any realm or copy of apptkit. */
export function isNetworkError(error: unknown): error is NetworkError {
  return hasName(error, 'NetworkError') && typeof error.url === 'string';
}

/**
 * Whether `error` is the client's {@link TimeoutError}. A `DOMException` named `TimeoutError`
 * (from a caller's `AbortSignal.timeout()`) is not: that one is the caller's own abort reason.
 */
export function isTimeoutError(error: unknown): error is TimeoutError {
  return hasName(error, 'TimeoutError') && typeof error.timeoutMs === 'number';
}

/** Whether `error` is a {@link ResponseValidationError}, from any realm or copy of apptkit. */
export function isResponseValidationError(error: unknown): error is ResponseValidationError {
  return hasName(error, 'ResponseValidationError') && Array.isArray(error.issues);
}
