import type { FieldError } from '../../../src/core/index.js';
import { isRecord } from '../../../src/core/index.js';
import { runIdempotent } from '../checkout/idempotent.js';
import type { Queryable } from '../db/database.js';
import { enqueue } from '../db/jobs.js';
import { deliveryParties, listDeliveries, scheduleDelivery, type DeliveryKey } from '../db/webhook-deliveries.js';
import {
  deleteEndpoint,
  findEndpoint,
  insertEndpoint,
  listEndpoints,
  newWebhookId,
  updateEndpoint,
  type WebhookEndpoint,
  type WebhookEndpointChanges,
  type WebhookEndpointInput,
} from '../db/webhooks.js';
import { decodeInstantCursor, encodeInstantCursor, INVALID_CURSOR } from '../http/cursor.js';
import { checkVersion, etagOf, requireIfMatch } from '../http/etag.js';
import { optionalIdempotencyKeyOf } from '../http/idempotency-key.js';
import { notFound, validationProblem } from '../http/problem.js';
import type { Reply, RequestContext, Route } from '../http/router.js';
import { webhookUrlError } from '../webhooks/endpoint-url.js';
import { WEBHOOK_KIND, webhookJobKey, type WebhookJobPayload } from '../webhooks/events.js';
import { newWebhookSecret } from '../webhooks/signature.js';
import type { RouteDeps } from './context.js';

const DEFAULT_PAGE = 50;

const WHAT = 'The webhook endpoint';

const endpointReply = (status: number, body: WebhookEndpoint & { secret?: string }, headers: Record<string, string> = {}): Reply => ({
  status,
  body,
  headers: { ETag: etagOf(body.version), ...headers },
});

const location = (endpoint: WebhookEndpoint) => ({ Location: `/v1/admin/webhook-endpoints/${endpoint.id}` });

const encodeKey = (key: DeliveryKey): string => encodeInstantCursor([key.createdAt, key.id]);

/** The log position a `cursor` names, or `null` when it is not one of this log's. */
function decodeKey(cursor: string): DeliveryKey | null {
  const key = decodeInstantCursor(cursor);
  return key && { createdAt: key[0], id: key[1] };
}

/**
 * Webhook endpoints (admin key): registered with their signing secret (shown once), listed,
 * read, changed with `If-Match` and deleted; each endpoint's delivery log a page at a time; and
 * resends of a delivery. URLs must be https (loopback only with `allowLoopbackWebhooks`).
 */
export function webhookRoutes({ db, config }: RouteDeps): Route[] {
  const idOf = (ctx: RequestContext) => ctx.params.endpointId as string;
  const nowMs = () => config.clock().getTime();
  /** The problem of a body's `url`, if it has one (its type is the spec's to check). */
  const urlRule = ({ body }: RequestContext): FieldError[] => {
    const url = isRecord(body) ? body.url : undefined;
    const error = typeof url === 'string' ? webhookUrlError(url, config.allowLoopbackWebhooks) : null;
    return error ? [error] : [];
  };
  const existing = async (tx: Queryable, id: string, forUpdate = false): Promise<WebhookEndpoint> => {
    const endpoint = await findEndpoint(tx, id, forUpdate);
    if (!endpoint) throw notFound(`Webhook endpoint "${id}"`);
    return endpoint;
  };

  return [
    {
      method: 'GET',
      path: '/v1/admin/webhook-endpoints',
      audience: 'admin',
      handler: async () => ({ status: 200, body: { data: await listEndpoints(db) } }),
    },
    {
      method: 'POST',
      path: '/v1/admin/webhook-endpoints',
      audience: 'admin',
      requestRules: urlRule,
      handler: async (ctx) => {
        const create = async (tx: Queryable): Promise<Reply> => {
          const secret = newWebhookSecret();
          const created = await insertEndpoint(tx, ctx.body as WebhookEndpointInput, secret, nowMs());
          return endpointReply(201, { ...created, secret }, location(created));
        };
        const key = optionalIdempotencyKeyOf(ctx);
        if (key === undefined) return create(db);
        const write = {
          apiKeyId: ctx.apiKey?.id ?? '',
          key,
          request: `POST /v1/admin/webhook-endpoints\n${JSON.stringify(ctx.body)}`,
          advice: 'use a new key for a new webhook endpoint.',
          headersOf: (stored: unknown) => ({ ETag: etagOf((stored as WebhookEndpoint).version), ...location(stored as WebhookEndpoint) }),
        };
        // The replayed answer carries the secret: the idempotency store keeps it encrypted under the key.
        return runIdempotent(db, write, async (tx) => ({ reply: await create(tx) }));
      },
    },
    {
      method: 'GET',
      path: '/v1/admin/webhook-endpoints/:endpointId',
      audience: 'admin',
      handler: async (ctx) => endpointReply(200, await existing(db, idOf(ctx))),
    },
    {
      method: 'PATCH',
      path: '/v1/admin/webhook-endpoints/:endpointId',
      audience: 'admin',
      requestRules: urlRule,
      handler: async (ctx) => {
        const ifMatch = requireIfMatch(ctx.req.headers['if-match']);
        return db.transaction(async (tx) => {
          const current = await existing(tx, idOf(ctx), true);
          checkVersion(ifMatch, current.version, WHAT);
          const updated = await updateEndpoint(tx, current.id, current.version, ctx.body as WebhookEndpointChanges, nowMs());
          if (!updated) throw new Error(`Webhook endpoint ${current.id} changed although it was locked.`);
          return endpointReply(200, updated);
        });
      },
    },
    {
      method: 'DELETE',
      path: '/v1/admin/webhook-endpoints/:endpointId',
      audience: 'admin',
      handler: async (ctx) => {
        if (!(await deleteEndpoint(db, idOf(ctx)))) throw notFound(`Webhook endpoint "${idOf(ctx)}"`);
        return { status: 204 };
      },
    },
    {
      method: 'GET',
      path: '/v1/admin/webhook-endpoints/:endpointId/deliveries',
      audience: 'admin',
      requestRules: (ctx) => {
        const cursor = ctx.url.searchParams.get('cursor');
        return cursor === null || decodeKey(cursor) ? [] : [INVALID_CURSOR];
      },
      handler: async (ctx) => {
        const endpoint = await existing(db, idOf(ctx));
        const query = ctx.url.searchParams;
        const cursor = query.get('cursor');
        const after = cursor === null ? undefined : decodeKey(cursor);
        if (after === null) throw validationProblem([INVALID_CURSOR]);
        const limit = Number(query.get('limit') ?? DEFAULT_PAGE);
        const page = await listDeliveries(db, endpoint.id, { limit: limit + 1, ...(after ? { after } : {}) });
        const data = page.slice(0, limit);
        const last = data[data.length - 1];
        const nextCursor = page.length > limit && last ? encodeKey({ createdAt: last.createdAt, id: last.id }) : null;
        return { status: 200, body: { data, nextCursor } };
      },
    },
    {
      method: 'POST',
      path: '/v1/admin/webhook-deliveries/:deliveryId/resend',
      audience: 'admin',
      handler: async (ctx) => {
        const id = ctx.params.deliveryId as string;
        return db.transaction(async (tx) => {
          const parties = await deliveryParties(tx, id);
          if (!parties) throw notFound(`Webhook delivery "${id}"`);
          const now = nowMs();
          // Each resend is a job of its own; the same event id goes out again.
          const payload: WebhookJobPayload = { deliveryId: id, resend: true };
          const key = `${webhookJobKey(parties.eventId, parties.endpointId)}:resend:${newWebhookId('whd').slice(4)}`;
          await enqueue(tx, { kind: WEBHOOK_KIND, key, runAt: now, payload: { ...payload } }, now);
          return { status: 202, body: await scheduleDelivery(tx, id, now) };
        });
      },
    },
  ];
}
