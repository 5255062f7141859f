/**
 * The purchase history of "my bookings": one receipt card per purchase, saying what its receipt
 * e-mail said — the order number, the title, the date in the viewer's zone (named by the section's
 * note), the amount (money, credits, or free) and how it was paid, the credits a credit purchase
 * added, what a coupon took off or gave, and what refunds gave back.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { PastPurchase } from '../../client/types.js';
import { formatMoney } from '../../core/money.js';
import type { MyBookingsTexts } from './i18n/catalog.js';

/** What a receipt card is written with: the texts, and the viewer's locale and zone. */
export interface ReceiptContext {
  t: MyBookingsTexts;
  locale: string;
  timeZone: string;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "May 6, 2031, 11:00 AM" on the wall clock of `timeZone`. */
function dateText(at: string, locale: string, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    if (dateFormats.size >= 16) dateFormats.clear();
    dateFormats.set(key, format);
  }
  return format.format(Date.parse(at));
}

/** How the purchase was paid; a credit purchase is paid by card unless a coupon took the whole price. */
const methodOf = (p: PastPurchase): 'card' | 'credits' | 'free' => (p.kind === 'package' ? p.method : p.amount === 0 ? 'free' : 'card');

/** `amount` in the purchase's unit: credits for a purchase paid with credits, else money (0 is free). */
function inUnit(c: ReceiptContext, p: PastPurchase, amount: number, zeroIsFree = false): string {
  if (methodOf(p) === 'credits') return c.t.myBookingsCredits(amount);
  return zeroIsFree && amount === 0 ? c.t.free : formatMoney(amount, p.currency, c.locale);
}

/** One line of a receipt; `extra` adds a part (`discount`, `refund`). */
const line = (label: string, value: string | TemplateResult, extra = ''): TemplateResult =>
  html`<div part=${`receipt-line${extra ? ` ${extra}` : ''}`} class="receipt-line"><dt>${label}</dt><dd>${value}</dd></div>`;

/** What a coupon did: `−€4.90`, `−2 credits`, `+7 gift credits`. */
function couponText(c: ReceiptContext, p: PastPurchase, coupon: NonNullable<PastPurchase['coupon']>): string {
  const parts = coupon.discount > 0 ? [`−${inUnit(c, p, coupon.discount)}`] : [];
  if (coupon.giftCredits !== undefined) parts.push(c.t.myBookingsGiftCredits(coupon.giftCredits));
  return parts.join(', ');
}

/** The receipt card of purchase `p`. */
export function receiptCard(c: ReceiptContext, p: PastPurchase): TemplateResult {
  const { t } = c;
  const title = p.kind === 'package' ? p.title : (p.title ?? t.myBookingsCredits(p.credits));
  const amount = p.kind === 'package' && p.method === 'credits' ? (p.credits ?? 0) : p.amount;
  return html`<li part="card receipt" class="card">
    <h3 part="card-title" class="card-title"><bdi>${title}</bdi></h3>
    <dl part="receipt-lines" class="receipt-lines">
      ${line(t.myBookingsOrderNumber, html`<bdi>${p.id}</bdi>`)}
      ${line(t.myBookingsDate, html`<time datetime=${p.createdAt}>${dateText(p.createdAt, c.locale, c.timeZone)}</time>`)}
      ${p.kind === 'credits' ? line(t.myBookingsCreditsAdded, t.myBookingsCredits(p.credits)) : nothing}
      ${line(t.myBookingsAmount, inUnit(c, p, amount, true))}
      ${line(t.myBookingsMethod, t.myBookingsMethods[methodOf(p)])}
      ${p.coupon ? line(t.myBookingsCoupon(p.coupon.code), couponText(c, p, p.coupon), 'discount') : nothing}
      ${p.kind === 'package' && p.refunded !== undefined ? line(t.myBookingsRefunded, inUnit(c, p, p.refunded), 'refund') : nothing}
    </dl>
  </li>`;
}

/**
 * The receipt lines: label and value side by side while they fit, else the value under its label;
 * long order numbers wrap rather than scroll sideways.
 */
export const receiptStyles = css`
  .receipt-lines {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0;
  }

  .receipt-line {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    column-gap: 1em;
    line-height: 1.5;
  }

  .receipt-line dt {
    color: var(--_appt-muted);
  }

  .receipt-line dd {
    margin: 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    font-variant-numeric: tabular-nums;
  }
`;
