/**
 * What the admin customer routes read from a request beyond openapi.yaml's checks: the listing's
 * opaque cursor and query, and the rule that a credit movement is not zero.
 */
import type { FieldError } from '../../../src/core/index.js';
import type { CustomerKey, CustomerListQuery } from '../db/customer-profiles.js';

/** The page size of the listing when `limit` is not given (openapi.yaml bounds it). */
const DEFAULT_PAGE_SIZE = 50;

const CURSOR_PREFIX = 'customers';

/** Encodes the listing position of a customer as an opaque URL-safe cursor. */
export function encodeCustomerCursor(key: CustomerKey): string {
  return Buffer.from(`${CURSOR_PREFIX}:${key.createdMicros}:${key.id}`, 'utf8').toString('base64url');
}

/** The position of a cursor made by {@link encodeCustomerCursor}, or `null` when it is not one. */
export function decodeCustomerCursor(cursor: string): CustomerKey | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const match = /^customers:(-?\d{1,19}):(cus_[a-z0-9_]{1,60})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match?.[1] && match[2] ? { createdMicros: match[1], id: match[2] } : null;
}

/** The listing's rule beyond the spec's checks of each parameter: a readable cursor. */
export function listQueryRules(query: URLSearchParams): FieldError[] {
  const cursor = query.get('cursor');
  return cursor !== null && decodeCustomerCursor(cursor) === null
    ? [{ field: 'cursor', code: 'invalid_cursor', message: 'cursor must be a nextCursor value returned by this listing.' }]
    : [];
}

/** The search, page size and position of a checked listing query. */
export function readListQuery(query: URLSearchParams): CustomerListQuery {
  const cursor = query.get('cursor');
  const after = cursor === null ? undefined : (decodeCustomerCursor(cursor) ?? undefined);
  return { search: (query.get('q') ?? '').trim(), limit: Number(query.get('limit') ?? DEFAULT_PAGE_SIZE), after };
}

/**
 * The credit movement's rules beyond the spec's checks: `amount` is not 0 (it grants or deducts),
 * and `reason` is not blank.
 */
export function creditMovementRules(body: unknown): FieldError[] {
  const { amount, reason } = (typeof body === 'object' && body !== null ? body : {}) as { amount?: unknown; reason?: unknown };
  const errors: FieldError[] = [];
  if (amount === 0) {
    errors.push({ field: 'amount', code: 'invalid_value', message: 'amount must not be 0: a positive amount grants credits, a negative one deducts them.' });
  }
  if (typeof reason === 'string' && reason.trim() === '') {
    errors.push({ field: 'reason', code: 'blank', message: 'reason must say why, with at least one character other than a space.' });
  }
  return errors;
}
