/** Checks of the sales report's answer against the contract. */
import { got, isRecord, type Parser } from '../../client/contract.js';
import type { ResponseIssue } from '../../client/errors.js';
import { isCurrencyCode } from '../../core/currencies.js';
import type { SaleRow, SalesReportPage, SalesTotal } from './types.js';

const STATUSES = ['succeeded', 'failed', 'requires_action'];

function field<T>(json: Record<string, unknown>, name: string, path: string, issues: ResponseIssue[], ok: (value: unknown) => boolean, expected: string): T {
  const value = json[name];
  if (!ok(value)) issues.push({ path: `${path}.${name}`, message: `expected ${expected} (${got(value)}).` });
  return value as T;
}

const isText = (value: unknown) => typeof value === 'string' && value !== '';
const isCount = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const parseRow: Parser<SaleRow> = (json, path, issues) => {
  if (!isRecord(json)) {
    issues.push({ path, message: `expected a sale row object (${got(json)}).` });
    return undefined;
  }
  const before = issues.length;
  const text = (name: string) => field<string>(json, name, path, issues, isText, 'a non-empty string');
  const row: SaleRow = {
    id: text('id'),
    purchaseId: text('purchaseId'),
    createdAt: field(json, 'createdAt', path, issues, (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)), 'an ISO-8601 instant'),
    customerId: text('customerId'),
    customerEmail: text('customerEmail'),
    expertId: text('expertId'),
    packageId: text('packageId'),
    method: field(json, 'method', path, issues, (v) => v === 'card' || v === 'credits', '"card" or "credits"'),
    provider: text('provider'),
    amount: field(json, 'amount', path, issues, isCount, 'an integer ≥ 0'),
    currency: field(json, 'currency', path, issues, isCurrencyCode, 'an ISO 4217 currency code'),
    credits: field(json, 'credits', path, issues, (v) => v === null || (isCount(v) && (v as number) >= 1), 'an integer ≥ 1 or null'),
    status: field(json, 'status', path, issues, (v) => STATUSES.includes(v as string), `one of ${STATUSES.join(', ')}`),
    failureCode: field(json, 'failureCode', path, issues, (v) => v === null || typeof v === 'string', 'a string or null'),
  };
  return issues.length === before ? row : undefined;
};

const parseTotal: Parser<SalesTotal> = (json, path, issues) => {
  if (!isRecord(json)) {
    issues.push({ path, message: `expected a totals object (${got(json)}).` });
    return undefined;
  }
  const before = issues.length;
  const count = (name: string) => field<number>(json, name, path, issues, isCount, 'an integer ≥ 0');
  const total: SalesTotal = {
    currency: field(json, 'currency', path, issues, isCurrencyCode, 'an ISO 4217 currency code'),
    succeeded: count('succeeded'),
    failed: count('failed'),
    count: count('count'),
    credits: count('credits'),
  };
  return issues.length === before ? total : undefined;
};

function parseList<T>(json: unknown, path: string, item: Parser<T>, issues: ResponseIssue[]): T[] | undefined {
  if (!Array.isArray(json)) {
    issues.push({ path, message: `expected an array (${got(json)}).` });
    return undefined;
  }
  const before = issues.length;
  const items = json.map((entry, index) => item(entry, `${path}[${index}]`, issues));
  return issues.length === before ? (items as T[]) : undefined;
}

/** A report page `{ data, nextCursor, totals }`. */
export const parseSalesReport: Parser<SalesReportPage> = (json, path, issues) => {
  if (!isRecord(json)) {
    issues.push({ path, message: `expected a sales report object (${got(json)}).` });
    return undefined;
  }
  const before = issues.length;
  const items = parseList(json.data, `${path}.data`, parseRow, issues);
  const totals = parseList(json.totals, `${path}.totals`, parseTotal, issues);
  const { nextCursor } = json;
  if (nextCursor !== null && (typeof nextCursor !== 'string' || nextCursor === '')) {
    issues.push({ path: `${path}.nextCursor`, message: `expected a non-empty string or null (${got(nextCursor)}).` });
  }
  if (issues.length > before || !items || !totals) return undefined;
  return { items, nextCursor: nextCursor as string | null, totals };
};
