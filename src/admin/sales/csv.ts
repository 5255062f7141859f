/**
 * The sales report as CSV (RFC 4180): a header line, then one line per row, CRLF line ends. Times
 * are written twice: as local date-times in the asked IANA zone (the zone is named in the header)
 * and as the UTC instant the server gave. Cells that a spreadsheet would read as a formula are
 * neutralised with a leading `'`.
 */
import type { SaleRow } from './types.js';

/** First characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: a text that looks like a formula neutralised with `'`, then quoted when it holds
 * `"`, `,`, CR or LF. A number is written as is, so a refund's negative amount stays a number.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Formats instants as `YYYY-MM-DD HH:mm:ss` wall-clock time in `timeZone`. */
export function localDateTimeFormat(timeZone: string): (instant: string) => string {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return (instant) => {
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(new Date(instant))) parts[part.type] = part.value;
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
  };
}

/** The columns of the CSV: a header and how each row fills it. */
function columns(timeZone: string): [string, (row: SaleRow) => string | number | null][] {
  const local = localDateTimeFormat(timeZone);
  return [
    [`Created (${timeZone})`, (row) => local(row.createdAt)],
    ['Created (UTC)', (row) => row.createdAt],
    ['Row', (row) => row.id],
    ['Kind', (row) => row.kind],
    ['Purchase', (row) => row.purchaseId],
    ['Package id', (row) => row.packageId],
    ['Package title', (row) => row.packageTitle],
    ['Expert', (row) => row.expertId],
    ['Customer id', (row) => row.customerId],
    ['Customer name', (row) => row.customerName],
    ['Customer e-mail', (row) => row.customerEmail],
    ['Method', (row) => row.method],
    ['Provider', (row) => row.provider],
    ['Amount (minor units)', (row) => row.amount],
    ['Currency', (row) => row.currency],
    ['Credits', (row) => row.credits],
    ['Status', (row) => row.status],
    ['Failure code', (row) => row.failureCode],
    ['Campaign', (row) => row.campaignId],
    ['Campaign discount', (row) => row.campaignDiscount],
    ['Coupon', (row) => row.couponId],
    ['Coupon code', (row) => row.couponCode],
    ['Coupon discount', (row) => row.couponDiscount],
  ];
}

/** The CSV text of `rows` with local times in `timeZone` (an IANA zone `Intl` knows). */
export function salesCsvText(rows: Iterable<SaleRow>, timeZone: string): string {
  const cols = columns(timeZone);
  const lines = [cols.map(([header]) => csvCell(header)).join(',')];
  for (const row of rows) lines.push(cols.map(([, cell]) => csvCell(cell(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
