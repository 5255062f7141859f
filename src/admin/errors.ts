/**
 * The admin SDK's own errors and guards. Server answers keep the errors it shares with the client
 * (`ApiError`, `NetworkError`, `TimeoutError`, `ResponseValidationError` from `src/http/errors.ts`); two
 * cases get more:
 *
 * - {@link ValidationError}: the SDK refused an input before sending anything. It carries the
 *   same `fieldErrors` (and the same `code`, `validation_failed`) as the server's 422 `ApiError`
 *   would, but no `status`, because no request was made. Use {@link fieldErrorsOf} to read the
 *   field errors of either.
 * - {@link VersionConflictError}: the server's 412 `version_conflict`, an `ApiError` that also
 *   exposes the resource's `currentVersion` (a package's, an availability's). Recognise it with {@link isVersionConflict}.
 *
 * Guards check `name` plus a distinguishing property rather than `instanceof`, so errors from
 * another realm or another copy of apptkit are recognised too.
 */
import type { FieldError } from '../core/package.js';
import { ApiError, isApiError } from '../http/errors.js';

/** An input was refused before sending: nothing reached the server. */
export class ValidationError extends Error {
  override name = 'ValidationError' as const;
  /** Always `validation_failed`, as in the server's 422 answer. */
  readonly code = 'validation_failed' as const;
  /** Every problem found, each naming its field (`durationMinutes`, `expertId`, `ids[2]`…). */
  readonly fieldErrors: readonly FieldError[];

  /** The message names the first problem and counts the rest. */
  constructor(what: string, fieldErrors: readonly FieldError[]) {
    const first = fieldErrors[0];
    const more = fieldErrors.length > 1 ? ` (and ${fieldErrors.length - 1} more)` : '';
    super(`${what} is invalid: ${first ? first.message : 'unknown problem'}${more}`);
    this.fieldErrors = Object.freeze(fieldErrors.map((error) => Object.freeze({ ...error })));
  }
}

/** The server refused a write with 412 because the package (or availability) changed since `If-Match`'s version. */
export class VersionConflictError extends ApiError {
  /** The version on the server now: reload, re-apply the change, and send this version. */
  readonly currentVersion: number;

  constructor(error: ApiError, currentVersion: number) {
    super({
      status: error.status,
      code: error.code,
      message: error.message,
      fieldErrors: error.fieldErrors,
      requestId: error.requestId,
      problem: error.problem,
    });
    this.currentVersion = currentVersion;
  }
}

const hasName = (error: unknown, name: string): error is Record<string, unknown> =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;

/** Whether `error` is a {@link ValidationError} (an input refused before sending), from any realm. */
export function isValidationError(error: unknown): error is ValidationError {
  return hasName(error, 'ValidationError') && error.code === 'validation_failed' && Array.isArray(error.fieldErrors);
}

/**
 * Whether `error` is the server's 412 `version_conflict`, with the current version of what was written.
 *
 * @example
 * try {
 *   await admin.packages.update(id, { fee: 9900 }, { version: 3 });
 * } catch (error) {
 *   if (isVersionConflict(error)) showReload(`Someone else saved version ${error.currentVersion}.`);
 *   else throw error;
 * }
 */
export function isVersionConflict(error: unknown): error is VersionConflictError {
  return isApiError(error) && error.code === 'version_conflict' && Number.isInteger((error as { currentVersion?: unknown }).currentVersion);
}

/**
 * The field errors of a {@link ValidationError} or of an `ApiError` (a 422 `validation_failed`);
 * an empty list for anything else.
 */
export function fieldErrorsOf(error: unknown): readonly FieldError[] {
  if (isValidationError(error) || isApiError(error)) return error.fieldErrors;
  return [];
}

/** Turns the server's 412 `ApiError` into a {@link VersionConflictError} when it names the current version. */
export function withConflictVersion(error: unknown): unknown {
  if (!isApiError(error) || error.code !== 'version_conflict') return error;
  const current = error.problem?.currentVersion;
  return typeof current === 'number' && Number.isInteger(current) ? new VersionConflictError(error, current) : error;
}
