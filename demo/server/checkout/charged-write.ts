/**
 * Runs a card charge under a required `Idempotency-Key` in two transactions with the provider call
 * between them, so that no row stays locked during the network call and a charge never hangs on
 * a transaction that may still fail:
 *
 * 1. `begin`, with the key claimed: validates, records the purchase `pending`, commits. The key
 *    stays in progress (no stored answer); a problem thrown here stores nothing, as with
 *    `runIdempotent`.
 * 2. `charge`, outside any transaction: asks the provider with the request's idempotency key.
 * 3. `settle`, with the key locked: applies the payment's outcome; its answer is stored.
 *
 * The same key and request replay the stored answer. While the key is still in progress (a
 * concurrent retry, or a crash or provider failure between 1 and 3), a retry runs `begin` again,
 * which must find the pending purchase of the key instead of recording another, charges with the
 * same key (the provider answers with the same payment), and settles — unless another request
 * settled first, whose answer is then replayed. Nothing is charged or settled twice.
 */
import type { Database, Queryable } from '../db/database.js';
import { claimIdempotencyKey, lockIdempotentResponse } from '../db/idempotency.js';
import { idempotencyKeyReused } from '../http/idempotency-key.js';
import type { Reply } from '../http/router.js';
import type { PaymentResult } from '../payments/provider.js';
import { answer, answerStored, replayOf, saveOutcome, type IdempotentWrite, type Outcome } from './idempotent.js';
import { sha256 } from './secrets.js';

/**
 * The steps of a charged write; `P` is what `begin` hands to the other two (e.g. the pending
 * purchase), `R` the provider's answer (a payment; a refund for the refunds, which run the same way).
 */
export interface ChargeSteps<P, R = PaymentResult> {
  /** Transaction 1: the pending purchase of this key, found (a retry: no checks) or validated and recorded now. */
  begin(tx: Queryable): Promise<P>;
  /** Between the transactions: the provider's answer to the charge, asked with the request's idempotency key. */
  charge(pending: P): Promise<R>;
  /** Transaction 2: applies `payment` to the pending purchase, which it locks first. */
  settle(tx: Queryable, pending: P, payment: R): Promise<Outcome>;
}

/** A stored response status that means "claimed, still in progress" (see `claimIdempotencyKey`). */
const IN_PROGRESS = 0;

/** Runs `steps` once per key (see the module comment) and answers, or throws the problem. */
export async function runCharged<P, R = PaymentResult>(db: Database, write: IdempotentWrite, steps: ChargeSteps<P, R>): Promise<Reply> {
  const requestHash = sha256(write.request);
  const begun = await db.transaction(async (tx): Promise<{ pending: P } | { replay: Outcome }> => {
    const claim = await claimIdempotencyKey(tx, write.apiKeyId, write.key, requestHash);
    if (!claim.claimed) {
      if (claim.requestHash !== requestHash) throw idempotencyKeyReused(write.advice);
      if (claim.response.status !== IN_PROGRESS) return { replay: replayOf(write, claim.response) };
    }
    return { pending: await steps.begin(tx) };
  });
  if ('replay' in begun) return answer(begun.replay);
  const payment = await steps.charge(begun.pending);
  const settled = await db.transaction(async (tx): Promise<Outcome> => {
    const stored = await lockIdempotentResponse(tx, write.apiKeyId, write.key);
    if (stored) return replayOf(write, stored);
    const result = await steps.settle(tx, begun.pending, payment);
    await saveOutcome(tx, write, result);
    return result;
  });
  return answerStored(db, write, settled);
}
