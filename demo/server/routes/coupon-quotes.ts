import type { FieldError } from '../../../src/core/node.js';
import { redeemCoupon, type Purchasable } from '../checkout/coupon-redemption.js';
import { quoteTargetOf } from '../checkout/requests.js';
import { findCreditPackage } from '../db/credit-packages.js';
import { customerIdByEmail } from '../db/customers.js';
import type { Queryable } from '../db/database.js';
import { findPackage } from '../db/packages.js';
import { optionalCustomer } from '../http/customer.js';
import { validationProblem } from '../http/problem.js';
import type { Route } from '../http/router.js';
import type * as Wire from '../../../src/wire/index.js';
import type { RouteDeps } from './context.js';

type QuoteRequest = Wire.Schema<'CouponQuoteRequest'>;

const refuse = (field: string, code: string, message: string) => validationProblem([{ field, code, message } satisfies FieldError]);

/** What the quote prices, as the purchase would find it: on sale, and sold for the method asked. */
async function purchasableOf(db: Queryable, body: QuoteRequest): Promise<Purchasable> {
  const parsed = quoteTargetOf(body);
  if (!parsed.ok) throw validationProblem(parsed.errors);
  const target = parsed.value;
  if ('creditPackageId' in target) {
    const pkg = await findCreditPackage(db, target.creditPackageId);
    if (!pkg) throw refuse('creditPackageId', 'not_found', `creditPackageId "${target.creditPackageId}" is not a credit package of this tenant.`);
    if (!pkg.active) throw refuse('creditPackageId', 'not_on_sale', `Credit package ${pkg.id} is not on sale.`);
    return { kind: 'credit_package', pkg };
  }
  const pkg = await findPackage(db, target.packageId);
  if (!pkg) throw refuse('packageId', 'not_found', `packageId "${target.packageId}" is not a package of this tenant.`);
  if (pkg.archived) throw refuse('packageId', 'package_archived', `packageId "${pkg.id}" is archived: it is no longer on sale.`);
  const method = body.method ?? 'card';
  if (method === 'credits' && pkg.credits === null) throw refuse('method', 'not_sold_for_credits', `Package ${pkg.id} is not sold for credits; pay by card.`);
  return { kind: 'package', pkg, method: pkg.fee === 0 && method === 'card' ? 'free' : method };
}

/**
 * `POST /v1/coupon-quotes`: what a purchase with a coupon code would charge now, by the rules the
 * purchase applies, without writing anything or taking a use.
 */
export function couponQuoteRoutes({ db, config }: RouteDeps): Route[] {
  return [
    {
      method: 'POST',
      path: '/v1/coupon-quotes',
      audience: 'public',
      handler: async (ctx) => {
        const nowMs = config.clock().getTime();
        const body = ctx.body as QuoteRequest;
        const item = await purchasableOf(db, body);
        const signedIn = await optionalCustomer(db, ctx.req, nowMs);
        const customerId = signedIn?.id ?? (body.guestEmail === undefined ? null : await customerIdByEmail(db, body.guestEmail));
        const redemption = await redeemCoupon(db, body.couponCode, item, customerId, { nowMs, lock: false });
        const quote: Wire.Schema<'CouponQuote'> = {
          couponCode: redemption.code,
          method: item.kind === 'package' && item.method === 'credits' ? 'credits' : 'card',
          currency: item.pkg.currency,
          price: redemption.price,
          ...(redemption.campaign ? { campaignPrice: redemption.campaign.amount } : {}),
          amount: redemption.amount,
          discount: redemption.discount,
          ...(redemption.giftCredits === null ? {} : { giftCredits: redemption.giftCredits }),
        };
        return { status: 200, body: quote };
      },
    },
  ];
}
