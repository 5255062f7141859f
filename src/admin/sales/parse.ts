/** The sales report's answer, read with the client's answer schemas. */
import * as v from 'valibot';
import { answer, array, is, object, oneOf, text, whole, type Answer, type Parser } from '../../http/answer.js';
import { nextCursor } from '../../http/contract.js';
import { isIsoInstant } from '../../core/instant.js';
import { isCurrencyCode } from '../../core/currencies.js';
import type { SaleRow, SalesReportPage, SalesTotal } from './types.js';

const currency = is<string>(isCurrencyCode, 'an ISO 4217 currency code');

const rowSchema = object(
  {
    id: text,
    purchaseId: text,
    createdAt: is<string>(isIsoInstant, 'an ISO-8601 instant'),
    customerId: text,
    customerEmail: text,
    expertId: text,
    packageId: text,
    method: oneOf(['card', 'credits']),
    provider: text,
    amount: whole(0),
    currency,
    credits: v.nullable(whole(1)),
    status: oneOf(['succeeded', 'failed', 'requires_action']),
    failureCode: v.nullable(is<string>((value) => typeof value === 'string', 'a string or null')),
  },
  'a sale row object',
) satisfies Answer<SaleRow>;

const totalSchema = object(
  { currency, succeeded: whole(0), failed: whole(0), count: whole(0), credits: whole(0) },
  'a totals object',
) satisfies Answer<SalesTotal>;

/** A report page `{ data, nextCursor, totals }`. */
export const parseSalesReport: Parser<SalesReportPage> = answer(
  v.pipe(
    object({ data: array(rowSchema), totals: array(totalSchema), nextCursor }, 'a sales report object'),
    v.transform(({ data, totals, nextCursor }) => ({ items: data, nextCursor, totals })),
  ) satisfies Answer<SalesReportPage>,
);
