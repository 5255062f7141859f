/**
 * A {@link PaymentProvider} on Stripe PaymentIntents, over plain `fetch` (no SDK): each payment is
 * created and confirmed in one call carrying the request's idempotency key, so a retry never
 * charges twice. Used when STRIPE_SECRET_KEY is set; never called by the tests (they hand it a
 * fake `fetch`).
 */
import type { PaymentProvider, PaymentResult, PaymentStatus } from './provider.js';

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

/** The body of a Stripe error answer. */
interface StripeError {
  error?: { type?: string; code?: string; decline_code?: string; message?: string; payment_intent?: PaymentIntent };
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

  async function call(method: 'GET' | 'POST', path: string, idempotencyKey: string, form?: Record<string, string>): Promise<PaymentResult> {
    const headers: Record<string, string> = { Authorization: `Bearer ${options.secretKey}` };
    if (method === 'POST') {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      headers['Idempotency-Key'] = idempotencyKey;
    }
    const response = await send(`${base}${path}`, { method, headers, ...(form ? { body: new URLSearchParams(form).toString() } : {}) });
    const body = (await response.json()) as PaymentIntent & StripeError;
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
    throw new Error(`Stripe answered ${response.status} to ${method} ${path}: ${error?.message ?? 'no message'}`);
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
  };
}
