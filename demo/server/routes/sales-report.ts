import { isInstantInRange, isIsoInstant, type FieldError } from '../../../src/core/index.js';
import { SALES_SORT_KEY, salesPage, salesTotals, type AttemptStatus, type SalesFilter, type SalesPosition } from '../db/sales.js';
import type { Route } from '../http/router.js';
import type { RouteDeps } from './context.js';

/** The page size of the report when `limit` is not given (openapi.yaml bounds it). */
const DEFAULT_PAGE_SIZE = 50;

/** Encodes the position of a page's last row (its time and sort key) as an opaque cursor. */
const encodeSalesCursor = ({ createdAt, sortKey }: SalesPosition): string => Buffer.from(`sales:${createdAt}|${sortKey}`, 'utf8').toString('base64url');

/** The position in a cursor made by {@link encodeSalesCursor}, or `undefined` when it is not one. */
function decodeSalesCursor(cursor: string): SalesPosition | undefined {
  const match = /^sales:(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|(.+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1] || !match[2] || !SALES_SORT_KEY.test(match[2]) || Number.isNaN(Date.parse(match[1]))) return undefined;
  return { createdAt: match[1], sortKey: match[2] };
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
function readQuery(query: URLSearchParams): { filter: SalesFilter; limit: number; after: SalesPosition | undefined } {
  const filter: SalesFilter = {};
  const [from, to, expertId, status, cursor] = ['from', 'to', 'expertId', 'status', 'cursor'].map((name) => query.get(name));
  if (from) filter.fromMs = Date.parse(from);
  if (to) filter.toMs = Date.parse(to);
  if (expertId) filter.expertId = expertId;
  if (status) filter.status = status as AttemptStatus;
  const limit = Number(query.get('limit') ?? DEFAULT_PAGE_SIZE);
  return { filter, limit, after: cursor === null || cursor === undefined ? undefined : decodeSalesCursor(cursor) };
}

/**
 * The sales report (admin key): every payment attempt of a package or credit-package purchase,
 * succeeded or not, every free purchase and every settled refund (a negative row dated at the
 * refund), with totals per currency net of refunds.
 */
export function salesReportRoutes({ db }: RouteDeps): Route[] {
  return [
    {
      method: 'GET',
      path: '/v1/admin/reports/sales',
      audience: 'admin',
      requestRules: (ctx) => queryRules(ctx.url.searchParams),
      handler: async (ctx) => {
        const { filter, limit, after } = readQuery(ctx.url.searchParams);
        // One snapshot for the page and the totals, so they agree.
        return db.transaction(async (tx) => {
          await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
          const { rows, positions } = await salesPage(tx, filter, { limit: limit + 1, ...(after === undefined ? {} : { after }) });
          const data = rows.slice(0, limit);
          const last = positions[data.length - 1];
          const nextCursor = rows.length > limit && last ? encodeSalesCursor(last) : null;
          return { status: 200, body: { data, nextCursor, totals: await salesTotals(tx, filter) } };
        });
      },
    },
  ];
}
