import { applyCampaignPatch, validateCampaign, validateCampaignPatch, CAMPAIGN_TYPES, type CampaignType } from '../../../src/core/validate-campaign.js';
import type { FieldError } from '../../../src/core/index.js';
import { runIdempotent } from '../checkout/idempotent.js';
import { findCampaign, insertCampaign, listCampaigns, updateCampaign, type Campaign, type CampaignInput, type CampaignKey } from '../db/campaigns.js';
import { findCreditPackage } from '../db/credit-packages.js';
import type { Queryable } from '../db/database.js';
import { decodeInstantCursor, encodeInstantCursor, INVALID_CURSOR } from '../http/cursor.js';
import { checkVersion, etagOf, requireIfMatch } from '../http/etag.js';
import { optionalIdempotencyKeyOf } from '../http/idempotency-key.js';
import { notFound, validationProblem } from '../http/problem.js';
import type { Reply, RequestContext, Route } from '../http/router.js';
import { isoInstant } from '../scheduling/time.js';
import type { RouteDeps } from './context.js';

const WHAT = 'The campaign';
const DEFAULT_PAGE = 50;

const reply = (status: number, campaign: Campaign, headers: Record<string, string> = {}): Reply => ({
  status,
  body: campaign,
  headers: { ETag: etagOf(campaign.version), ...headers },
});

const location = (campaign: Campaign) => ({ Location: `/v1/admin/campaigns/${campaign.id}` });

const encodeKey = (key: CampaignKey): string => encodeInstantCursor([key.startsAt, key.id]);

/** The listing position a `cursor` names, or `null` when it is not one of this listing's. */
function decodeKey(cursor: string): CampaignKey | null {
  const key = decodeInstantCursor(cursor);
  return key && { startsAt: key[0], id: key[1] };
}

/**
 * What the spec cannot say of a campaign's `creditPackageIds`: each names a credit package of the
 * tenant, and a fixed discount's packages are all in its `currency`.
 */
async function packageErrors(db: Queryable, input: CampaignInput): Promise<FieldError[]> {
  if (input.type !== 'discount_selected_credit_packages') return [];
  const errors: FieldError[] = [];
  for (const [index, id] of input.creditPackageIds.entries()) {
    const pkg = await findCreditPackage(db, id);
    const field = `creditPackageIds[${index}]`;
    if (!pkg) errors.push({ field, code: 'not_found', message: `${field} "${id}" is not a credit package of this tenant.` });
    else if (input.amountOff !== undefined && pkg.currency !== input.currency) {
      errors.push({
        field,
        code: 'currency_mismatch',
        message: `${field} "${id}" is priced in ${pkg.currency}; a fixed discount in ${String(input.currency)} applies only to packages in ${String(input.currency)}.`,
      });
    }
  }
  return errors;
}

/** A checked campaign input whose packages exist, or the 422 naming every bad field. */
async function checkedInput(db: Queryable, result: ReturnType<typeof validateCampaign>): Promise<CampaignInput> {
  if (!result.ok) throw validationProblem(result.errors);
  const errors = await packageErrors(db, result.value);
  if (errors.length > 0) throw validationProblem(errors);
  return result.value;
}

/**
 * Campaigns (admin key): created with an optional `Idempotency-Key`, listed a page at a time,
 * read, changed with their version (`If-Match`) and ended now by the server's clock.
 */
export function campaignRoutes({ db, config }: RouteDeps): Route[] {
  const idOf = (ctx: RequestContext) => ctx.params.campaignId as string;
  const nowMs = () => config.clock().getTime();

  /** Locks the campaign of `ctx` at the `If-Match` version and replaces it with what `change` makes of it. */
  const rewrite = (ctx: RequestContext, change: (tx: Queryable, current: Campaign) => Promise<CampaignInput>) => {
    const ifMatch = requireIfMatch(ctx.req.headers['if-match']);
    return db.transaction(async (tx) => {
      const current = await findCampaign(tx, idOf(ctx), true);
      if (!current) throw notFound(`Campaign "${idOf(ctx)}"`);
      checkVersion(ifMatch, current.version, WHAT);
      const updated = await updateCampaign(tx, current.id, current.version, await change(tx, current));
      if (!updated) throw new Error(`Campaign ${current.id} changed although it was locked.`);
      return reply(200, updated);
    });
  };

  return [
    {
      method: 'GET',
      path: '/v1/admin/campaigns',
      audience: 'admin',
      handler: async (ctx) => {
        const query = ctx.url.searchParams;
        const cursor = query.get('cursor');
        const after = cursor === null ? undefined : decodeKey(cursor);
        if (after === null) throw validationProblem([INVALID_CURSOR]);
        const limit = Number(query.get('limit') ?? DEFAULT_PAGE);
        const activeText = query.get('active');
        const type = query.get('type') as CampaignType | null;
        const page = await listCampaigns(db, {
          active: activeText === null ? undefined : activeText === 'true',
          type: type !== null && (CAMPAIGN_TYPES as readonly string[]).includes(type) ? type : undefined,
          limit: limit + 1,
          after,
        });
        const data = page.slice(0, limit);
        const last = data[data.length - 1];
        const nextCursor = page.length > limit && last ? encodeKey({ startsAt: last.startsAt, id: last.id }) : null;
        return { status: 200, body: { data, nextCursor } };
      },
    },
    {
      method: 'POST',
      path: '/v1/admin/campaigns',
      audience: 'admin',
      // The rule table is core's, shared with the admin SDK.
      requestRules: ({ body }) => {
        const result = validateCampaign(body);
        return result.ok ? [] : result.errors;
      },
      handler: async (ctx) => {
        const key = optionalIdempotencyKeyOf(ctx);
        const body = ctx.body;
        const input = await checkedInput(db, validateCampaign(body));
        if (key === undefined) {
          const created = await insertCampaign(db, input);
          return reply(201, created, location(created));
        }
        const write = {
          apiKeyId: ctx.apiKey?.id ?? '',
          key,
          request: `POST /v1/admin/campaigns\n${JSON.stringify(body)}`,
          advice: 'use a new key for a new campaign.',
          headersOf: (stored: unknown) => ({ ETag: etagOf((stored as Campaign).version), ...location(stored as Campaign) }),
        };
        return runIdempotent(db, write, async (tx) => {
          const created = await insertCampaign(tx, input);
          return { reply: reply(201, created, location(created)) };
        });
      },
    },
    {
      method: 'GET',
      path: '/v1/admin/campaigns/:campaignId',
      audience: 'admin',
      handler: async (ctx) => {
        const campaign = await findCampaign(db, idOf(ctx));
        if (!campaign) throw notFound(`Campaign "${idOf(ctx)}"`);
        return reply(200, campaign);
      },
    },
    {
      method: 'PATCH',
      path: '/v1/admin/campaigns/:campaignId',
      audience: 'admin',
      requestRules: ({ body }) => {
        const patch = validateCampaignPatch(body);
        return patch.ok ? [] : patch.errors;
      },
      handler: async (ctx) => rewrite(ctx, async (tx, current) => checkedInput(tx, applyCampaignPatch(current, ctx.body))),
    },
    {
      method: 'POST',
      path: '/v1/admin/campaigns/:campaignId/end',
      audience: 'admin',
      handler: async (ctx) =>
        rewrite(ctx, async (_tx, current) => {
          const now = nowMs();
          const { id: _id, version: _version, ...input } = current;
          // A running campaign ends now; one not yet started keeps its dates (an end must follow the start).
          const running = Date.parse(current.startsAt) < now && now < Date.parse(current.endsAt);
          return { ...input, active: false, ...(running ? { endsAt: isoInstant(now) } : {}) };
        }),
    },
  ];
}
