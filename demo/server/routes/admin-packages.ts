import { createHash } from 'node:crypto';
import type { AppointmentPackage, FieldError } from '../../../src/core/index.js';
import { validatePackage, validatePackagePatch } from '../../../src/core/index.js';
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
  updatePackage,
} from '../db/packages.js';
import { packageWarnings, withWarnings, type Warning } from '../admin/warnings.js';
import { readJsonBody } from '../http/body.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { idempotencyKeyReused, readIdempotencyKey } from '../http/idempotency-key.js';
import { checkVersion, etagOf, requireIfMatch } from '../http/etag.js';
import { HttpProblem, notFound, validationProblem } from '../http/problem.js';
import type { Reply, RequestContext, Route } from '../http/router.js';
import type { RouteDeps } from './context.js';
import { readMarketFilter } from './query.js';

/** Page size bounds of `GET /v1/admin/packages`. */
export const PAGE_LIMITS = { min: 1, max: 200, default: 50 } as const;

/** A package's body: a 2,000-character description of multi-byte characters fits, 600 KB does not. */
const PACKAGE_BODY_BYTES = 128 * 1024;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const packageReply = (status: number, pkg: AppointmentPackage, headers: Record<string, string> = {}, warnings: readonly Warning[] = []): Reply => ({
  status,
  body: withWarnings(pkg, warnings),
  headers: { ETag: etagOf(pkg.version), ...headers },
});

function readLimit(query: URLSearchParams, errors: FieldError[]): number {
  const text = query.get('limit');
  if (text === null) return PAGE_LIMITS.default;
  const limit = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  if (limit >= PAGE_LIMITS.min && limit <= PAGE_LIMITS.max) return limit;
  errors.push({
    field: 'limit',
    code: 'out_of_range',
    message: `limit must be a whole number from ${PAGE_LIMITS.min} to ${PAGE_LIMITS.max} (got ${JSON.stringify(text)}).`,
  });
  return PAGE_LIMITS.default;
}

/** Checks the `expertId` of a create body; pushes a problem onto `errors` when it is unusable. */
async function checkExpertId(db: Queryable, value: unknown, errors: FieldError[]): Promise<string> {
  if (value === undefined) {
    errors.push({ field: 'expertId', code: 'required', message: 'expertId is required: the expert who sells the package.' });
  } else if (typeof value !== 'string' || value.trim() === '') {
    errors.push({ field: 'expertId', code: 'invalid_type', message: 'expertId must be the id of an expert, e.g. "exp_istanbul".' });
  } else if (!(await findExpert(db, value))) {
    errors.push({ field: 'expertId', code: 'not_found', message: `expertId "${value}" is not an expert of this tenant.` });
  } else {
    return value;
  }
  return '';
}

/** Checks a reorder body against the expert's current packages; returns the field errors. */
function checkOrder(body: unknown, expertId: string, current: ReadonlySet<string>): FieldError[] {
  if (!isRecord(body)) {
    return [{ field: '', code: 'invalid_type', message: 'The body must be a JSON object such as { "ids": ["pkg_…"] }.' }];
  }
  const errors: FieldError[] = Object.keys(body)
    .filter((key) => key !== 'ids')
    .map((key) => ({ field: key, code: 'unknown_field', message: `${key} is not a field of a package order; send only ids.` }));
  const ids = body.ids;
  if (!Array.isArray(ids)) {
    errors.push({ field: 'ids', code: 'invalid_type', message: 'ids must be an array of package ids, top to bottom.' });
    return errors;
  }
  const seen = new Map<string, number>();
  ids.forEach((id: unknown, index) => {
    const field = `ids[${index}]`;
    if (typeof id !== 'string') {
      errors.push({ field, code: 'invalid_type', message: `${field} must be a package id string.` });
    } else if (seen.has(id)) {
      errors.push({ field, code: 'duplicate', message: `${field} repeats "${id}", already listed at ids[${seen.get(id)}].` });
    } else {
      seen.set(id, index);
      if (!current.has(id)) {
        errors.push({ field, code: 'not_found', message: `${field} "${id}" is not a package of expert ${expertId}.` });
      }
    }
  });
  const missing = [...current].filter((id) => !seen.has(id));
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

  return [
    {
      method: 'GET',
      path: '/v1/admin/packages',
      audience: 'admin',
      handler: async (ctx) => {
        const query = ctx.url.searchParams;
        const errors: FieldError[] = [];
        const expertId = query.get('expertId') ?? undefined;
        if (expertId === '') errors.push({ field: 'expertId', code: 'too_short', message: 'expertId must not be empty.' });
        const market = readMarketFilter(query, errors);
        const limit = readLimit(query, errors);
        const cursorText = query.get('cursor');
        let after;
        try {
          after = cursorText === null ? undefined : decodeCursor(cursorText);
        } catch (problem) {
          if (!(problem instanceof HttpProblem) || !problem.extras.errors) throw problem;
          errors.push(...problem.extras.errors);
        }
        if (errors.length > 0) throw validationProblem(errors);
        const rows = await listPackages(db, { ...(expertId ? { expertId } : {}), ...market }, { limit: limit + 1, ...(after ? { after } : {}) });
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
      handler: async (ctx) => {
        const idempotencyKey = readIdempotencyKey(ctx.req.headers['idempotency-key']);
        const body = await readJsonBody(ctx);
        const errors: FieldError[] = [];
        let expertId = '';
        let candidate: unknown = body;
        if (isRecord(body)) {
          const { expertId: rawExpertId, ...rest } = body;
          candidate = rest;
          expertId = await checkExpertId(db, rawExpertId, errors);
        }
        const result = validatePackage(candidate);
        if (!result.ok) errors.push(...result.errors);
        if (errors.length > 0 || !result.ok) throw validationProblem(errors);
        const input = result.value;
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
          const created = await insertPackage(tx, expertId, input);
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
      handler: async (ctx) => {
        const ifMatch = requireIfMatch(ctx.req.headers['if-match']);
        const body = await readJsonBody(ctx);
        const patch = validatePackagePatch(body);
        return db.transaction(async (tx) => {
          const current = await findPackage(tx, packageIdOf(ctx), true);
          if (!current) throw notFound(`Package "${packageIdOf(ctx)}"`);
          checkVersion(ifMatch, current.version);
          if (!patch.ok) throw validationProblem(patch.errors);
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
          const current = await findPackage(tx, packageIdOf(ctx), true);
          if (!current) throw notFound(`Package "${packageIdOf(ctx)}"`);
          checkVersion(ifMatch, current.version);
          // The row is locked, so no purchase can start referring to it before the delete.
          if (await hasPurchases(tx, current.id)) {
            throw new HttpProblem(
              409,
              'package_has_purchases',
              `Package "${current.id}" has been bought, and its purchases and bookings refer to it, so it cannot be deleted; change it instead (buyers keep what they bought).`,
            );
          }
          if (!(await deletePackage(tx, current.id, current.version))) {
            throw new Error(`Package ${current.id} changed although it was locked.`);
          }
          return { status: 204 };
        });
      },
    },
    {
      method: 'PUT',
      path: '/v1/admin/experts/:expertId/package-order',
      audience: 'admin',
      maxBodyBytes: 64 * 1024,
      handler: async (ctx) => {
        const expertId = ctx.params.expertId as string;
        const body = await readJsonBody(ctx);
        return db.transaction(async (tx) => {
          // Locking the expert holds off package inserts for it (their foreign key check needs a
          // share lock on this row); locking the packages holds off edits and deletes.
          if (!(await findExpert(tx, expertId, true))) throw notFound(`Expert "${expertId}"`);
          const { rows } = await tx.query<{ id: string }>('SELECT id FROM packages WHERE expert_id = $1 FOR UPDATE', [expertId]);
          const errors = checkOrder(body, expertId, new Set(rows.map((row) => row.id)));
          if (errors.length > 0) throw validationProblem(errors);
          await setListingOrder(tx, (body as { ids: string[] }).ids);
          return { status: 200, body: { data: await listPackages(tx, { expertId }) } };
        });
      },
    },
  ];
}
