import { createHash } from 'node:crypto';
import type { AppointmentPackage, FieldError } from '../../../src/core/index.js';
import { isRecord, validatePackage, validatePackagePatch } from '../../../src/core/index.js';
import type { Queryable } from '../db/database.js';
import { findExpert } from '../db/experts.js';
import { claimIdempotencyKey, saveIdempotentResponse } from '../db/idempotency.js';
import {
  deletePackage,
  hasPurchases,
  findPackage,
  inputOf,
  insertPackage,
  listPackages,
  setListingOrder,
  setPackageArchived,
  updatePackage,
} from '../db/packages.js';
import { packageWarnings, withWarnings, type Warning } from '../admin/warnings.js';
import { decodeCursor, encodeCursor, INVALID_CURSOR } from '../http/cursor.js';
import { idempotencyKeyReused, optionalIdempotencyKeyOf } from '../http/idempotency-key.js';
import { checkVersion, etagOf, requireIfMatch, type IfMatch } from '../http/etag.js';
import { HttpProblem, notFound, validationProblem } from '../http/problem.js';
import type { PackageOrder } from '../../../src/wire/index.js';
import type { Reply, RequestContext, Route } from '../http/router.js';
import type { RouteDeps } from './context.js';
import { marketOf } from './query.js';

/** The page size of `GET /v1/admin/packages` when `limit` is not given (openapi.yaml bounds it). */
const DEFAULT_PAGE_SIZE = 50;

/** A package's body: a 2,000-character description of multi-byte characters fits, 600 KB does not. */
const PACKAGE_BODY_BYTES = 128 * 1024;


const packageReply = (status: number, pkg: AppointmentPackage, headers: Record<string, string> = {}, warnings: readonly Warning[] = []): Reply => ({
  status,
  body: withWarnings(pkg, warnings),
  headers: { ETag: etagOf(pkg.version), ...headers },
});

/** The problem of a create body's `expertId` naming no expert (its shape is the spec's to check). */
async function unknownExpert(db: Queryable, value: unknown): Promise<FieldError[]> {
  if (typeof value !== 'string' || value === '' || (await findExpert(db, value))) return [];
  return [{ field: 'expertId', code: 'not_found', message: `expertId "${value}" is not an expert of this tenant.` }];
}

/** Checks a checked reorder body against the expert's current packages; returns the field errors. */
function checkOrder(ids: readonly string[], expertId: string, current: ReadonlySet<string>): FieldError[] {
  const errors: FieldError[] = ids.flatMap((id, index) =>
    current.has(id) ? [] : [{ field: `ids[${index}]`, code: 'not_found', message: `ids[${index}] "${id}" is not a package of expert ${expertId}.` }],
  );
  const missing = [...current].filter((id) => !ids.includes(id));
  if (missing.length > 0) {
    const shown = missing.slice(0, 10).join(', ') + (missing.length > 10 ? ` and ${missing.length - 10} more` : '');
    errors.push({
      field: 'ids',
      code: 'incomplete',
      message: `ids must list every package of expert ${expertId} exactly once; missing: ${shown}.`,
    });
  }
  return errors;
}

/** The admin routes over packages (admin key). */
export function adminPackageRoutes({ db, config }: RouteDeps): Route[] {
  const packageIdOf = (ctx: RequestContext) => ctx.params.packageId as string;
  const apiKeyIdOf = (ctx: RequestContext) => ctx.apiKey?.id ?? '';
  /** The package of the route, locked for the transaction `tx`, at the version `ifMatch` names (404, 412 else). */
  const lockedPackage = async (tx: Queryable, ctx: RequestContext, ifMatch: IfMatch): Promise<AppointmentPackage> => {
    const current = await findPackage(tx, packageIdOf(ctx), true);
    if (!current) throw notFound(`Package "${packageIdOf(ctx)}"`);
    checkVersion(ifMatch, current.version);
    return current;
  };

  /** `POST …/archive` (`archived: true`) or `…/unarchive`: an If-Match write of the sale state. */
  const archiveRoute = (verb: 'archive' | 'unarchive'): Route => ({
    method: 'POST',
    path: `/v1/admin/packages/:packageId/${verb}`,
    audience: 'admin',
    handler: async (ctx) => {
      const ifMatch = requireIfMatch(ctx.req.headers['if-match']);
      return db.transaction(async (tx) => {
        const current = await lockedPackage(tx, ctx, ifMatch);
        const updated = await setPackageArchived(tx, current.id, current.version, verb === 'archive', config.clock());
        if (!updated) throw new Error(`Package ${current.id} changed although it was locked.`);
        return packageReply(200, updated);
      });
    },
  });

  return [
    {
      method: 'GET',
      path: '/v1/admin/packages',
      audience: 'admin',
      requestRules: (ctx) => {
        const cursor = ctx.url.searchParams.get('cursor');
        return cursor === null || decodeCursor(cursor) ? [] : [INVALID_CURSOR];
      },
      handler: async (ctx) => {
        const query = ctx.url.searchParams;
        const expertId = query.get('expertId') ?? undefined;
        const limit = Number(query.get('limit') ?? DEFAULT_PAGE_SIZE);
        const cursor = query.get('cursor');
        const after = cursor === null ? null : decodeCursor(cursor);
        const rows = await listPackages(db, { ...(expertId ? { expertId } : {}), ...marketOf(query) }, { limit: limit + 1, ...(after ? { after } : {}) });
        const data = rows.slice(0, limit);
        const last = data[data.length - 1];
        const nextCursor = rows.length > limit && last ? encodeCursor(last) : null;
        return { status: 200, body: { data, nextCursor } };
      },
    },
    {
      method: 'POST',
      path: '/v1/admin/packages',
      audience: 'admin',
      maxBodyBytes: PACKAGE_BODY_BYTES,
      // The package's rule table is core's (the admin SDK's forms use it too); the expert must exist.
      requestRules: async ({ body }) => {
        if (!isRecord(body)) return [];
        const { expertId, ...rest } = body;
        const errors = await unknownExpert(db, expertId);
        const result = validatePackage(rest);
        return result.ok ? errors : [...errors, ...result.errors];
      },
      handler: async (ctx) => {
        const idempotencyKey = optionalIdempotencyKeyOf(ctx);
        const { expertId, ...rest } = ctx.body as Record<string, unknown>;
        const result = validatePackage(rest);
        if (!result.ok) throw validationProblem(result.errors);
        const input = result.value;
        const body = ctx.body;
        const requestHash = createHash('sha256').update(`POST /v1/admin/packages\n${JSON.stringify(body)}`).digest('hex');

        return db.transaction(async (tx) => {
          if (idempotencyKey !== undefined) {
            const claim = await claimIdempotencyKey(tx, apiKeyIdOf(ctx), idempotencyKey, requestHash);
            if (!claim.claimed) {
              if (claim.requestHash !== requestHash) {
                throw idempotencyKeyReused('use a new key for a new package.');
              }
              const stored = claim.response.body as AppointmentPackage;
              return packageReply(claim.response.status, stored, { 'Idempotent-Replayed': 'true', Location: `/v1/admin/packages/${stored.id}` });
            }
          }
          const created = await insertPackage(tx, expertId as string, input);
          const warnings = await packageWarnings(tx, created);
          if (idempotencyKey !== undefined) {
            await saveIdempotentResponse(tx, apiKeyIdOf(ctx), idempotencyKey, { status: 201, body: withWarnings(created, warnings) });
          }
          return packageReply(201, created, { Location: `/v1/admin/packages/${created.id}` }, warnings);
        });
      },
    },
    {
      method: 'GET',
      path: '/v1/admin/packages/:packageId',
      audience: 'admin',
      handler: async (ctx) => {
        const pkg = await findPackage(db, packageIdOf(ctx));
        if (!pkg) throw notFound(`Package "${packageIdOf(ctx)}"`);
        return packageReply(200, pkg);
      },
    },
    {
      method: 'PATCH',
      path: '/v1/admin/packages/:packageId',
      audience: 'admin',
      maxBodyBytes: PACKAGE_BODY_BYTES,
      requestRules: ({ body }) => {
        const patch = validatePackagePatch(body);
        return patch.ok ? [] : patch.errors;
      },
      handler: async (ctx) => {
        const ifMatch = requireIfMatch(ctx.req.headers['if-match']);
        const patch = validatePackagePatch(ctx.body);
        if (!patch.ok) throw validationProblem(patch.errors);
        return db.transaction(async (tx) => {
          const current = await lockedPackage(tx, ctx, ifMatch);
          const merged = validatePackage({ ...inputOf(current), ...patch.value });
          if (!merged.ok) throw validationProblem(merged.errors);
          const updated = await updatePackage(tx, current.id, current.version, merged.value);
          if (!updated) throw new Error(`Package ${current.id} changed although it was locked.`);
          return packageReply(200, updated, {}, await packageWarnings(tx, updated));
        });
      },
    },
    {
      method: 'DELETE',
      path: '/v1/admin/packages/:packageId',
      audience: 'admin',
      handler: async (ctx) => {
        const ifMatch = requireIfMatch(ctx.req.headers['if-match']);
        return db.transaction(async (tx) => {
          const current = await lockedPackage(tx, ctx, ifMatch);
          // The row is locked, so no purchase can start referring to it before the delete.
          if (await hasPurchases(tx, current.id)) {
            throw new HttpProblem(
              409,
              'package_has_purchases',
              `Package "${current.id}" has been bought, and its purchases and bookings refer to it, so it cannot be deleted; archive it instead (POST /v1/admin/packages/${current.id}/archive): it leaves sale and its buyers keep booking their sessions.`,
            );
          }
          if (!(await deletePackage(tx, current.id, current.version))) {
            throw new Error(`Package ${current.id} changed although it was locked.`);
          }
          return { status: 204 };
        });
      },
    },
    archiveRoute('archive'),
    archiveRoute('unarchive'),
    {
      method: 'PUT',
      path: '/v1/admin/experts/:expertId/package-order',
      audience: 'admin',
      maxBodyBytes: 64 * 1024,
      handler: async (ctx) => {
        const expertId = ctx.params.expertId as string;
        const { ids } = ctx.body as PackageOrder;
        return db.transaction(async (tx) => {
          // Locking the expert holds off package inserts for it (their foreign key check needs a
          // share lock on this row); locking the packages holds off edits and deletes.
          if (!(await findExpert(tx, expertId, true))) throw notFound(`Expert "${expertId}"`);
          const { rows } = await tx.query<{ id: string }>('SELECT id FROM packages WHERE expert_id = $1 FOR UPDATE', [expertId]);
          const errors = checkOrder(ids, expertId, new Set(rows.map((row) => row.id)));
          if (errors.length > 0) throw validationProblem(errors);
          await setListingOrder(tx, ids);
          return { status: 200, body: { data: await listPackages(tx, { expertId }) } };
        });
      },
    },
  ];
}
