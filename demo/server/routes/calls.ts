import { identifyCaller } from '../calls/identity.js';
import { callState, endCall, joinCall, type CallDeps } from '../calls/session.js';
import { sha256 } from '../checkout/secrets.js';
import { insertExpertToken } from '../db/calls.js';
import { findExpert } from '../db/experts.js';
import { newToken } from '../db/ids.js';
import { HttpProblem, validationProblem } from '../http/problem.js';
import type { Route } from '../http/router.js';
import { isoInstant, MS_PER_MINUTE } from '../scheduling/time.js';
import type { ExpertTokenCreate, JoinRequest } from '../../../src/wire/index.js';
import type { RouteDeps } from './context.js';

/**
 * Calls of bookings (publishable key): join, state and the expert's end, identified by the
 * booking's customer, a guest's join token or the expert's token; and expert tokens (admin key).
 */
export function callRoutes({ db, config }: RouteDeps): Route[] {
  const nowMs = () => config.clock().getTime();
  const deps: CallDeps = { db, provider: config.callProvider, phoneBalance: config.phoneBalance };
  return [
    {
      method: 'POST',
      path: '/v1/bookings/:bookingId/join',
      audience: 'public',
      handler: async (ctx) => {
        const { role } = ctx.body as JoinRequest;
        const now = nowMs();
        const identity = await identifyCaller(db, ctx.req, now);
        return { status: 200, body: await joinCall(deps, identity, ctx.params.bookingId as string, role, now) };
      },
    },
    {
      method: 'GET',
      path: '/v1/bookings/:bookingId/call',
      audience: 'public',
      handler: async (ctx) => {
        const now = nowMs();
        const identity = await identifyCaller(db, ctx.req, now);
        return { status: 200, body: await callState(deps, identity, ctx.params.bookingId as string, now) };
      },
    },
    {
      method: 'POST',
      path: '/v1/bookings/:bookingId/end',
      audience: 'public',
      handler: async (ctx) => {
        if (ctx.req.headers['apptkit-expert'] === undefined) {
          throw new HttpProblem(401, 'expert_required', 'Only the expert may end a session: send the expert token as Apptkit-Expert.');
        }
        const now = nowMs();
        const identity = await identifyCaller(db, ctx.req, now);
        return { status: 200, body: await endCall(deps, identity, ctx.params.bookingId as string, now) };
      },
    },
    {
      method: 'POST',
      path: '/v1/admin/expert-tokens',
      audience: 'admin',
      handler: async (ctx) => {
        const expertId = (ctx.body as ExpertTokenCreate).expertId.trim();
        if (!(await findExpert(db, expertId))) {
          throw validationProblem([{ field: 'expertId', code: 'not_found', message: `expertId "${expertId}" is not an expert of this tenant.` }]);
        }
        const token = newToken('etk');
        const now = nowMs();
        const expiresAtMs = now + config.expertTokenMinutes * MS_PER_MINUTE;
        await insertExpertToken(db, sha256(token), expertId, now, expiresAtMs);
        return { status: 201, body: { token, expertId, expiresAt: isoInstant(expiresAtMs) } };
      },
    },
  ];
}
