/**
 * Runs a write under a required `Idempotency-Key`, in one transaction with the key's claim:
 * the same key and request replay the first answer (success, or a committed problem such as a
 * declined card); the same key with another request is a 422. A write that throws stores
 * nothing, so its retry runs again. A reply's `afterCommit` (e.g. a confirmation e-mail) runs once
 * the transaction has committed, and never on a replay; the reply it returns (e.g. with
 * `emailSent: true`) replaces the stored answer, so that a replay tells the same.
 */
import type { Database, Queryable } from '../db/database.js';
import { claimIdempotencyKey, saveIdempotentResponse, type StoredResponse } from '../db/idempotency.js';
import { idempotencyKeyReused } from '../http/idempotency-key.js';
import { HttpProblem, type ProblemCode, type ProblemMembers } from '../http/problem.js';
import type { Reply } from '../http/router.js';
import { sha256 } from './secrets.js';

/**
 * What a write ends with: a reply, or a problem whose writes are committed all the same. A reply
 * may carry `afterCommit`, work to do once its transaction has committed, which returns the reply
 * to answer (the same, or one saying what the work did); it must not throw.
 */
export type Outcome = { reply: Reply; afterCommit?: (reply: Reply) => Promise<Reply> } | { problem: HttpProblem };

interface StoredProblem {
  code: ProblemCode;
  detail: string;
  members?: ProblemMembers;
}

/** One idempotent write. */
export interface IdempotentWrite {
  apiKeyId: string;
  key: string;
  /** Everything that identifies the request: method, path, caller and body. */
  request: string;
  /** Advice for a reused key, e.g. "use a new key for a new purchase." */
  advice: string;
  /** Headers to add to a replayed success, from its body (e.g. Location). */
  headersOf?: (body: unknown) => Record<string, string>;
}

/** The outcome that replays `response`, the stored answer of an earlier request with the key. */
export function replayOf(write: IdempotentWrite, response: StoredResponse): Outcome {
  const { status, body } = response;
  if (status >= 400) {
    const stored = body as StoredProblem;
    return { problem: new HttpProblem(status, stored.code, stored.detail, stored.members ? { members: stored.members } : {}) };
  }
  return { reply: { status, body, headers: { ...write.headersOf?.(body), 'Idempotent-Replayed': 'true' } } };
}

/** Stores `result` as the answer of the key, in the transaction that produced it. */
export async function saveOutcome(tx: Queryable, write: IdempotentWrite, result: Outcome): Promise<void> {
  const response =
    'reply' in result
      ? { status: result.reply.status, body: result.reply.body }
      : {
          status: result.problem.status,
          body: { code: result.problem.code, detail: result.problem.detail, members: result.problem.extras.members } satisfies StoredProblem,
        };
  await saveIdempotentResponse(tx, write.apiKeyId, write.key, response);
}

/** Answers a committed outcome: throws its problem, or runs its `afterCommit` and returns the reply. */
export async function answer(outcome: Outcome): Promise<Reply> {
  if ('problem' in outcome) throw outcome.problem;
  return outcome.afterCommit ? outcome.afterCommit(outcome.reply) : outcome.reply;
}

/**
 * Answers the committed `outcome` of `write` like {@link answer}; a reply its `afterCommit`
 * changed replaces the key's stored answer, so that a replay answers the same.
 */
export async function answerStored(db: Queryable, write: IdempotentWrite, outcome: Outcome): Promise<Reply> {
  const reply = await answer(outcome);
  if ('reply' in outcome && reply !== outcome.reply) {
    await saveIdempotentResponse(db, write.apiKeyId, write.key, { status: reply.status, body: reply.body });
  }
  return reply;
}

/** Runs `work` once per key (see the module comment) and answers, or throws the problem. */
export async function runIdempotent(db: Database, write: IdempotentWrite, work: (tx: Queryable) => Promise<Outcome>): Promise<Reply> {
  const requestHash = sha256(write.request);
  const outcome = await db.transaction(async (tx): Promise<Outcome> => {
    const claim = await claimIdempotencyKey(tx, write.apiKeyId, write.key, requestHash);
    if (!claim.claimed) {
      if (claim.requestHash !== requestHash) throw idempotencyKeyReused(write.advice);
      return replayOf(write, claim.response);
    }
    const result = await work(tx);
    await saveOutcome(tx, write, result);
    return result;
  });
  return answerStored(db, write, outcome);
}
