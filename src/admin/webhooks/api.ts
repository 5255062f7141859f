/**
 * `admin.webhooks`: the endpoints of the tenant's systems that receive events (over
 * `/v1/admin/webhook-endpoints`), each endpoint's delivery log, and resends, on the admin client's
 * transport. Answers are read with the generated checks alone.
 */
import { answer } from '../../http/answer.js';
import * as wire from '../../http/wire-checks.js';
import type { FieldError } from '../../core/package.js';
import { isRecord } from '../../core/record.js';
import type { Send } from '../availability/api.js';
import { ifMatch, requireId, requireVersion, shown } from '../args.js';
import { ValidationError } from '../errors.js';
import { idempotencyKeyOf } from '../idempotency.js';
import { parseEmpty } from '../parse.js';
import type { AdminRequestOptions, CreateOptions, VersionOptions } from '../types.js';
import type * as Wire from '../../wire/index.js';

/** What happened: a purchase paid or refunded, a booking created, moved or cancelled, credits bought. */
export type WebhookEventType = Wire.Schema<'WebhookEventType'>;

/** An endpoint as the API shows it; its `secret` is shown only by {@link WebhookEndpointsApi.create}. */
export type WebhookEndpoint = Wire.Schema<'WebhookEndpoint'>;

/** A new endpoint with its signing `secret` (`whsec_…`): keep it with the receiving system, it is never shown again. */
export type WebhookEndpointCreated = Wire.Schema<'WebhookEndpointCreated'>;

/** What {@link WebhookEndpointsApi.create} sends: `url` (https), the `events` to receive, a `description`. */
export type WebhookEndpointInput = Wire.Schema<'WebhookEndpointCreate'>;

/** What {@link WebhookEndpointsApi.update} changes; at least one field (`description: null` removes it). */
export type WebhookEndpointPatch = Wire.Schema<'WebhookEndpointPatch'>;

/** One event for one endpoint: its attempts, the last status code or error, when next and when delivered. */
export type WebhookDelivery = Wire.Schema<'WebhookDelivery'>;

/** One page of a delivery log, newest first; `nextCursor` is `null` on the last page. */
export type WebhookDeliveryPage = Wire.Schema<'WebhookDeliveryPage'>;

/**
 * The body of a webhook, by `type`: `{ id, type, createdAt, data }` with a `Purchase`, a `Booking`
 * or a `CreditPurchase` as `data`. Verify the request first (Standard Webhooks, e.g. the
 * `standardwebhooks` package), then parse the body as this.
 */
export type WebhookEvent = Wire.Schema<'PurchaseEvent'> | Wire.Schema<'BookingEvent'> | Wire.Schema<'CreditPurchaseEvent'>;

/** Every event type, in the order the spec lists them. */
export const WEBHOOK_EVENT_TYPES = Object.freeze([
  'purchase.paid',
  'purchase.refunded',
  'booking.created',
  'booking.rescheduled',
  'booking.cancelled',
  'credits.purchased',
] as const satisfies readonly WebhookEventType[]);

/** A page request of {@link WebhooksApi.deliveries}. */
export interface WebhookDeliveryQuery {
  /** Page size, integer 1–200. Default 50 (the server's). */
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

/** `admin.webhooks.endpoints`. */
export interface WebhookEndpointsApi {
  /**
   * Registers an endpoint for `events`, sent with an `Idempotency-Key`. `url` must be https (the
   * server refuses `http://` with an `ApiError` naming `url`). Resolves with the endpoint and its
   * signing `secret`, shown this once.
   *
   * @example
   * const { id, secret } = await admin.webhooks.endpoints.create({ url: 'https://crm.example/hooks', events: ['purchase.paid', 'booking.created'] });
   */
  create(input: WebhookEndpointInput, options?: CreateOptions): Promise<WebhookEndpointCreated>;
  /** Every endpoint, oldest first, without secrets. */
  list(options?: AdminRequestOptions): Promise<WebhookEndpoint[]>;
  /** One endpoint; rejects with an `ApiError` of code `not_found` when there is none. */
  get(id: string, options?: AdminRequestOptions): Promise<WebhookEndpoint>;
  /**
   * Changes an endpoint read at `options.version`; resolves with it at version + 1. A stale version
   * rejects with a `VersionConflictError`; `active: false` stops new deliveries to it.
   *
   * @example
   * await admin.webhooks.endpoints.update(endpoint.id, { active: false }, { version: endpoint.version });
   */
  update(id: string, patch: WebhookEndpointPatch, options: VersionOptions): Promise<WebhookEndpoint>;
  /** Deletes an endpoint and its delivery log; nothing more is sent to it. */
  delete(id: string, options?: AdminRequestOptions): Promise<void>;
}

/** `admin.webhooks`. */
export interface WebhooksApi {
  readonly endpoints: WebhookEndpointsApi;
  /**
   * One page of the delivery log of endpoint `endpointId`, newest first.
   *
   * @example
   * const { data, nextCursor } = await admin.webhooks.deliveries(endpoint.id, { limit: 20 });
   */
  deliveries(endpointId: string, query?: WebhookDeliveryQuery, options?: AdminRequestOptions): Promise<WebhookDeliveryPage>;
  /** Sends a delivery's event again (same `webhook-id`) on the server's next job tick; resolves with the delivery, due now. */
  resend(deliveryId: string, options?: AdminRequestOptions): Promise<WebhookDelivery>;
}

const PAGE_SIZE = { min: 1, max: 200 } as const;
const MAX_DESCRIPTION = 500;
const LOOPBACK = /^(localhost|\[::1\]|127(\.\d{1,3}){3})$/i;

/** The problem of `url`: an absolute https URL without credentials or fragment (http only on loopback hosts). */
function urlError(url: unknown): FieldError | null {
  const parsed = typeof url === 'string' && URL.canParse(url) ? new URL(url) : null;
  const secure = parsed !== null && (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && LOOPBACK.test(parsed.hostname)));
  if (parsed && secure && parsed.username === '' && parsed.password === '' && !(url as string).includes('#')) return null;
  const code = parsed?.protocol === 'http:' ? 'https_required' : 'invalid_url';
  return { field: 'url', code, message: `url must be an absolute https URL without credentials or #fragment, e.g. https://crm.example/hooks (got ${shown(url)}).` };
}

/** The problems of `events`: a non-empty array of known event types, each once. */
function eventsErrors(events: unknown): FieldError[] {
  if (!Array.isArray(events) || events.length === 0) {
    return [{ field: 'events', code: Array.isArray(events) ? 'too_short' : 'invalid_type', message: `events must list at least one of ${WEBHOOK_EVENT_TYPES.join(', ')} (got ${shown(events)}).` }];
  }
  return events.flatMap((type: unknown, index): FieldError[] => {
    const field = `events[${index}]`;
    if (!(WEBHOOK_EVENT_TYPES as readonly unknown[]).includes(type)) return [{ field, code: 'invalid_value', message: `${field} must be one of ${WEBHOOK_EVENT_TYPES.join(', ')} (got ${shown(type)}).` }];
    return events.indexOf(type) < index ? [{ field, code: 'duplicate', message: `${field} repeats ${shown(type)}.` }] : [];
  });
}

/** The checked body of a create or (`patch`) an update; throws a {@link ValidationError} naming every problem. */
function checkEndpoint<T extends WebhookEndpointInput | WebhookEndpointPatch>(input: unknown, patch: boolean): T {
  const what = patch ? 'The webhook endpoint update' : 'The webhook endpoint';
  if (!isRecord(input)) throw new ValidationError(what, [{ field: '', code: 'invalid_type', message: `${what} must be an object (got ${shown(input)}).` }]);
  const allowed = patch ? ['url', 'events', 'description', 'active'] : ['url', 'events', 'description'];
  const errors: FieldError[] = Object.keys(input)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({ field: key, code: 'unknown_field', message: `${key} is not a field of ${what.toLowerCase()}; send ${allowed.join(', ')}.` }));
  if (patch && Object.keys(input).length === 0) errors.push({ field: '', code: 'required', message: `${what} needs at least one of ${allowed.join(', ')}.` });
  const { url, events, description, active } = input;
  if (!patch || url !== undefined) errors.push(...[urlError(url)].filter((error) => error !== null));
  if (!patch || events !== undefined) errors.push(...eventsErrors(events));
  const noteOk = description === undefined || (patch && description === null) || (typeof description === 'string' && [...description].length <= MAX_DESCRIPTION);
  if (!noteOk) errors.push({ field: 'description', code: 'invalid_value', message: `description must be text of at most ${MAX_DESCRIPTION} characters${patch ? ', or null' : ''} (got ${shown(description)}).` });
  if (active !== undefined && typeof active !== 'boolean') errors.push({ field: 'active', code: 'invalid_type', message: `active must be true or false (got ${shown(active)}).` });
  if (errors.length > 0) throw new ValidationError(what, errors);
  return input as T;
}

function checkQuery({ limit, cursor }: WebhookDeliveryQuery): Record<string, string | undefined> {
  const errors: FieldError[] = [];
  if (limit !== undefined && (!Number.isInteger(limit) || limit < PAGE_SIZE.min || limit > PAGE_SIZE.max)) {
    errors.push({ field: 'limit', code: 'out_of_range', message: `limit must be an integer from ${PAGE_SIZE.min} to ${PAGE_SIZE.max} (got ${shown(limit)}).` });
  }
  if (cursor !== undefined && (typeof cursor !== 'string' || cursor === '')) {
    errors.push({ field: 'cursor', code: 'invalid_cursor', message: 'cursor must be a nextCursor value returned by a previous page.' });
  }
  if (errors.length > 0) throw new ValidationError('The delivery log query', errors);
  return { limit: limit === undefined ? undefined : String(limit), cursor };
}

const parseEndpoint = answer(wire.WebhookEndpoint);
const parseCreated = answer(wire.WebhookEndpointCreated);
const parseList = answer(wire.WebhookEndpointList);
const parseDelivery = answer(wire.WebhookDelivery);
const parseDeliveryPage = answer(wire.WebhookDeliveryPage);

const endpointPath = (id: string, name = 'id') => `v1/admin/webhook-endpoints/${encodeURIComponent(requireId(name, id))}`;

/** The webhook methods of an admin client, sending through `send`. */
export function createWebhooksApi(send: Send): WebhooksApi {
  const endpoints: WebhookEndpointsApi = Object.freeze({
    create: async (input: WebhookEndpointInput, { signal, idempotencyKey }: CreateOptions = {}) => {
      const json = checkEndpoint<WebhookEndpointInput>(input, false);
      const key = idempotencyKeyOf(idempotencyKey);
      return send({ method: 'POST', path: 'v1/admin/webhook-endpoints', json, headers: { 'idempotency-key': key }, signal, parse: parseCreated });
    },
    list: async ({ signal }: AdminRequestOptions = {}) => (await send({ method: 'GET', path: 'v1/admin/webhook-endpoints', signal, parse: parseList })).data,
    get: async (id: string, { signal }: AdminRequestOptions = {}) => send({ method: 'GET', path: endpointPath(id), signal, parse: parseEndpoint }),
    update: async (id: string, patch: WebhookEndpointPatch, options: VersionOptions) => {
      const path = endpointPath(id);
      const version = requireVersion(options, "the webhook endpoint's");
      const json = checkEndpoint<WebhookEndpointPatch>(patch, true);
      return send({ method: 'PATCH', path, json, headers: ifMatch(version), signal: options.signal, parse: parseEndpoint });
    },
    delete: async (id: string, { signal }: AdminRequestOptions = {}) => {
      await send({ method: 'DELETE', path: endpointPath(id), signal, parse: parseEmpty });
    },
  } satisfies WebhookEndpointsApi);
  return Object.freeze({
    endpoints,
    deliveries: async (endpointId: string, query: WebhookDeliveryQuery = {}, { signal }: AdminRequestOptions = {}) =>
      send({ method: 'GET', path: `${endpointPath(endpointId, 'endpointId')}/deliveries`, search: checkQuery(query), signal, parse: parseDeliveryPage }),
    resend: async (deliveryId: string, { signal }: AdminRequestOptions = {}) =>
      send({ method: 'POST', path: `v1/admin/webhook-deliveries/${encodeURIComponent(requireId('deliveryId', deliveryId))}/resend`, signal, parse: parseDelivery }),
  } satisfies WebhooksApi);
}
