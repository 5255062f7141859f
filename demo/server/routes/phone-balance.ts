import type { FieldError } from '../../../src/core/index.js';
import { runIdempotent } from '../checkout/idempotent.js';
import type { Queryable } from '../db/database.js';
import { phoneBalance, topUpPhoneBalance } from '../db/phone-balance.js';
import { readJsonBody } from '../http/body.js';
import { readIdempotencyKey } from '../http/idempotency-key.js';
import { validationProblem } from '../http/problem.js';
import type { Route } from '../http/router.js';
import type { RouteDeps } from './context.js';

/** The largest single top-up, in US cents (USD 100,000). */
export const MAX_TOP_UP_CENTS = 10_000_000;

/** Reads `{ amount }`: whole US cents from 1 to {@link MAX_TOP_UP_CENTS}. */
function readTopUp(body: unknown): number {
  const errors: FieldError[] = [];
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw validationProblem([{ field: '', code: 'invalid_type', message: 'The body must be a JSON object { "amount": <US cents> }.' }]);
  }
  const record = body as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== 'amount') errors.push({ field: key, code: 'unknown_field', message: `${key} is not a field of a top-up; send only amount.` });
  }
  const { amount } = record;
  if (amount === undefined) {
    errors.push({ field: 'amount', code: 'required', message: 'amount is required: the US cents to add, e.g. 2500 for USD 25.00.' });
  } else if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 1 || amount > MAX_TOP_UP_CENTS) {
    errors.push({ field: 'amount', code: 'out_of_range', message: `amount must be a whole number of US cents from 1 to ${MAX_TOP_UP_CENTS} (got ${JSON.stringify(amount) ?? String(amount)}).` });
  }
  if (errors.length > 0) throw validationProblem(errors);
  return amount as number;
}

const balanceBody = (balance: number) => ({ balance, currency: 'USD' as const });

/**
 * The tenant's USD phone balance (admin key). The reference server has no phone provider to pay:
 * a top-up is test mode and simply adds to the balance, recording a ledger row.
 */
export function phoneBalanceRoutes({ db, config }: RouteDeps): Route[] {
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
        const key = readIdempotencyKey(ctx.req.headers['idempotency-key']);
        const body = await readJsonBody(ctx);
        const amount = readTopUp(body);
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
