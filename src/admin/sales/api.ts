/**
 * `admin.reports`: the sales report over `GET /v1/admin/reports/sales`, a page at a time, as an
 * async iteration over every page, or as CSV with local times in a zone of your choice.
 */
import type { FieldError } from '../../core/package.js';
import { isIanaZone } from '../../core/time-zone.js';
import { shown } from '../args.js';
import type { Send } from '../availability/api.js';
import { ValidationError } from '../errors.js';
import type { AdminRequestOptions } from '../types.js';
import { salesCsvText } from './csv.js';
import { parseSalesReport } from './parse.js';
import type { PaymentAttemptStatus, SaleRow, SalesCsvOptions, SalesFilter, SalesQuery, SalesReportPage } from './types.js';

/** `admin.reports`. */
export interface ReportsApi {
  /**
   * One page of the sales report: every payment attempt of a package or credit-package purchase
   * (failed ones included) and every free purchase matching `query`, newest first, with totals per
   * currency over the whole filtered range.
   */
  sales(query?: SalesQuery, options?: AdminRequestOptions): Promise<SalesReportPage>;
  /**
   * Every page of the sales report matching `filter`, fetched one after the other as you iterate
   * (each row appears once across pages).
   *
   * @example
   * for await (const page of admin.reports.salesPages({ from: '2026-01-01T00:00:00Z', status: 'failed' })) {
   *   for (const row of page.items) console.log(row.customerEmail, row.failureCode);
   * }
   */
  salesPages(filter?: SalesFilter, options?: AdminRequestOptions): AsyncIterableIterator<SalesReportPage>;
  /**
   * Every row of the sales report matching the filter, as CSV text (RFC 4180, CRLF line ends,
   * header line first): the local date-time in `timeZone` (named in the first header) and the UTC
   * instant, then the row's fields. A cell starting with `=`, `+`, `-`, `@`, tab or CR gets a
   * leading `'` so spreadsheets do not run it as a formula. Fetches every page (200 rows each).
   *
   * @example
   * const csv = await admin.reports.salesCsv({ from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z', timeZone: 'Europe/Berlin' });
   */
  salesCsv(options: SalesCsvOptions, requestOptions?: AdminRequestOptions): Promise<string>;
}

const STATUSES: readonly PaymentAttemptStatus[] = ['succeeded', 'failed', 'requires_action'];
const PAGE_SIZE = { min: 1, max: 200 } as const;

/** An instant filter as sent: a valid `Date` as ISO, a string that parses as an instant with a zone. */
function instantOf(field: 'from' | 'to', value: unknown, errors: FieldError[]): { text: string; ms: number } | undefined {
  if (value === undefined) return undefined;
  const ms = value instanceof Date ? value.getTime() : typeof value === 'string' && /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) {
    errors.push({ field, code: 'invalid_value', message: `${field} must be a Date or an ISO-8601 instant with Z or an offset, e.g. "2026-10-25T08:00:00Z" (got ${shown(value)}).` });
    return undefined;
  }
  return { text: value instanceof Date ? value.toISOString() : (value as string), ms };
}

/** Checks a report query; a {@link ValidationError} names each bad parameter. */
function checkQuery(query: SalesQuery): Record<string, string | undefined> {
  if (typeof query !== 'object' || query === null) throw new TypeError('The sales report query must be an object.');
  const errors: FieldError[] = [];
  const from = instantOf('from', query.from, errors);
  const to = instantOf('to', query.to, errors);
  if (from && to && to.ms <= from.ms) errors.push({ field: 'to', code: 'invalid_range', message: 'to must be after from (from is inclusive, to exclusive).' });
  const { expertId, status, limit, cursor } = query;
  if (expertId !== undefined && (typeof expertId !== 'string' || expertId.trim() === '')) {
    errors.push({ field: 'expertId', code: 'too_short', message: `expertId must be a non-empty string (got ${shown(expertId)}).` });
  }
  if (status !== undefined && !STATUSES.includes(status)) {
    errors.push({ field: 'status', code: 'invalid_option', message: `status must be one of ${STATUSES.join(', ')} (got ${shown(status)}).` });
  }
  if (limit !== undefined && (!Number.isInteger(limit) || limit < PAGE_SIZE.min || limit > PAGE_SIZE.max)) {
    errors.push({ field: 'limit', code: 'out_of_range', message: `limit must be an integer from ${PAGE_SIZE.min} to ${PAGE_SIZE.max} (got ${shown(limit)}).` });
  }
  if (cursor !== undefined && (typeof cursor !== 'string' || cursor === '')) {
    errors.push({ field: 'cursor', code: 'invalid_cursor', message: 'cursor must be a nextCursor value returned by a previous page.' });
  }
  if (errors.length > 0) throw new ValidationError('The sales report query', errors);
  return { from: from?.text, to: to?.text, expertId, status, limit: limit === undefined ? undefined : String(limit), cursor };
}

/** The report methods of an admin client, sending through `send`. */
export function createReportsApi(send: Send): ReportsApi {
  const sales = async (query: SalesQuery = {}, { signal }: AdminRequestOptions = {}): Promise<SalesReportPage> =>
    send({ method: 'GET', path: 'v1/admin/reports/sales', search: checkQuery(query), signal, parse: parseSalesReport });

  async function* salesPages(filter: SalesFilter = {}, { signal }: AdminRequestOptions = {}): AsyncIterableIterator<SalesReportPage> {
    checkQuery(filter);
    let cursor: string | undefined;
    do {
      const page = await sales({ ...filter, ...(cursor ? { cursor } : {}) }, signal ? { signal } : {});
      yield page;
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  }

  async function salesCsv(options: SalesCsvOptions, requestOptions: AdminRequestOptions = {}): Promise<string> {
    if (typeof options !== 'object' || options === null) throw new TypeError('The sales CSV options must be an object.');
    const { timeZone, ...filter } = options;
    if (!isIanaZone(timeZone)) {
      const message = `timeZone must be an IANA time zone such as "Europe/Berlin" (got ${shown(timeZone)}).`;
      throw new ValidationError('The sales CSV options', [{ field: 'timeZone', code: 'unknown_time_zone', message }]);
    }
    const rows: SaleRow[] = [];
    for await (const page of salesPages({ ...filter, limit: PAGE_SIZE.max }, requestOptions)) rows.push(...page.items);
    return salesCsvText(rows, timeZone);
  }

  return Object.freeze({ sales, salesPages, salesCsv });
}
