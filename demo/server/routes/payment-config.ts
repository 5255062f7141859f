import type { Route } from '../http/router.js';
import type { RouteDeps } from './context.js';
import type * as Wire from '../../../src/wire/index.js';

/** How the browser takes card payments: Stripe with its publishable key, or the offline test mode. */
export type PaymentConfig = Wire.PaymentConfig;

/** The payment configuration of `config` (the Stripe provider always comes with its publishable key). */
export function paymentConfigOf(config: RouteDeps['config']): PaymentConfig {
  const key = config.stripePublishableKey;
  return config.paymentProvider.name === 'stripe' && key !== undefined ? { provider: 'stripe', publishableKey: key } : { provider: 'test' };
}

/** `GET /v1/payment-config` (publishable key): which card provider the widget loads. */
export function paymentConfigRoutes({ config }: RouteDeps): Route[] {
  return [
    {
      method: 'GET',
      path: '/v1/payment-config',
      audience: 'public',
      handler: async () => ({ status: 200, body: paymentConfigOf(config) }),
    },
  ];
}
