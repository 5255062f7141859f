/** The sales report's answer: the generated `wire.SalesReport`, its `data` handed out as `items`. */
import * as v from 'valibot';
import { answer, type Parser } from '../../http/answer.js';
import * as wire from '../../http/wire-checks.js';
import type { SalesReportPage } from './types.js';

/** A report page `{ data, nextCursor, totals }`, read as `{ items, nextCursor, totals }`. */
export const parseSalesReport: Parser<SalesReportPage> = answer(
  v.pipe(
    wire.SalesReport,
    v.transform(({ data, nextCursor, totals }): SalesReportPage => ({ items: data, nextCursor, totals })),
  ),
);
