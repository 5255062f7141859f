import type { FieldError } from '../../../src/core/index.js';
import { validateCreditPackage, validateCreditPackagePatch } from '../../../src/core/validate-credit-package.js';
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
import { readJsonBody } from '../http/body.js';
import { checkVersion, etagOf, requireIfMatch } from '../http/etag.js';
import { readIdempotencyKey } from '../http/idempotency-key.js';
import { notFound, validationProblem } from '../http/problem.js';
import type { Reply, RequestContext, Route } from '../http/router.js';
import type { RouteDeps } from './context.js';
import { readMarketFilter } from './query.js';

const WHAT = 'The credit package';

const reply = (status: number, pkg: CreditPackage, headers: Record<string, string> = {}): Reply => ({
  status,
  body: pkg,
  headers: { ETag: etagOf(pkg.version), ...headers },
});

/** Reads the optional `active` filter (`true` or `false`). */
function readActive(query: URLSearchParams, errors: FieldError[]): boolean | undefined {
  const text = query.get('active');
  if (text === null) return undefined;
  if (text === 'true' || text === 'false') return text === 'true';
  errors.push({ field: 'active', code: 'invalid_value', message: `active must be "true" or "false" (got ${JSON.stringify(text)}).` });
  return undefined;
}

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
        const errors: FieldError[] = [];
        const market = readMarketFilter(ctx.url.searchParams, errors);
        if (errors.length > 0) throw validationProblem(errors);
        // Without a market, the tenant's home market: never a mix of every country's prices.
        const filter = market.country === undefined && market.currency === undefined ? { country: config.defaultCountry } : market;
        return { status: 200, body: { data: await listCreditPackages(db, { ...filter, active: true }) } };
      },
    },
    {
      method: 'GET',
      path: '/v1/admin/credit-packages',
      audience: 'admin',
      handler: async (ctx) => {
        const errors: FieldError[] = [];
        const market = readMarketFilter(ctx.url.searchParams, errors);
        const active = readActive(ctx.url.searchParams, errors);
        if (errors.length > 0) throw validationProblem(errors);
        return { status: 200, body: { data: await listCreditPackages(db, { ...market, ...(active === undefined ? {} : { active }) }) } };
      },
    },
    {
      method: 'POST',
      path: '/v1/admin/credit-packages',
      audience: 'admin',
      handler: async (ctx) => {
        const key = readIdempotencyKey(ctx.req.headers['idempotency-key']);
        const body = await readJsonBody(ctx);
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
      handler: async (ctx) => {
        const ifMatch = requireIfMatch(ctx.req.headers['if-match']);
        const patch = validateCreditPackagePatch(await readJsonBody(ctx));
        return db.transaction(async (tx) => {
          const current = await findCreditPackage(tx, idOf(ctx), true);
          if (!current) throw notFound(`Credit package "${idOf(ctx)}"`);
          checkVersion(ifMatch, current.version, WHAT);
          if (!patch.ok) throw validationProblem(patch.errors);
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
