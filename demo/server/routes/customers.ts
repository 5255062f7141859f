import { preferencesOf } from '../checkout/preferences.js';
import { runIdempotent } from '../checkout/idempotent.js';
import { sha256 } from '../checkout/secrets.js';
import { pastBookings, upcomingBookings } from '../db/bookings.js';
import { customerHistory, findCustomerProfile, insertCustomerProfile, listCustomerProfiles, type CustomerProfile, type NewCustomer } from '../db/customer-profiles.js';
import { findOrCreateGiftedCustomer, giftNewMember } from '../checkout/campaign-gifts.js';
import { deductCredits, grantCredits, insertCustomerToken } from '../db/customers.js';
import type { Queryable } from '../db/database.js';
import { newToken } from '../db/ids.js';
import { findPackages, withEffectivePolicy } from '../db/packages.js';
import { pastPurchases } from '../db/purchase-history.js';
import { openPurchases } from '../db/purchases.js';
import { readTenantSettings } from '../db/tenant-settings.js';
import { requireCustomer } from '../http/customer.js';
import { optionalIdempotencyKeyOf } from '../http/idempotency-key.js';
import { HttpProblem, notFound } from '../http/problem.js';
import type { Reply, Route } from '../http/router.js';
import { isoInstant, MS_PER_MINUTE } from '../scheduling/time.js';
import type { CreditGrant, CustomerTokenCreate, Schema } from '../../../src/wire/index.js';
import type { RouteDeps } from './context.js';
import { creditMovementRules, encodeCustomerCursor, listQueryRules, readListQuery } from './customer-requests.js';

/** The customer of a checked `POST /v1/admin/customers` body, its `locale` as a mail language. */
function newCustomerOf(body: Schema<'CustomerCreate'>): NewCustomer {
  return { name: body.name.trim(), email: body.email, phone: body.phone, country: body.country, locale: preferencesOf(body).locale };
}

/** Adds the customer, or refuses 409 `customer_exists` naming `email` and the customer who has it. */
async function addCustomer(db: Queryable, customer: NewCustomer, nowMs: number): Promise<Reply> {
  const result = await insertCustomerProfile(db, customer);
  if ('existingId' in result) {
    throw new HttpProblem(409, 'customer_exists', `The customer ${result.existingId} already has this e-mail.`, {
      errors: [{ field: 'email', code: 'already_exists', message: `email is already the address of customer ${result.existingId}.` }],
      members: { customerId: result.existingId },
    });
  }
  // A new member gets the gifts of the running new-member campaigns, in this transaction.
  const gifted = await giftNewMember(db, result.created.id, nowMs);
  const created = { ...result.created, credits: result.created.credits + gifted };
  return { status: 201, body: created, headers: { Location: `/v1/admin/customers/${created.id}` } };
}

/** Grants (`amount` > 0) or deducts (`amount` < 0) credits; a deduction past zero writes nothing. */
async function moveCredits(tx: Queryable, customerId: string, amount: number, reason: string): Promise<number> {
  if (amount > 0) {
    const credits = await grantCredits(tx, customerId, amount, reason);
    if (credits === null) throw notFound(`The customer ${customerId}`);
    return credits;
  }
  const result = await deductCredits(tx, customerId, -amount, reason);
  if ('credits' in result) return result.credits;
  if (result.refused === 'unknown_customer') throw notFound(`The customer ${customerId}`);
  throw new HttpProblem(409, 'insufficient_credits', `The balance is ${result.balance} credits; ${-amount} cannot be deducted.`, {
    errors: [{ field: 'amount', code: 'insufficient_credits', message: `amount would take the balance of ${result.balance} credits below zero.` }],
    members: { balance: result.balance },
  });
}

/**
 * Customers: added, listed and read with their history, tokens and credit movements (admin key),
 * and the signed-in customer's own view (publishable key).
 */
export function customerRoutes({ db, config }: RouteDeps): Route[] {
  const nowMs = () => config.clock().getTime();
  return [
    {
      method: 'POST',
      path: '/v1/admin/customer-tokens',
      audience: 'admin',
      handler: async (ctx) => {
        const request = ctx.body as CustomerTokenCreate;
        const now = nowMs();
        const contact = { email: request.email, name: request.name?.trim() || undefined };
        const customer = await db.transaction((tx) => findOrCreateGiftedCustomer(tx, contact, now));
        const token = newToken('ctk');
        const expiresAtMs = now + config.customerTokenMinutes * MS_PER_MINUTE;
        await insertCustomerToken(db, sha256(token), customer.id, now, expiresAtMs);
        return { status: 201, body: { token, customerId: customer.id, expiresAt: isoInstant(expiresAtMs) } };
      },
    },
    {
      method: 'POST',
      path: '/v1/admin/customers',
      audience: 'admin',
      handler: async (ctx) => {
        const customer = newCustomerOf(ctx.body as Schema<'CustomerCreate'>);
        const key = optionalIdempotencyKeyOf(ctx);
        const now = nowMs();
        if (key === undefined) return db.transaction((tx) => addCustomer(tx, customer, now));
        const write = {
          apiKeyId: ctx.apiKey?.id ?? '',
          key,
          request: `POST /v1/admin/customers\n${JSON.stringify(ctx.body)}`,
          advice: 'use a new key for a new customer.',
          headersOf: (stored: unknown) => ({ Location: `/v1/admin/customers/${(stored as CustomerProfile).id}` }),
        };
        // A taken e-mail is thrown, not stored: a retry with the key asks again.
        return runIdempotent(db, write, async (tx) => ({ reply: await addCustomer(tx, customer, now) }));
      },
    },
    {
      method: 'GET',
      path: '/v1/admin/customers',
      audience: 'admin',
      requestRules: (ctx) => listQueryRules(ctx.url.searchParams),
      handler: async (ctx) => {
        const query = readListQuery(ctx.url.searchParams);
        const rows = await listCustomerProfiles(db, { ...query, limit: query.limit + 1 });
        const page = rows.slice(0, query.limit);
        const last = page[page.length - 1];
        const nextCursor = rows.length > query.limit && last ? encodeCustomerCursor(last.key) : null;
        return { status: 200, body: { data: page.map((row) => row.customer), nextCursor } };
      },
    },
    {
      method: 'GET',
      path: '/v1/admin/customers/:customerId',
      audience: 'admin',
      handler: async (ctx) => {
        const customerId = ctx.params.customerId as string;
        // One snapshot, so that the balance and the ledger agree.
        return db.transaction(async (tx) => {
          await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
          const customer = await findCustomerProfile(tx, customerId);
          if (!customer) throw notFound(`The customer ${customerId}`);
          return { status: 200, body: { customer, ...(await customerHistory(tx, customerId, nowMs())) } };
        });
      },
    },
    {
      method: 'POST',
      path: '/v1/admin/customers/:customerId/credits',
      audience: 'admin',
      requestRules: ({ body }) => creditMovementRules(body),
      handler: async (ctx) => {
        const { amount, reason } = ctx.body as CreditGrant;
        const customerId = ctx.params.customerId as string;
        const credits = await db.transaction((tx) => moveCredits(tx, customerId, amount, reason.trim()));
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
        const [bookings, purchases, past, bought, { bookingPolicy }] = await Promise.all([
          upcomingBookings(db, customer.id, now),
          openPurchases(db, customer.id),
          pastBookings(db, customer.id, now),
          pastPurchases(db, customer.id),
          readTenantSettings(db),
        ]);
        // Their packages, archived ones too: the customer keeps booking what they bought.
        const packages = await findPackages(db, [...bookings, ...purchases, ...past].map((item) => item.packageId));
        const body: Schema<'MyBookings'> = {
          bookings,
          purchases,
          pastBookings: past,
          pastPurchases: bought,
          packages: packages.map((pkg) => withEffectivePolicy(pkg, bookingPolicy)),
        };
        return { status: 200, body };
      },
    },
  ];
}
