/**
 * The sales report's answer: the generated `wire.SalesReport`, its `data` handed out as `items`,
 * plus the semantic checks a schema cannot say: each row's fields agree with its kind, method and
 * status (a refund row is a package purchase's), and the totals name each currency once, in
 * ascending order.
 */
import * as v from 'valibot';
import { answer, checks, type Parser, type Report } from '../../http/answer.js';
import * as wire from '../../http/wire-checks.js';
import type { SaleRow, SalesReportPage } from './types.js';

/** Reports each field of `row` (at `data[index]`) that contradicts its kind, method or status. */
function checkRow(row: SaleRow, index: number, report: Report): void {
  const at = (field: keyof SaleRow) => ['data', index, field];
  if ((row.kind === 'credit_package') !== (row.expertId === null)) report(at('expertId'), row.kind === 'credit_package' ? 'null for a credit package' : "the package's expert");
  if (row.kind !== 'credit_package' && row.packageTitle === null) report(at('packageTitle'), "the package's title");
  if (row.kind === 'credit_package' && row.method !== 'card') report(at('method'), '"card" for a credit package');
  if ((row.method === 'credits') !== (row.credits !== null)) report(at('credits'), row.method === 'credits' ? 'the credits paid by a credits payment' : `null for a ${row.method} payment`);
  if (row.method !== 'card' && row.amount !== 0) report(at('amount'), `0 for a ${row.method} payment`);
  if ((row.status === 'failed') !== (row.failureCode !== null)) report(at('failureCode'), row.status === 'failed' ? 'the failure code of a failed row' : 'null unless the row failed');
  if (row.kind === 'refund' ? row.amount > 0 || (row.credits ?? 0) > 0 : row.amount < 0 || (row.credits ?? 0) < 0) report(at(row.amount === 0 ? 'credits' : 'amount'), row.kind === 'refund' ? 'at most 0 for a refund' : 'at least 0 for a sale');
}

/** A report page `{ data, nextCursor, totals }`, read as `{ items, nextCursor, totals }`. */
export const parseSalesReport: Parser<SalesReportPage> = answer(
  v.pipe(
    wire.SalesReport,
    checks((report, problem) => {
      report.data.forEach((row, index) => checkRow(row, index, problem));
      report.totals.forEach((total, index) => {
        const previous = report.totals[index - 1];
        if (previous && previous.currency >= total.currency) problem(['totals', index, 'currency'], `a currency after "${previous.currency}" (one total per currency, ascending)`);
      });
    }),
    v.transform(({ data, nextCursor, totals }): SalesReportPage => ({ items: data, nextCursor, totals })),
  ),
);
