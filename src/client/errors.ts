/**
 * The client's errors. Each has a literal `name`, and each guard checks that name plus a
 * distinguishing property rather than `instanceof`, so errors from another copy of apptkit or
 * another realm (an iframe) are recognised too.
 */
import type { FieldError } from '../core/package.js';

/** The server answered with an error status (a 4xx or 5xx, after any retries). */
export class ApiError extends Error {
  override name = 'ApiError' as const;
  /** The HTTP status. */
  readonly status: number;
  /** The problem's machine code (`not_found`, `validation_failed`…), or `http_<status>` for a non-problem body. */
  readonly code: string;
  /** Field-level problems of a `validation_failed` answer; empty otherwise. */
  readonly fieldErrors: readonly FieldError[];
  /** The server's request id (problem `requestId` or `Request-Id` header), for support. */
  readonly requestId: string | undefined;
  /** The raw RFC 9457 problem object, when the body was one. */
  readonly problem: Readonly<Record<string, unknown>> | undefined;
  /** How long the server asked to wait before trying again (`Retry-After`, e.g. on 429), in milliseconds. */
  readonly retryAfterMs: number | undefined;

  /** `message` is the problem's `detail`, else its `title`, else a generic sentence. */
  constructor(init: {
    status: number;
    code: string;
    message: string;
    fieldErrors?: readonly FieldError[];
    requestId?: string | undefined;
    retryAfterMs?: number | undefined;
    problem?: Readonly<Record<string, unknown>> | undefined;
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.fieldErrors = Object.freeze([...(init.fieldErrors ?? [])]);
    this.requestId = init.requestId;
    this.retryAfterMs = init.retryAfterMs;
    this.problem = init.problem;
  }
}

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

/** One place where a server answer breaks the contract. */
export interface ResponseIssue {
  /** Where in the body, e.g. `data[2].durationMinutes` (`$` is the whole body). */
  path: string;
  message: string;
}

/** The server answered 2xx, but the body does not match the contract. */
export class ResponseValidationError extends Error {
  override name = 'ResponseValidationError' as const;
  /** The URL whose answer was malformed. */
  readonly url: string;
  /** Every problem found; the message names the first. */
  readonly issues: readonly ResponseIssue[];
  /** The server's `Request-Id`, for support. */
  readonly requestId: string | undefined;

  constructor(url: string, issues: readonly ResponseIssue[], requestId?: string) {
    const first = issues[0] ?? { path: '$', message: 'the answer is malformed' };
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`The answer of ${url} does not match the API contract at ${first.path}: ${first.message}${more}`);
    this.url = url;
    this.issues = Object.freeze([...issues]);
    this.requestId = requestId;
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
