/**
 * `admin.campaigns`: campaigns over `/v1/admin/campaigns` on the admin client's transport — gift
 * credits to new members or on a first verified e-mail, percentage or fixed discounts on credit
 * packages. Inputs are checked with core's campaign rules (the server's) before sending.
 */
import type { FieldError } from '../../core/package.js';
import {
  CAMPAIGN_TYPES,
  validateCampaign,
  validateCampaignPatch,
  type Campaign,
  type CampaignInput,
  type CampaignPatch,
  type CampaignType,
} from '../../core/validate-campaign.js';
import type { Send } from '../availability/api.js';
import { ifMatch, requireId, requireVersion, shown } from '../args.js';
import { ValidationError } from '../errors.js';
import { idempotencyKeyOf } from '../idempotency.js';
import type { AdminRequestOptions, CreateOptions, VersionOptions } from '../types.js';
import type * as Wire from '../../wire/index.js';
import { parseCampaign, parseCampaignPage } from './parse.js';

export type { Campaign, CampaignInput, CampaignPatch, CampaignType };

/** One page of campaigns, latest start first; `nextCursor` is `null` on the last page. */
export type CampaignPage = Wire.Schema<'CampaignPage'>;

/** A page request of `admin.campaigns.list`; every field is optional. */
export interface CampaignListQuery {
  /** Only campaigns whose `active` flag is `true` (or `false`). */
  active?: boolean;
  type?: CampaignType;
  /** Page size, integer 1–200. Default 50 (the server's). */
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

/** `admin.campaigns`: gift and discount campaigns, each with a start, an end and an active flag. */
export interface CampaignsApi {
  /**
   * One page of campaigns matching `query`, latest start first (ties by id).
   *
   * @example
   * const { data } = await admin.campaigns.list({ type: 'discount_all_credit_packages', active: true });
   */
  list(query?: CampaignListQuery, options?: AdminRequestOptions): Promise<CampaignPage>;
  /** One campaign; rejects with an `ApiError` of code `not_found` when there is none. */
  get(id: string, options?: AdminRequestOptions): Promise<Campaign>;
  /**
   * Creates a campaign (version 1), sent with an `Idempotency-Key`. A campaign runs while
   * `active` and `startsAt` ≤ now < `endsAt`.
   *
   * @example
   * await admin.campaigns.create({
   *   type: 'discount_selected_credit_packages', title: 'Spring', creditPackageIds: ['cpk_1'], percentOff: 15,
   *   startsAt: '2026-03-01T00:00:00Z', endsAt: '2026-04-01T00:00:00Z', active: true,
   * });
   */
  create(input: CampaignInput, options?: CreateOptions): Promise<Campaign>;
  /**
   * Changes some fields of a campaign read at `options.version` (never its `type`); resolves with
   * version + 1. On a selected-packages discount, `percentOff` replaces a fixed discount and
   * `amountOff` a percentage; `signedUpAfter: null` removes that condition.
   */
  update(id: string, patch: CampaignPatch, options: VersionOptions): Promise<Campaign>;
  /**
   * Ends a campaign read at `options.version`: `active` becomes false and a running campaign's
   * `endsAt` becomes now (the server's clock). Resolves with it at version + 1.
   */
  end(id: string, options: VersionOptions): Promise<Campaign>;
}

/** Page size bounds of `GET /v1/admin/campaigns`. */
const PAGE_SIZE = { min: 1, max: 200 } as const;

function checkQuery(query: CampaignListQuery): Record<string, string | undefined> {
  if (typeof query !== 'object' || query === null) throw new TypeError('The campaign listing query must be an object.');
  const { active, type, limit, cursor } = query;
  const errors: FieldError[] = [];
  if (active !== undefined && typeof active !== 'boolean') {
    errors.push({ field: 'active', code: 'invalid_type', message: `active must be true or false (got ${shown(active)}).` });
  }
  if (type !== undefined && !(CAMPAIGN_TYPES as readonly unknown[]).includes(type)) {
    errors.push({ field: 'type', code: 'invalid_option', message: `type must be one of ${CAMPAIGN_TYPES.join(', ')} (got ${shown(type)}).` });
  }
  if (limit !== undefined && (!Number.isInteger(limit) || limit < PAGE_SIZE.min || limit > PAGE_SIZE.max)) {
    errors.push({ field: 'limit', code: 'out_of_range', message: `limit must be an integer from ${PAGE_SIZE.min} to ${PAGE_SIZE.max} (got ${shown(limit)}).` });
  }
  if (cursor !== undefined && (typeof cursor !== 'string' || cursor === '')) {
    errors.push({ field: 'cursor', code: 'invalid_cursor', message: 'cursor must be a nextCursor value returned by a previous page.' });
  }
  if (errors.length > 0) throw new ValidationError('The campaign listing query', errors);
  return { active: active === undefined ? undefined : String(active), type, limit: limit === undefined ? undefined : String(limit), cursor };
}

const itemPath = (id: string) => `v1/admin/campaigns/${encodeURIComponent(requireId('id', id))}`;

/** The campaign methods of an admin client, sending through `send`. */
export function createCampaignsApi(send: Send): CampaignsApi {
  return Object.freeze({
    list: async (query: CampaignListQuery = {}, { signal }: AdminRequestOptions = {}) =>
      send({ method: 'GET', path: 'v1/admin/campaigns', search: checkQuery(query), signal, parse: parseCampaignPage }),
    get: async (id: string, { signal }: AdminRequestOptions = {}) => send({ method: 'GET', path: itemPath(id), signal, parse: parseCampaign }),
    create: async (input: CampaignInput, { signal, idempotencyKey }: CreateOptions = {}) => {
      const result = validateCampaign(input);
      if (!result.ok) throw new ValidationError('The campaign', result.errors);
      const key = idempotencyKeyOf(idempotencyKey);
      return send({ method: 'POST', path: 'v1/admin/campaigns', json: result.value, headers: { 'idempotency-key': key }, signal, parse: parseCampaign });
    },
    update: async (id: string, patch: CampaignPatch, options: VersionOptions) => {
      const path = itemPath(id);
      const version = requireVersion(options, "the campaign's");
      const result = validateCampaignPatch(patch);
      if (!result.ok) throw new ValidationError('The campaign update', result.errors);
      return send({ method: 'PATCH', path, json: result.value, headers: ifMatch(version), signal: options.signal, parse: parseCampaign });
    },
    end: async (id: string, options: VersionOptions) => {
      const path = `${itemPath(id)}/end`;
      const version = requireVersion(options, "the campaign's");
      return send({ method: 'POST', path, headers: ifMatch(version), signal: options.signal, parse: parseCampaign });
    },
  } satisfies CampaignsApi);
}
