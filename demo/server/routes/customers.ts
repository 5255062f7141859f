import { sha256 } from '../checkout/secrets.js';
import { upcomingBookings } from '../db/bookings.js';
import { findOrCreateCustomer, grantCredits, insertCustomerToken } from '../db/customers.js';
import { newToken } from '../db/ids.js';
import { openPurchases } from '../db/purchases.js';
import { requireCustomer } from '../http/customer.js';
import { notFound } from '../http/problem.js';
import type { Route } from '../http/router.js';
import { isoInstant, MS_PER_MINUTE } from '../scheduling/time.js';
import type { CreditGrant, CustomerTokenCreate } from '../../../src/wire/index.js';
import type { RouteDeps } from './context.js';

/** Customers: tokens and credits (admin key), and the signed-in customer's own view (publishable key). */
export function customerRoutes({ db, config }: RouteDeps): Route[] {
  const nowMs = () => config.clock().getTime();
  return [
    {
      method: 'POST',
      path: '/v1/admin/customer-tokens',
      audience: 'admin',
      handler: async (ctx) => {
        const request = ctx.body as CustomerTokenCreate;
        const customer = await findOrCreateCustomer(db, { email: request.email, name: request.name?.trim() || undefined });
        const token = newToken('ctk');
        const now = nowMs();
        const expiresAtMs = now + config.customerTokenMinutes * MS_PER_MINUTE;
        await insertCustomerToken(db, sha256(token), customer.id, now, expiresAtMs);
        return { status: 201, body: { token, customerId: customer.id, expiresAt: isoInstant(expiresAtMs) } };
      },
    },
    {
      method: 'POST',
      path: '/v1/admin/customers/:customerId/credits',
      audience: 'admin',
      handler: async (ctx) => {
        const { amount, reason } = ctx.body as CreditGrant;
        const customerId = ctx.params.customerId as string;
        const credits = await db.transaction((tx) => grantCredits(tx, customerId, amount, reason.trim()));
        if (credits === null) throw notFound(`The customer ${customerId}`);
        return { status: 200, body: { customerId, credits } };
      },
    },
    {
      method: 'GET',
      path: '/v1/me',
      audience: 'public',
      handler: async (ctx) => {
        const { id, email, name, credits } = await requireCustomer(db, ctx.req, nowMs(), 'GET /v1/me');
        return { status: 200, body: { id, email, name, credits } };
      },
    },
    {
      method: 'GET',
      path: '/v1/me/bookings',
      audience: 'public',
      handler: async (ctx) => {
        const now = nowMs();
        const customer = await requireCustomer(db, ctx.req, now, 'GET /v1/me/bookings');
        const [bookings, purchases] = await Promise.all([upcomingBookings(db, customer.id, now), openPurchases(db, customer.id)]);
        return { status: 200, body: { bookings, purchases } };
      },
    },
  ];
}
