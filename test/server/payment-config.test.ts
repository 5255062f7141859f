import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stripePaymentProvider } from '../../demo/server/payments/stripe.js';
import { assertProblem, SHOP_ORIGIN, startTestServer } from './harness.js';

describe('GET /v1/payment-config', () => {
  it('says test mode with the offline provider, and needs the publishable key', async () => {
    const test = await startTestServer();
    try {
      const answer = await test.call('/v1/payment-config', { origin: SHOP_ORIGIN });
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body, { provider: 'test' });
      assert.equal(answer.headers.get('access-control-allow-origin'), SHOP_ORIGIN);
      assertProblem(await test.call('/v1/payment-config', { key: null }), 401, 'missing_key');
      assertProblem(await test.call('/v1/payment-config', { origin: 'https://evil.example' }), 403, 'origin_not_allowed');
    } finally {
      await test.close();
    }
  });

  it("hands out Stripe's publishable key (never the secret one) with the Stripe provider", async () => {
    const unreachable: typeof fetch = async () => {
      throw new Error('Stripe is not called to read the payment configuration');
    };
    const paymentProvider = stripePaymentProvider({ secretKey: 'sk_test_never_shown', fetch: unreachable });
    const test = await startTestServer({ paymentProvider, stripePublishableKey: 'pk_test_51Hshop' });
    try {
      const answer = await test.call('/v1/payment-config');
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body, { provider: 'stripe', publishableKey: 'pk_test_51Hshop' });
    } finally {
      await test.close();
    }
  });
});
