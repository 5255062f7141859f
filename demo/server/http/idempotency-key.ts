import { validationProblem, type HttpProblem } from './problem.js';
import type { RequestContext } from './router.js';

/**
 * The request's `Idempotency-Key`, which openapi.yaml's checks have already read (1–255 visible
 * ASCII characters; a missing one where the operation requires it is a 400), or `undefined`.
 */
export function optionalIdempotencyKeyOf(ctx: Pick<RequestContext, 'req'>): string | undefined {
  const header = ctx.req.headers['idempotency-key'];
  return Array.isArray(header) ? header.join(',') : header;
}

/** The `Idempotency-Key` of an operation that requires one (its absence was answered before the handler). */
export function idempotencyKeyOf(ctx: Pick<RequestContext, 'req'>): string {
  return optionalIdempotencyKeyOf(ctx) ?? '';
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
