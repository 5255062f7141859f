import { validateCreditPackage, validateCreditPackagePatch } from '../../../src/core/validate-credit-package.js';
import { creditOffers } from '../checkout/campaign-price.js';
import { runIdempotent } from '../checkout/idempotent.js';
import {
  creditPackageInputOf,
  deleteCreditPackage,
  findCreditPackage,
  insertCreditPackage,
  listCreditPackages,
  updateCreditPackage,
  type CreditPackage,
} from '../db/credit-packages.js';
import { checkVersion, etagOf, requireIfMatch } from '../http/etag.js';
import { optionalIdempotencyKeyOf } from '../http/idempotency-key.js';
import { notFound, validationProblem } from '../http/problem.js';
import type { Reply, RequestContext, Route } from '../http/router.js';
import type { RouteDeps } from './context.js';
import { varyOf } from './experts.js';
import { marketOf } from './query.js';
import { oneMarketList, visitorCountry } from './visitor-country.js';

const WHAT = 'The credit package';

const reply = (status: number, pkg: CreditPackage, headers: Record<string, string> = {}): Reply => ({
  status,
  body: pkg,
  headers: { ETag: etagOf(pkg.version), ...headers },
});

/**
 * Credit packages: admin CRUD (admin key) and the public list of active ones (publishable key),
 * of one market: the `country` / `currency` asked for, else the tenant's `defaultCountry`.
 */
export function creditPackageRoutes({ db, config }: RouteDeps): Route[] {
  const idOf = (ctx: RequestContext) => ctx.params.creditPackageId as string;
  const location = (pkg: CreditPackage) => ({ Location: `/v1/admin/credit-packages/${pkg.id}` });

  return [
    {
      method: 'GET',
      path: '/v1/credit-packages',
      audience: 'public',
      handler: async (ctx) => {
        const query = ctx.url.searchParams;
        const { defaultCountry, countryHeader } = config;
        // The visitor's country (never a mix of every country's prices), in one currency.
        const visitor = visitorCountry({ query: query.get('country'), headers: ctx.req.headers, countryHeader, defaultCountry });
        const active = await listCreditPackages(db, { active: true });
        const list = oneMarketList(visitor, defaultCountry, query.get('currency') ?? undefined, active);
        // Each offer a running campaign lowers shows its campaign price (decided on the server's clock).
        const body = { ...list, data: await creditOffers(db, list.data, config.clock().getTime()) };
        return { status: 200, body, headers: { Vary: varyOf(countryHeader) } };
      },
    },
    {
      method: 'GET',
      path: '/v1/admin/credit-packages',
      audience: 'admin',
      handler: async (ctx) => {
        const market = marketOf(ctx.url.searchParams);
        const activeText = ctx.url.searchParams.get('active');
        const active = activeText === null ? undefined : activeText === 'true';
        return { status: 200, body: { data: await listCreditPackages(db, { ...market, ...(active === undefined ? {} : { active }) }) } };
      },
    },
    {
      method: 'POST',
      path: '/v1/admin/credit-packages',
      audience: 'admin',
      // The rule table is core's, shared with the admin SDK's forms.
      requestRules: ({ body }) => {
        const result = validateCreditPackage(body);
        return result.ok ? [] : result.errors;
      },
      handler: async (ctx) => {
        const key = optionalIdempotencyKeyOf(ctx);
        const body = ctx.body;
        const result = validateCreditPackage(body);
        if (!result.ok) throw validationProblem(result.errors);
        if (key === undefined) {
          const created = await insertCreditPackage(db, result.value);
          return reply(201, created, location(created));
        }
        const write = {
          apiKeyId: ctx.apiKey?.id ?? '',
          key,
          request: `POST /v1/admin/credit-packages\n${JSON.stringify(body)}`,
          advice: 'use a new key for a new credit package.',
          headersOf: (stored: unknown) => ({ ETag: etagOf((stored as CreditPackage).version), ...location(stored as CreditPackage) }),
        };
        return runIdempotent(db, write, async (tx) => {
          const created = await insertCreditPackage(tx, result.value);
          return { reply: reply(201, created, location(created)) };
        });
      },
    },
    {
      method: 'GET',
      path: '/v1/admin/credit-packages/:creditPackageId',
      audience: 'admin',
      handler: async (ctx) => {
        const pkg = await findCreditPackage(db, idOf(ctx));
        if (!pkg) throw notFound(`Credit package "${idOf(ctx)}"`);
        return reply(200, pkg);
      },
    },
    {
      method: 'PATCH',
      path: '/v1/admin/credit-packages/:creditPackageId',
      audience: 'admin',
      requestRules: ({ body }) => {
        const patch = validateCreditPackagePatch(body);
        return patch.ok ? [] : patch.errors;
      },
      handler: async (ctx) => {
        const ifMatch = requireIfMatch(ctx.req.headers['if-match']);
        const patch = validateCreditPackagePatch(ctx.body);
        if (!patch.ok) throw validationProblem(patch.errors);
        return db.transaction(async (tx) => {
          const current = await findCreditPackage(tx, idOf(ctx), true);
          if (!current) throw notFound(`Credit package "${idOf(ctx)}"`);
          checkVersion(ifMatch, current.version, WHAT);
          const updated = await updateCreditPackage(tx, current.id, current.version, { ...creditPackageInputOf(current), ...patch.value });
          if (!updated) throw new Error(`Credit package ${current.id} changed although it was locked.`);
          return reply(200, updated);
        });
      },
    },
    {
      method: 'DELETE',
      path: '/v1/admin/credit-packages/:creditPackageId',
      audience: 'admin',
      handler: async (ctx) => {
        const ifMatch = requireIfMatch(ctx.req.headers['if-match']);
        return db.transaction(async (tx) => {
          const current = await findCreditPackage(tx, idOf(ctx), true);
          if (!current) throw notFound(`Credit package "${idOf(ctx)}"`);
          checkVersion(ifMatch, current.version, WHAT);
          if (!(await deleteCreditPackage(tx, current.id, current.version))) {
            throw new Error(`Credit package ${current.id} changed although it was locked.`);
          }
          return { status: 204 };
        });
      },
    },
  ];
}
