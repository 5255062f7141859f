/**
 * The handler of `webhook` jobs: POSTs a delivery's event to its endpoint, signed per Standard
 * Webhooks at the server clock, and records the attempt in the delivery log. A 2xx answer
 * delivers it; any other answer, a network error or no answer within 10 seconds rejects, so the
 * job runner retries with its backoff (the log shows when). A delivery already delivered is not
 * sent again, and one whose endpoint is inactive or deleted is not sent at all — unless an admin
 * asked for a resend, which is sent as asked, with the same `webhook-id`.
 */
import type { Job } from '../db/jobs.js';
import { MAX_JOB_ATTEMPTS } from '../db/jobs.js';
import { deliveryTarget, recordAttempt, recordNotSent, type DeliveryTarget } from '../db/webhook-deliveries.js';
import { retryDelayMs } from '../jobs/backoff.js';
import type { JobHandler } from '../jobs/runner.js';
import type { RouteDeps } from '../routes/context.js';
import { webhookUrlError } from './endpoint-url.js';
import type { WebhookJobPayload } from './events.js';
import { signedHeaders } from './signature.js';

/** How long an endpoint has to answer an attempt. */
export const DELIVERY_TIMEOUT_MS = 10_000;

/** What one attempt came to: the endpoint's status code (`null`: no answer) and why it failed (`null`: 2xx). */
interface AttemptOutcome {
  statusCode: number | null;
  error: string | null;
}

function payloadOf(job: Job): WebhookJobPayload {
  const { deliveryId, resend } = job.payload;
  if (typeof deliveryId !== 'string') throw new TypeError(`Webhook job ${job.id} has no deliveryId in its payload.`);
  return { deliveryId, resend: resend === true };
}

/** Why a network failure happened, in words: the innermost cause's message. */
function reasonOf(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `No answer within ${DELIVERY_TIMEOUT_MS / 1000} seconds.`;
  let cause = error;
  while (cause instanceof Error && cause.cause instanceof Error) cause = cause.cause;
  return `The endpoint could not be reached: ${cause instanceof Error ? cause.message : String(cause)}.`;
}

/** Sends the event of `target` once, signed at `nowMs`; never throws. */
async function attempt(target: DeliveryTarget, allowLoopback: boolean, nowMs: number): Promise<AttemptOutcome> {
  const refused = webhookUrlError(target.endpoint.url, allowLoopback);
  if (refused) return { statusCode: null, error: `Not sent: ${refused.message}` };
  const { event } = target;
  const body = JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt, data: event.data });
  try {
    const response = await fetch(target.endpoint.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'apptkit-webhooks/1', ...signedHeaders(target.endpoint.secret, event.id, nowMs, body) },
      body,
      // A redirect is an answer like any other: not a 2xx, so it is retried, never followed elsewhere.
      redirect: 'manual',
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    await response.body?.cancel();
    const ok = response.status >= 200 && response.status < 300;
    return { statusCode: response.status, error: ok ? null : `The endpoint answered ${response.status}; only a 2xx status acknowledges a delivery.` };
  } catch (error) {
    return { statusCode: null, error: reasonOf(error) };
  }
}

/** The handler of `webhook` jobs on the server's database, clock and options. */
export function webhookHandler(deps: RouteDeps): JobHandler {
  const { db, config } = deps;
  return async (job, nowMs) => {
    const { deliveryId, resend } = payloadOf(job);
    const target = await deliveryTarget(db, deliveryId);
    if (!target) {
      config.log.info('webhook not sent', { jobId: job.id, deliveryId, reason: 'its endpoint was deleted' });
      return;
    }
    if (!resend && target.deliveredAt !== null) return;
    if (!resend && !target.endpoint.active) {
      await recordNotSent(db, deliveryId, 'Not sent: the endpoint was inactive when the delivery was due; resend it to send it now.');
      return;
    }
    const outcome = await attempt(target, config.allowLoopbackWebhooks, nowMs);
    // The runner schedules the retry from the end of the attempt, as here.
    const endedMs = config.clock().getTime();
    const retryAtMs = outcome.error === null || job.attempts >= MAX_JOB_ATTEMPTS ? null : endedMs + retryDelayMs(job.attempts);
    await recordAttempt(db, deliveryId, { atMs: nowMs, ...outcome, nextAttemptAtMs: retryAtMs });
    if (outcome.error !== null) throw new Error(outcome.error);
  };
}
