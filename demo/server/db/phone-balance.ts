import type { Queryable } from './database.js';

/** The tenant's phone balance in US cents (never negative). */
export async function phoneBalance(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ balance: number | string }>('SELECT balance FROM phone_balance');
  return Number(rows[0]?.balance ?? 0);
}

/** Adds `amount` cents to the phone balance with a ledger row; returns the new balance. */
export async function topUpPhoneBalance(tx: Queryable, amount: number, reason: string): Promise<number> {
  const { rows } = await tx.query<{ balance: number | string }>(
    'UPDATE phone_balance SET balance = balance + $1, updated_at = now() RETURNING balance',
    [amount],
  );
  await tx.query('INSERT INTO phone_balance_ledger (amount, reason) VALUES ($1, $2)', [amount, reason]);
  return Number(rows[0]?.balance ?? 0);
}
