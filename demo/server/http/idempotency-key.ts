import { HttpProblem, validationProblem } from './problem.js';

/**
 * Reads an optional `Idempotency-Key` header: 1–255 visible ASCII characters.
 * Throws 422 on field `Idempotency-Key` when malformed.
 */
export function readIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? header.join(',') : header;
  if (/^[\x21-\x7e]{1,255}$/.test(key)) return key;
  throw validationProblem([
    {
      field: 'Idempotency-Key',
      code: 'invalid_format',
      message: 'Idempotency-Key must be 1–255 visible ASCII characters, e.g. a UUID.',
    },
  ]);
}

/** Like {@link readIdempotencyKey}, but a missing key is a 400 `idempotency_key_required`. */
export function requireIdempotencyKey(header: string | string[] | undefined, what: string): string {
  const key = readIdempotencyKey(header);
  if (key === undefined) {
    throw new HttpProblem(
      400,
      'idempotency_key_required',
      `Send an Idempotency-Key header (e.g. a UUID) with ${what}, so that a retry cannot do it twice.`,
    );
  }
  return key;
}

/** The 422 answer to a key reused for a different request. */
export function idempotencyKeyReused(advice: string): HttpProblem {
  return validationProblem([
    {
      field: 'Idempotency-Key',
      code: 'reused',
      message: `This Idempotency-Key was already used for a different request; ${advice}`,
    },
  ]);
}
