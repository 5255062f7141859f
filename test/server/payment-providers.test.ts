import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testPaymentProvider } from '../../demo/server/payments/provider.js';
import { stripePaymentProvider } from '../../demo/server/payments/stripe.js';

const request = { amount: 12000, currency: 'EUR', idempotencyKey: 'purchase:key_1:abc', paymentMethod: 'pm_card_visa', description: 'Test package' };

/** A fake fetch answering one canned Stripe response and recording what was sent. */
function fakeStripe(status: number, body: unknown) {
  const sent: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
    sent.push({ url: String(url), init: init ?? {} });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { sent, fetch };
}

describe('payment providers', () => {
  it('the test-mode provider picks the outcome by test card and keeps one payment per idempotency key', async () => {
    const provider = testPaymentProvider();
    assert.equal(provider.name, 'test');
    const visa = await provider.createPayment(request);
    assert.deepEqual({ ...visa, paymentId: undefined }, { provider: 'test', paymentId: undefined, status: 'succeeded', failureCode: null, clientSecret: null });
    assert.equal((await provider.createPayment(request)).paymentId, visa.paymentId);
    assert.notEqual((await provider.createPayment({ ...request, idempotencyKey: 'other' })).paymentId, visa.paymentId);
    const declined = await provider.createPayment({ ...request, paymentMethod: 'pm_card_declined' });
    assert.deepEqual([declined.status, declined.failureCode], ['failed', 'card_declined']);
    const action = await provider.createPayment({ ...request, paymentMethod: 'pm_card_authentication_required' });
    assert.equal(action.status, 'requires_action');
    assert.equal((await provider.confirmPayment(action.paymentId, 'confirm')).status, 'succeeded');
    assert.equal(provider.acceptsPaymentMethod('pm_card_bogus'), false);
    await assert.rejects(provider.createPayment({ ...request, paymentMethod: 'pm_card_bogus' }), /pm_card_bogus/);
  });

  it('Stripe: creates and confirms a PaymentIntent in one call with the idempotency key', async () => {
    const stripe = fakeStripe(200, { id: 'pi_1', status: 'succeeded', client_secret: 'pi_1_secret' });
    const provider = stripePaymentProvider({ secretKey: 'sk_test_x', fetch: stripe.fetch });
    const result = await provider.createPayment(request);
    assert.deepEqual(result, { provider: 'stripe', paymentId: 'pi_1', status: 'succeeded', failureCode: null, clientSecret: 'pi_1_secret' });
    const [call] = stripe.sent;
    assert.equal(call?.url, 'https://api.stripe.com/v1/payment_intents');
    assert.equal(call?.init.method, 'POST');
    const headers = call?.init.headers as Record<string, string>;
    assert.equal(headers.Authorization, 'Bearer sk_test_x');
    assert.equal(headers['Idempotency-Key'], request.idempotencyKey);
    const form = new URLSearchParams(String(call?.init.body));
    assert.equal(form.get('amount'), '12000');
    assert.equal(form.get('currency'), 'eur');
    assert.equal(form.get('payment_method'), 'pm_card_visa');
    assert.equal(form.get('confirm'), 'true');
  });

  it('Stripe: maps a card error to a failed payment and 3-D Secure to requires_action', async () => {
    const declined = fakeStripe(402, { error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', payment_intent: { id: 'pi_2', status: 'requires_payment_method' } } });
    const failed = await stripePaymentProvider({ secretKey: 'sk_test_x', fetch: declined.fetch }).createPayment(request);
    assert.deepEqual(failed, { provider: 'stripe', paymentId: 'pi_2', status: 'failed', failureCode: 'insufficient_funds', clientSecret: null });
    const action = fakeStripe(200, { id: 'pi_3', status: 'requires_action', client_secret: 'pi_3_secret' });
    const provider = stripePaymentProvider({ secretKey: 'sk_test_x', fetch: action.fetch });
    const pending = await provider.createPayment(request);
    assert.deepEqual([pending.status, pending.clientSecret], ['requires_action', 'pi_3_secret']);
    await provider.confirmPayment('pi_3', 'confirm:pur_1');
    assert.equal(action.sent[1]?.url, 'https://api.stripe.com/v1/payment_intents/pi_3');
    assert.equal(action.sent[1]?.init.method, 'GET');
  });

  it('Stripe: any other error is thrown, not taken for a decline', async () => {
    const broken = fakeStripe(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
    await assert.rejects(stripePaymentProvider({ secretKey: 'sk_test_bad', fetch: broken.fetch }).createPayment(request), /401.*Invalid API Key/);
  });
});
