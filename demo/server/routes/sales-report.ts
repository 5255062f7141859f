import type { FieldError } from '../../../src/core/index.js';
import { salesPage, salesTotals, type AttemptStatus, type SalesFilter } from '../db/sales.js';
import { validationProblem } from '../http/problem.js';
import type { Route } from '../http/router.js';
import { parseInstantField } from '../scheduling/time.js';
import type { RouteDeps } from './context.js';

/** Page size bounds of the sales report. */
export const SALES_PAGE_LIMITS = { min: 1, max: 200, default: 50 } as const;

const STATUSES: readonly AttemptStatus[] = ['succeeded', 'failed', 'requires_action'];
const PLUS_HINT = ' (a "+" in a query string must be sent as %2B)';

/** Encodes the last attempt id of a page as an opaque cursor. */
const encodeSalesCursor = (id: string): string => Buffer.from(`sales:${id}`, 'utf8').toString('base64url');

function decodeSalesCursor(cursor: string, errors: FieldError[]): number | undefined {
  const text = /^[A-Za-z0-9_-]{1,64}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^sales:(\d{1,15})$/.exec(text);
  if (match?.[1]) return Number(match[1]);
  errors.push({ field: 'cursor', code: 'invalid_cursor', message: 'cursor must be a nextCursor value returned by this report.' });
  return undefined;
}

/** Reads and checks every query parameter of the report, naming each bad one in one 422. */
function readQuery(query: URLSearchParams): { filter: SalesFilter; limit: number; beforeId: number | undefined } {
  const errors: FieldError[] = [];
  const filter: SalesFilter = {};
  for (const field of ['from', 'to'] as const) {
    const value = query.get(field);
    if (value === null) continue;
    const ms = parseInstantField(value, field, errors, PLUS_HINT);
    if (ms !== null) filter[field === 'from' ? 'fromMs' : 'toMs'] = ms;
  }
  if (filter.fromMs !== undefined && filter.toMs !== undefined && filter.toMs <= filter.fromMs) {
    errors.push({ field: 'to', code: 'invalid_range', message: 'to must be after from (from is inclusive, to exclusive).' });
  }
  const expertId = query.get('expertId');
  if (expertId !== null) {
    if (expertId.trim() === '') errors.push({ field: 'expertId', code: 'too_short', message: 'expertId must not be empty.' });
    else filter.expertId = expertId;
  }
  const status = query.get('status');
  if (status !== null) {
    if ((STATUSES as readonly string[]).includes(status)) filter.status = status as AttemptStatus;
    else errors.push({ field: 'status', code: 'invalid_option', message: `status must be one of ${STATUSES.join(', ')} (got ${JSON.stringify(status)}).` });
  }
  let limit: number = SALES_PAGE_LIMITS.default;
  const limitText = query.get('limit');
  if (limitText !== null) {
    const parsed = /^\d{1,4}$/.test(limitText) ? Number(limitText) : NaN;
    if (parsed >= SALES_PAGE_LIMITS.min && parsed <= SALES_PAGE_LIMITS.max) limit = parsed;
    else errors.push({ field: 'limit', code: 'out_of_range', message: `limit must be a whole number from ${SALES_PAGE_LIMITS.min} to ${SALES_PAGE_LIMITS.max} (got ${JSON.stringify(limitText)}).` });
  }
  const cursor = query.get('cursor');
  const beforeId = cursor === null ? undefined : decodeSalesCursor(cursor, errors);
  if (errors.length > 0) throw validationProblem(errors);
  return { filter, limit, beforeId };
}

/** The sales report (admin key): every payment attempt, succeeded or not, with totals per currency. */
export function salesReportRoutes({ db }: RouteDeps): Route[] {
  return [
    {
      method: 'GET',
      path: '/v1/admin/reports/sales',
      audience: 'admin',
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
