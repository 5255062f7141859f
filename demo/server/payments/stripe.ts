/**
 * A {@link PaymentProvider} on Stripe PaymentIntents and Refunds, over plain `fetch` (no SDK): each
 * payment is created and confirmed in one call carrying the request's idempotency key, so a retry
 * never charges twice; each refund likewise. Used when STRIPE_SECRET_KEY is set; never called by
 * the tests (they hand it a fake `fetch`).
 */
import type { PaymentProvider, PaymentResult, PaymentStatus, RefundResult } from './provider.js';

/** Options of {@link stripePaymentProvider}. */
export interface StripeOptions {
  /** The secret key, `sk_test_…` or `sk_live_…`. */
  secretKey: string;
  /** Default `https://api.stripe.com`. */
  baseUrl?: string;
  /** Default the global `fetch`. */
  fetch?: typeof fetch;
}

/** The fields of a PaymentIntent this provider reads. */
interface PaymentIntent {
  id: string;
  status: string;
  client_secret?: string | null;
  last_payment_error?: { code?: string; decline_code?: string } | null;
}

/** The fields of a Refund this provider reads. */
interface StripeRefund {
  id: string;
  status: string;
  failure_reason?: string | null;
}

/** The body of a Stripe error answer. */
interface StripeError {
  error?: { type?: string; code?: string; decline_code?: string; message?: string; payment_intent?: PaymentIntent };
}

/**
 * A refund's outcome: Stripe's `pending` and `requires_action` are taken as made (Stripe finishes
 * them without us); `failed` and `canceled` as refused.
 */
function refundOutcomeOf(refund: StripeRefund): RefundResult {
  const failed = refund.status === 'failed' || refund.status === 'canceled';
  return { provider: 'stripe', refundId: refund.id, status: failed ? 'failed' : 'succeeded', failureCode: failed ? (refund.failure_reason ?? refund.status) : null };
}

function outcomeOf(intent: PaymentIntent): PaymentResult {
  const pending: Record<string, PaymentStatus> = { succeeded: 'succeeded', requires_action: 'requires_action', processing: 'requires_action' };
  const status = pending[intent.status] ?? 'failed';
  const failureCode = status === 'failed' ? (intent.last_payment_error?.decline_code ?? intent.last_payment_error?.code ?? intent.status) : null;
  return { provider: 'stripe', paymentId: intent.id, status, failureCode, clientSecret: intent.client_secret ?? null };
}

/** Creates the Stripe provider. */
export function stripePaymentProvider(options: StripeOptions): PaymentProvider {
  const base = options.baseUrl ?? 'https://api.stripe.com';
  const send = options.fetch ?? fetch;

  /** Sends one request (a POST with the idempotency key) and reads its JSON answer. */
  async function fetchJson<T>(method: 'GET' | 'POST', path: string, idempotencyKey: string, form?: Record<string, string>): Promise<{ response: Response; body: T & StripeError }> {
    const headers: Record<string, string> = { Authorization: `Bearer ${options.secretKey}` };
    if (method === 'POST') {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      headers['Idempotency-Key'] = idempotencyKey;
    }
    const response = await send(`${base}${path}`, { method, headers, ...(form ? { body: new URLSearchParams(form).toString() } : {}) });
    return { response, body: (await response.json()) as T & StripeError };
  }

  const failure = (response: Response, method: string, path: string, error: StripeError['error']): Error =>
    new Error(`Stripe answered ${response.status} to ${method} ${path}: ${error?.message ?? 'no message'}`);

  async function call(method: 'GET' | 'POST', path: string, idempotencyKey: string, form?: Record<string, string>): Promise<PaymentResult> {
    const { response, body } = await fetchJson<PaymentIntent>(method, path, idempotencyKey, form);
    if (response.ok) return outcomeOf(body);
    const error = body.error;
    if (error?.type === 'card_error') {
      return {
        provider: 'stripe',
        paymentId: error.payment_intent?.id ?? '',
        status: 'failed',
        failureCode: error.decline_code ?? error.code ?? 'card_error',
        clientSecret: null,
      };
    }
    throw failure(response, method, path, error);
  }

  /**
   * Refunds through `POST /v1/refunds`. A request Stripe refuses for the payment's sake (an
   * `invalid_request_error` with a code, e.g. `charge_already_refunded` or `charge_disputed`) is a
   * failed refund; anything else (a bad key, Stripe down) is thrown.
   */
  async function refund(paymentId: string, amount: number, idempotencyKey: string): Promise<RefundResult> {
    const path = '/v1/refunds';
    const { response, body } = await fetchJson<StripeRefund>('POST', path, idempotencyKey, { payment_intent: paymentId, amount: String(amount) });
    if (response.ok) return refundOutcomeOf(body);
    const error = body.error;
    if (error?.type === 'invalid_request_error' && error.code) return { provider: 'stripe', refundId: '', status: 'failed', failureCode: error.code };
    throw failure(response, 'POST', path, error);
  }

  return {
    name: 'stripe',
    acceptsPaymentMethod: (paymentMethod) => /^pm_[A-Za-z0-9_]{1,250}$/.test(paymentMethod),
    createPayment: (request) =>
      call('POST', '/v1/payment_intents', request.idempotencyKey, {
        amount: String(request.amount),
        currency: request.currency.toLowerCase(),
        payment_method: request.paymentMethod,
        confirm: 'true',
        description: request.description,
        'automatic_payment_methods[enabled]': 'true',
        'automatic_payment_methods[allow_redirects]': 'never',
      }),
    // After the browser handled the action (stripe.js, with the client secret), read the outcome.
    confirmPayment: (paymentId, idempotencyKey) => call('GET', `/v1/payment_intents/${encodeURIComponent(paymentId)}`, idempotencyKey),
    refund,
  };
}
