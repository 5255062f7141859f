import type { FieldError } from '../../../src/core/index.js';
import { validateCoupon } from '../../../src/core/validate-coupon.js';
import { runIdempotent } from '../checkout/idempotent.js';
import { deactivateCoupon, findCoupon, insertCoupon, listCoupons, type Coupon, type CouponInput, type CouponKey } from '../db/coupons.js';
import type { Queryable } from '../db/database.js';
import { findExpert } from '../db/experts.js';
import { decodeInstantCursor, encodeInstantCursor, INVALID_CURSOR } from '../http/cursor.js';
import { optionalIdempotencyKeyOf } from '../http/idempotency-key.js';
import { notFound, validationProblem } from '../http/problem.js';
import type { Reply, RequestContext, Route } from '../http/router.js';
import type { RouteDeps } from './context.js';

const DEFAULT_PAGE = 50;

const location = (coupon: Coupon) => ({ Location: `/v1/admin/coupons/${coupon.id}` });

const encodeKey = (key: CouponKey): string => encodeInstantCursor([key.createdAt, key.id]);

/** The listing position a `cursor` names, or `null` when it is not one of this listing's. */
function decodeKey(cursor: string): CouponKey | null {
  const key = decodeInstantCursor(cursor);
  return key && { createdAt: key[0], id: key[1] };
}

/** What the spec cannot say of a coupon's `expertIds`: each names an expert of the tenant. */
async function expertErrors(db: Queryable, input: CouponInput): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  for (const [index, id] of (input.expertIds ?? []).entries()) {
    const field = `expertIds[${index}]`;
    if (!(await findExpert(db, id))) errors.push({ field, code: 'not_found', message: `${field} "${id}" is not an expert of this tenant.` });
  }
  return errors;
}

/** A checked coupon input whose experts exist, or the 422 naming every bad field. */
async function checkedInput(db: Queryable, body: unknown): Promise<CouponInput> {
  const result = validateCoupon(body);
  if (!result.ok) throw validationProblem(result.errors);
  const errors = await expertErrors(db, result.value);
  if (errors.length > 0) throw validationProblem(errors);
  return result.value;
}

/**
 * Coupons (admin key): created with `count` generated codes or one named code (an optional
 * `Idempotency-Key` replays a retry), listed a page at a time, read with their codes' uses, and
 * deactivated. Uses are counted at the server's clock.
 */
export function couponRoutes({ db, config }: RouteDeps): Route[] {
  const idOf = (ctx: RequestContext) => ctx.params.couponId as string;
  const nowMs = () => config.clock().getTime();

  /** Inserts the coupon in `tx`; a named code already taken is a 422 (rolling the coupon back). */
  const create = async (tx: Queryable, input: CouponInput): Promise<Reply> => {
    const created = await insertCoupon(tx, input, nowMs());
    if (created === 'code_taken') {
      throw validationProblem([{ field: 'code', code: 'code_taken', message: `code "${String(input.code)}" is already a code of a coupon; choose another.` }]);
    }
    return { status: 201, body: created, headers: location(created) };
  };

  return [
    {
      method: 'GET',
      path: '/v1/admin/coupons',
      audience: 'admin',
      handler: async (ctx) => {
        const query = ctx.url.searchParams;
        const cursor = query.get('cursor');
        const after = cursor === null ? undefined : decodeKey(cursor);
        if (after === null) throw validationProblem([INVALID_CURSOR]);
        const limit = Number(query.get('limit') ?? DEFAULT_PAGE);
        const activeText = query.get('active');
        const page = await listCoupons(db, { active: activeText === null ? undefined : activeText === 'true', limit: limit + 1, after }, nowMs());
        const data = page.slice(0, limit);
        const last = data[data.length - 1];
        const nextCursor = page.length > limit && last ? encodeKey({ createdAt: last.createdAt, id: last.id }) : null;
        return { status: 200, body: { data, nextCursor } };
      },
    },
    {
      method: 'POST',
      path: '/v1/admin/coupons',
      audience: 'admin',
      // The rule table is core's, shared with the admin SDK.
      requestRules: ({ body }) => {
        const result = validateCoupon(body);
        return result.ok ? [] : result.errors;
      },
      handler: async (ctx) => {
        const key = optionalIdempotencyKeyOf(ctx);
        const body = ctx.body;
        const input = await checkedInput(db, body);
        if (key === undefined) return db.transaction((tx) => create(tx, input));
        const write = {
          apiKeyId: ctx.apiKey?.id ?? '',
          key,
          request: `POST /v1/admin/coupons\n${JSON.stringify(body)}`,
          advice: 'use a new key for a new coupon.',
          headersOf: (stored: unknown) => location(stored as Coupon),
        };
        return runIdempotent(db, write, async (tx) => ({ reply: await create(tx, input) }));
      },
    },
    {
      method: 'GET',
      path: '/v1/admin/coupons/:couponId',
      audience: 'admin',
      handler: async (ctx) => {
        const coupon = await findCoupon(db, idOf(ctx), nowMs());
        if (!coupon) throw notFound(`Coupon "${idOf(ctx)}"`);
        return { status: 200, body: coupon };
      },
    },
    {
      method: 'POST',
      path: '/v1/admin/coupons/:couponId/deactivate',
      audience: 'admin',
      handler: async (ctx) => {
        const coupon = await deactivateCoupon(db, idOf(ctx), nowMs());
        if (!coupon) throw notFound(`Coupon "${idOf(ctx)}"`);
        return { status: 200, body: coupon };
      },
    },
  ];
}
