/**
 * `admin.coupons`: coupons over `/v1/admin/coupons` on the admin client's transport — gift credits
 * or a percentage discount, with generated codes or one named code. Inputs are checked with
 * core's coupon rules (the server's) before sending.
 */
import type { FieldError } from '../../core/package.js';
import { validateCoupon, type Coupon, type CouponAppliesTo, type CouponCreate, type CouponInput, type CouponValue } from '../../core/validate-coupon.js';
import type { Send } from '../availability/api.js';
import { requireId, shown } from '../args.js';
import { ValidationError } from '../errors.js';
import { idempotencyKeyOf } from '../idempotency.js';
import type { AdminRequestOptions, CreateOptions } from '../types.js';
import type * as Wire from '../../wire/index.js';
import { parseCoupon, parseCouponPage } from './parse.js';

export type { Coupon, CouponAppliesTo, CouponCreate, CouponInput, CouponValue };

/** One page of coupons, newest first; `nextCursor` is `null` on the last page. */
export type CouponPage = Wire.Schema<'CouponPage'>;

/** A page request of `admin.coupons.list`; every field is optional. */
export interface CouponListQuery {
  /** Only coupons whose `active` flag is `true` (or `false`). */
  active?: boolean;
  /** Page size, integer 1–200. Default 50 (the server's). */
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

/** `admin.coupons`: coupons with their codes, each code's uses counted. */
export interface CouponsApi {
  /**
   * Creates a coupon, sent with an `Idempotency-Key`: `count` unguessable codes such as
   * `K7QM-X2RD-9HTP`, or the one named `code` (stored uppercase; a code already taken rejects with
   * an `ApiError` naming `code`, code `code_taken`). Resolves with the coupon and its codes.
   *
   * @example
   * const spring = await admin.coupons.create({
   *   title: 'Spring', count: 50, value: { percentOff: 15 }, totalUses: 1,
   *   startsAt: '2026-03-01T00:00:00Z', expiresAt: '2026-04-01T00:00:00Z',
   * });
   * const codes = spring.codes.map((each) => each.code);
   */
  create(input: CouponCreate, options?: CreateOptions): Promise<Coupon>;
  /**
   * One page of coupons matching `query`, newest first (ties by id).
   *
   * @example
   * const { data, nextCursor } = await admin.coupons.list({ active: true, limit: 20 });
   */
  list(query?: CouponListQuery, options?: AdminRequestOptions): Promise<CouponPage>;
  /** One coupon with its codes and their uses; rejects with an `ApiError` of code `not_found` when there is none. */
  get(id: string, options?: AdminRequestOptions): Promise<Coupon>;
  /**
   * Deactivates a coupon now: its codes are refused from then on, uses already made keep their
   * discount. Deactivating an inactive coupon resolves the same. Resolves with the coupon.
   */
  deactivate(id: string, options?: AdminRequestOptions): Promise<Coupon>;
}

/** Page size bounds of `GET /v1/admin/coupons`. */
const PAGE_SIZE = { min: 1, max: 200 } as const;

function checkQuery(query: CouponListQuery): Record<string, string | undefined> {
  if (typeof query !== 'object' || query === null) throw new TypeError('The coupon listing query must be an object.');
  const { active, limit, cursor } = query;
  const errors: FieldError[] = [];
  if (active !== undefined && typeof active !== 'boolean') {
    errors.push({ field: 'active', code: 'invalid_type', message: `active must be true or false (got ${shown(active)}).` });
  }
  if (limit !== undefined && (!Number.isInteger(limit) || limit < PAGE_SIZE.min || limit > PAGE_SIZE.max)) {
    errors.push({ field: 'limit', code: 'out_of_range', message: `limit must be an integer from ${PAGE_SIZE.min} to ${PAGE_SIZE.max} (got ${shown(limit)}).` });
  }
  if (cursor !== undefined && (typeof cursor !== 'string' || cursor === '')) {
    errors.push({ field: 'cursor', code: 'invalid_cursor', message: 'cursor must be a nextCursor value returned by a previous page.' });
  }
  if (errors.length > 0) throw new ValidationError('The coupon listing query', errors);
  return { active: active === undefined ? undefined : String(active), limit: limit === undefined ? undefined : String(limit), cursor };
}

const itemPath = (id: string) => `v1/admin/coupons/${encodeURIComponent(requireId('id', id))}`;

/** The coupon methods of an admin client, sending through `send`. */
export function createCouponsApi(send: Send): CouponsApi {
  return Object.freeze({
    create: async (input: CouponCreate, { signal, idempotencyKey }: CreateOptions = {}) => {
      const result = validateCoupon(input);
      if (!result.ok) throw new ValidationError('The coupon', result.errors);
      const key = idempotencyKeyOf(idempotencyKey);
      return send({ method: 'POST', path: 'v1/admin/coupons', json: result.value, headers: { 'idempotency-key': key }, signal, parse: parseCoupon });
    },
    list: async (query: CouponListQuery = {}, { signal }: AdminRequestOptions = {}) =>
      send({ method: 'GET', path: 'v1/admin/coupons', search: checkQuery(query), signal, parse: parseCouponPage }),
    get: async (id: string, { signal }: AdminRequestOptions = {}) => send({ method: 'GET', path: itemPath(id), signal, parse: parseCoupon }),
    deactivate: async (id: string, { signal }: AdminRequestOptions = {}) => send({ method: 'POST', path: `${itemPath(id)}/deactivate`, signal, parse: parseCoupon }),
  } satisfies CouponsApi);
}
