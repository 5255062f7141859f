import { runIdempotent } from '../checkout/idempotent.js';
import type { Queryable } from '../db/database.js';
import { phoneBalance, topUpPhoneBalance } from '../db/phone-balance.js';
import { optionalIdempotencyKeyOf } from '../http/idempotency-key.js';
import type { Route } from '../http/router.js';
import type { PhoneTopUp } from '../../../src/wire/index.js';
import type { RouteDeps } from './context.js';

const balanceBody = (balance: number) => ({ balance, currency: 'USD' as const });

/**
 * The tenant's USD phone balance (admin key). The reference server has no phone provider to pay:
 * a top-up is test mode and simply adds to the balance, recording a ledger row.
 */
export function phoneBalanceRoutes({ db }: RouteDeps): Route[] {
  const topUp = async (tx: Queryable, amount: number) => ({
    reply: { status: 200, body: balanceBody(await topUpPhoneBalance(tx, amount, 'top-up (test mode)')) },
  });
  return [
    {
      method: 'GET',
      path: '/v1/admin/phone-balance',
      audience: 'admin',
      handler: async () => ({ status: 200, body: balanceBody(await phoneBalance(db)) }),
    },
    {
      method: 'POST',
      path: '/v1/admin/phone-balance/top-ups',
      audience: 'admin',
      handler: async (ctx) => {
        const key = optionalIdempotencyKeyOf(ctx);
        const body = ctx.body as PhoneTopUp;
        const { amount } = body;
        if (key === undefined) return (await db.transaction((tx) => topUp(tx, amount))).reply;
        const write = {
          apiKeyId: ctx.apiKey?.id ?? '',
          key,
          request: `POST /v1/admin/phone-balance/top-ups\n${JSON.stringify(body)}`,
          advice: 'use a new key for a new top-up.',
        };
        return runIdempotent(db, write, (tx) => topUp(tx, amount));
      },
    },
  ];
}
