/** The error of an answer with an error status; see `errors.ts` for the others and the guards. */
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
