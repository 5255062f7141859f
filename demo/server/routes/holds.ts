import { createHash, timingSafeEqual } from 'node:crypto';
import type { FieldError } from '../../../src/core/node.js';
import { findAvailability } from '../db/availability.js';
import { deleteExpiredHolds, deleteHold, findLiveHold, insertHold, ReservationConflict, type StoredHold } from '../db/holds.js';
import { claimIdempotencyKey, saveIdempotentResponse } from '../db/idempotency.js';
import { newId, newToken } from '../db/ids.js';
import { findPackage } from '../db/packages.js';
import { idempotencyKeyOf, idempotencyKeyReused } from '../http/idempotency-key.js';
import { HttpProblem, notFound, validationProblem } from '../http/problem.js';
import type { Reply, RequestContext, Route } from '../http/router.js';
import { checkStarts } from '../scheduling/hold-request.js';
import { isOffered } from '../scheduling/offered-slots.js';
import { isoInstant, MS_PER_MINUTE } from '../scheduling/time.js';
import type { HoldCreate } from '../../../src/wire/index.js';
import type { RouteDeps } from './context.js';
import type * as Wire from '../../../src/wire/index.js';

/** How long a hold keeps its slots, in minutes of the server clock. */
export const HOLD_MINUTES = 10;

/** A hold as the API shows it: with its token, which the caller needs to read or release it. */
export type Hold = Wire.Hold;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const toHold = (stored: StoredHold, token: string): Hold => ({
  id: stored.id,
  token,
  expertId: stored.expertId,
  packageId: stored.packageId,
  slots: stored.slots,
  expiresAt: stored.expiresAt,
});

/** The `Apptkit-Hold` header: the hold's token. */
function holdTokenOf(ctx: RequestContext): string {
  const header = ctx.req.headers['apptkit-hold'];
  return Array.isArray(header) ? header.join(',') : (header ?? '');
}

/** Whether `token` is the one whose hash is `tokenHash` (compared in constant time). */
function tokenMatches(token: string, tokenHash: string): boolean {
  const given = Buffer.from(sha256(token), 'hex');
  const stored = Buffer.from(tokenHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** The slot holds a client takes while checking out (publishable key). */
export function holdRoutes({ db, config }: RouteDeps): Route[] {
  const nowMs = () => config.clock().getTime();

  /** The live hold of the request's path, if the request carries its token; else 404. */
  async function liveHoldOf(ctx: RequestContext): Promise<{ hold: StoredHold; token: string }> {
    const id = ctx.params.holdId as string;
    const token = holdTokenOf(ctx);
    const hold = await findLiveHold(db, id, nowMs());
    if (!hold || token === '' || !tokenMatches(token, hold.tokenHash)) {
      throw notFound(`A live hold "${id}" for this Apptkit-Hold token`);
    }
    return { hold, token };
  }

  return [
    {
      method: 'POST',
      path: '/v1/holds',
      audience: 'public',
      handler: async (ctx) => {
        const idempotencyKey = idempotencyKeyOf(ctx);
        const body = ctx.body as HoldCreate;
        const { expertId, packageId } = body;
        const [availability, pkg] = await Promise.all([findAvailability(db, expertId), findPackage(db, packageId)]);
        const errors: FieldError[] = [];
        if (!availability) {
          errors.push({ field: 'expertId', code: 'not_found', message: `expertId "${expertId}" is not an expert of this tenant.` });
        }
        if (!pkg || (availability && pkg.expertId !== expertId)) {
          errors.push({ field: 'packageId', code: 'not_found', message: `packageId "${packageId}" is not a package of expert "${expertId}".` });
        }
        if (!availability || !pkg || errors.length > 0) throw validationProblem(errors);
        const starts = checkStarts(body.starts, pkg);
        if (!starts.ok) throw validationProblem(starts.errors);

        const requestHash = sha256(`POST /v1/holds\n${JSON.stringify(body)}`);
        const apiKeyId = ctx.apiKey?.id ?? '';
        return db.transaction(async (tx): Promise<Reply> => {
          const claim = await claimIdempotencyKey(tx, apiKeyId, idempotencyKey, requestHash);
          if (!claim.claimed) {
            if (claim.requestHash !== requestHash) throw idempotencyKeyReused('use a new key for a new hold.');
            const replayed = claim.response.body as Hold;
            return {
              status: claim.response.status,
              body: replayed,
              headers: { 'Idempotent-Replayed': 'true', Location: `/v1/holds/${replayed.id}` },
            };
          }
          const now = nowMs();
          await deleteExpiredHolds(tx, expertId, now);
          const context = {
            availability,
            durationMinutes: pkg.durationMinutes,
            breakMinutes: pkg.breakMinutes,
            nowMs: now,
            minNoticeMinutes: config.minNoticeMinutes,
          };
          // Whether each start is a slot at all; who else holds it is the exclusion constraint's call.
          const unavailable: FieldError[] = [];
          for (const [i, start] of starts.value.entries()) {
            if (!(await isOffered(tx, context, start, 'blocks'))) {
              unavailable.push({
                field: `starts[${i}]`,
                code: 'slot_unavailable',
                message: `starts[${i}] (${isoInstant(start)}) is not a slot this expert offers for the package; list the slots again.`,
              });
            }
          }
          if (unavailable.length > 0) {
            throw new HttpProblem(409, 'slot_unavailable', 'Some requested starts are not offered slots.', { errors: unavailable });
          }

          const token = newToken('hlt');
          const id = newId('hold');
          const expiresAtMs = now + HOLD_MINUTES * MS_PER_MINUTE;
          try {
            await insertHold(tx, {
              id,
              tokenHash: sha256(token),
              expertId,
              packageId,
              startsMs: starts.value,
              durationMinutes: pkg.durationMinutes,
              breakMinutes: pkg.breakMinutes,
              expiresAtMs,
            });
          } catch (error) {
            if (!(error instanceof ReservationConflict)) throw error;
            const field = `starts[${error.index}]`;
            throw new HttpProblem(409, 'slot_taken', `${field} was taken by someone else a moment ago; pick another slot.`, {
              errors: [{ field, code: 'slot_taken', message: `${field} (${isoInstant(starts.value[error.index] as number)}) is already held or booked.` }],
            });
          }
          const slots = [...starts.value]
            .sort((a, b) => a - b)
            .map((start) => ({ start: isoInstant(start), end: isoInstant(start + pkg.durationMinutes * MS_PER_MINUTE) }));
          const hold: Hold = { id, token, expertId, packageId, slots, expiresAt: isoInstant(expiresAtMs) };
          await saveIdempotentResponse(tx, apiKeyId, idempotencyKey, { status: 201, body: hold });
          return { status: 201, body: hold, headers: { Location: `/v1/holds/${id}` } };
        });
      },
    },
    {
      method: 'GET',
      path: '/v1/holds/:holdId',
      audience: 'public',
      handler: async (ctx) => {
        const { hold, token } = await liveHoldOf(ctx);
        return { status: 200, body: toHold(hold, token) };
      },
    },
    {
      method: 'DELETE',
      path: '/v1/holds/:holdId',
      audience: 'public',
      handler: async (ctx) => {
        const { hold } = await liveHoldOf(ctx);
        await deleteHold(db, hold.id);
        return { status: 204 };
      },
    },
  ];
}
