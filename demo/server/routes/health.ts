import type { Route } from '../http/router.js';

/** `GET /v1/health`: liveness, no key needed. */
export function healthRoutes(): Route[] {
  return [
    {
      method: 'GET',
      path: '/v1/health',
      audience: 'open',
      handler: async () => ({ status: 200, body: { status: 'ok' } }),
    },
  ];
}
