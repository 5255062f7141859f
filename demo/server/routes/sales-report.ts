import { isInstantInRange, isIsoInstant, type FieldError } from '../../../src/core/index.js';
import { salesPage, salesTotals, type AttemptStatus, type SalesFilter } from '../db/sales.js';
import type { Route } from '../http/router.js';
import type { RouteDeps } from './context.js';

/** The page size of the report when `limit` is not given (openapi.yaml bounds it). */
const DEFAULT_PAGE_SIZE = 50;

/** Encodes the last attempt id of a page as an opaque cursor. */
const encodeSalesCursor = (id: string): string => Buffer.from(`sales:${id}`, 'utf8').toString('base64url');

/** The attempt id of a cursor made by {@link encodeSalesCursor}, or `undefined` when it is not one. */
function decodeSalesCursor(cursor: string): number | undefined {
  const match = /^sales:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match?.[1] ? Number(match[1]) : undefined;
}

/** The report's rules beyond openapi.yaml's checks of each parameter: a readable cursor, `to` after `from`. */
function queryRules(query: URLSearchParams): FieldError[] {
  const errors: FieldError[] = [];
  const cursor = query.get('cursor');
  if (cursor !== null && decodeSalesCursor(cursor) === undefined) {
    errors.push({ field: 'cursor', code: 'invalid_cursor', message: 'cursor must be a nextCursor value returned by this report.' });
  }
  // Only between two accepted instants (the spec's checks name any other).
  const [from, to] = [query.get('from'), query.get('to')].map((text) => (isIsoInstant(text) ? Date.parse(text) : NaN));
  if (isInstantInRange(from as number) && isInstantInRange(to as number) && (to as number) <= (from as number)) {
    errors.push({ field: 'to', code: 'invalid_range', message: 'to must be after from (from is inclusive, to exclusive).' });
  }
  return errors;
}

/** The filter, page size and position of a checked query. */
function readQuery(query: URLSearchParams): { filter: SalesFilter; limit: number; beforeId: number | undefined } {
  const filter: SalesFilter = {};
  const [from, to, expertId, status, cursor] = ['from', 'to', 'expertId', 'status', 'cursor'].map((name) => query.get(name));
  if (from) filter.fromMs = Date.parse(from);
  if (to) filter.toMs = Date.parse(to);
  if (expertId) filter.expertId = expertId;
  if (status) filter.status = status as AttemptStatus;
  const limit = Number(query.get('limit') ?? DEFAULT_PAGE_SIZE);
  return { filter, limit, beforeId: cursor === null || cursor === undefined ? undefined : decodeSalesCursor(cursor) };
}

/** The sales report (admin key): every payment attempt, succeeded or not, with totals per currency. */
export function salesReportRoutes({ db }: RouteDeps): Route[] {
  return [
    {
      method: 'GET',
      path: '/v1/admin/reports/sales',
      audience: 'admin',
      requestRules: (ctx) => queryRules(ctx.url.searchParams),
      handler: async (ctx) => {
        const { filter, limit, beforeId } = readQuery(ctx.url.searchParams);
        // One snapshot for the page and the totals, so they agree.
        return db.transaction(async (tx) => {
          await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
          const rows = await salesPage(tx, filter, { limit: limit + 1, ...(beforeId === undefined ? {} : { beforeId }) });
          const data = rows.slice(0, limit);
          const last = data[data.length - 1];
          const nextCursor = rows.length > limit && last ? encodeSalesCursor(last.id) : null;
          return { status: 200, body: { data, nextCursor, totals: await salesTotals(tx, filter) } };
        });
      },
    },
  ];
}
