/**
 * The coupon answers, read with the generated checks alone: what the spec cannot say (an expiry
 * after the start, codes unique across coupons) is the server's rule, kept by its database.
 */
import { answer } from '../../http/answer.js';
import * as wire from '../../http/wire-checks.js';

/** Parses a coupon with its codes. */
export const parseCoupon = answer(wire.Coupon);

/** Parses a page of coupons `{ data, nextCursor }`. */
export const parseCouponPage = answer(wire.CouponPage);
