/**
 * Turns an error answer into an {@link ApiError}: RFC 9457 problem bodies give their code, detail,
 * field errors and request id; anything else (an HTML page from a proxy, an empty body) still
 * becomes an `ApiError` with the generic code `http_<status>`. Loaded by the transport only when
 * an answer has an error status.
 */
import type { FieldError } from '../core/package.js';
import { isRecord } from '../core/record.js';
import { ApiError } from './api-error.js';

const nonEmpty = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** Keeps the well-formed `{ field, code, message }` entries of a problem's `errors`. */
function fieldErrorsOf(errors: unknown): FieldError[] {
  if (!Array.isArray(errors)) return [];
  return errors
    .filter(isRecord)
    .filter((e) => typeof e.field === 'string' && typeof e.code === 'string' && typeof e.message === 'string')
    .map((e) => ({ field: e.field as string, code: e.code as string, message: e.message as string }));
}

/** Reads the body as JSON when it says it is JSON and is an object; otherwise `undefined`. */
async function readProblem(response: Response): Promise<Record<string, unknown> | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (!/\bjson\b/i.test(type)) {
    // Not awaited: a cancel can stay pending while another branch of a teed body is unread.
    void response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  try {
    const json: unknown = JSON.parse(await response.text());
    return isRecord(json) ? json : undefined;
  } catch (error) {
    // A body that is not JSON is just a non-problem answer; an aborted read must surface as such.
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** Milliseconds a `Retry-After` header asks for (delay-seconds or an HTTP date), if readable. */
export function retryAfterMs(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const ms = /^\d+$/.test(value.trim()) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/** Builds the {@link ApiError} for an answer with an error status. */
export async function toApiError(response: Response): Promise<ApiError> {
  const { status } = response;
  const problem = await readProblem(response);
  const statusText = response.statusText ? ` ${response.statusText}` : '';
  return new ApiError({
    status,
    code: nonEmpty(problem?.code) ?? `http_${status}`,
    message: nonEmpty(problem?.detail) ?? nonEmpty(problem?.title) ?? `The server answered ${status}${statusText}.`,
    fieldErrors: fieldErrorsOf(problem?.errors),
    requestId: nonEmpty(problem?.requestId) ?? response.headers.get('request-id') ?? undefined,
    retryAfterMs: retryAfterMs(response),
    problem,
  });
}
