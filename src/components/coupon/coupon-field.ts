import { html, nothing, type TemplateResult } from 'lit';
import type { CouponQuote } from '../../client/types.js';
import { formatMoney } from '../../core/money.js';
import type { CouponController } from './coupon.js';
import type { CouponTexts } from './i18n/catalog.js';

/**
 * Every part the coupon field renders: what an element nesting one forwards with `exportparts`.
 * `coupon-price` and `coupon-was-price` show only where the field shows the price itself (the
 * checkout; `<appt-credits>` shows it on the chosen offer).
 */
export const COUPON_PARTS: readonly string[] = Object.freeze([
  'coupon',
  'coupon-label',
  'coupon-input',
  'coupon-button',
  'coupon-error',
  'coupon-price',
  'coupon-was-price',
  'coupon-discount',
]);

/** Isolates `text` (a code, an amount) so that it keeps its own direction inside a sentence. */
const isolated = (text: string): string => `\u2068${text}\u2069`;

/** A quote's amount in its unit: money in `currency`, or credits for a credits payment. */
export function couponAmount(quote: CouponQuote, amount: number, t: CouponTexts, locale: string): string {
  return quote.method === 'credits' ? t.couponCredits(amount) : formatMoney(amount, quote.currency, locale);
}

/**
 * The price with the applied coupon: the package's own price struck through beside what the
 * purchase charges, read out as one phrase ("was €50.00, now €45.00"), since a strike-through is
 * not announced. When nothing is taken off (a gift coupon), the price alone.
 */
export function renderCouponPrice(quote: CouponQuote, t: CouponTexts, locale: string): TemplateResult {
  const now = couponAmount(quote, quote.amount, t, locale);
  if (quote.amount >= quote.price) return html`<span part="coupon-price" class="coupon-price">${now}</span>`;
  const was = couponAmount(quote, quote.price, t, locale);
  return html`<span class="coupon-price coupon-price--lowered">
    <span class="visually-hidden">${t.couponWasNow(was, now)}</span>
    <s part="coupon-was-price" class="was-price" aria-hidden="true">${was}</s>
    <span part="coupon-price" aria-hidden="true">${now}</span>
  </span>`;
}

/** The line saying what the coupon gives: "Coupon SPRING10: −€5.00", "Coupon WELCOME: +10 gift credits". */
function renderDiscount(quote: CouponQuote, t: CouponTexts, locale: string): TemplateResult {
  const code = isolated(quote.couponCode);
  const lines = [
    quote.discount > 0 ? t.couponDiscount(code, isolated(`−${couponAmount(quote, quote.discount, t, locale)}`)) : '',
    quote.giftCredits ? t.couponGift(code, quote.giftCredits) : '',
  ].filter(Boolean);
  return html`<p part="coupon-discount" class="coupon-discount">${lines.join(' · ')}</p>`;
}

/**
 * The coupon field: a labelled input and one button, Apply or (once applied) Remove — the same
 * button, so the focus stays on it. Enter in the input applies rather than paying. While the code
 * is checked nothing is disabled (the focus stays) and nothing moves: the button keeps its size
 * and shows a spinner, a live region says so. A refused code gets its reason under the input,
 * tied to it (`aria-invalid`, `aria-describedby`, `role="alert"`); an applied one its discount
 * line and, with `showPrice`, the new price.
 */
export function renderCouponField(coupon: CouponController, o: { locale: string; disabled: boolean; showPrice: boolean }): TemplateResult {
  const t = coupon.texts;
  const { applied, reason, pending } = coupon;
  const busy = pending || o.disabled;
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault(); // Enter applies the code; it never pays.
    if (!busy && !applied) void coupon.apply();
  };
  const onClick = () => {
    if (busy) return;
    if (applied) coupon.remove();
    else void coupon.apply();
  };
  return html`<div part="coupon" class="coupon">
    <label part="coupon-label" for="coupon-code">${t.couponLabel}</label>
    <div class="coupon-row">
      <input
        part="coupon-input"
        id="coupon-code"
        name="couponCode"
        type="text"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        maxlength="64"
        .value=${applied ? applied.couponCode : coupon.code}
        ?readonly=${busy || !!applied}
        aria-invalid=${reason ? 'true' : 'false'}
        aria-describedby=${reason ? 'coupon-error' : nothing}
        @input=${(event: Event) => coupon.input((event.target as HTMLInputElement).value)}
        @keydown=${onKeydown}
      />
      <button
        part="coupon-button"
        class="button button--secondary coupon-button"
        type="button"
        aria-disabled=${busy ? 'true' : 'false'}
        aria-busy=${pending ? 'true' : 'false'}
        @click=${onClick}
      >
        <span class="coupon-button-label">${applied ? t.couponRemove : t.couponApply}</span>
        <span class="coupon-spinner" aria-hidden="true"></span>
      </button>
    </div>
    <div role="alert" class="coupon-alert">
      ${reason ? html`<p part="coupon-error" class="field-error" id="coupon-error">${t.couponReasons[reason]}</p>` : nothing}
    </div>
    <p class="visually-hidden" role="status">${coupon.announcement}</p>
    ${applied
      ? html`<div class="coupon-applied">
          ${o.showPrice ? renderCouponPrice(applied, t, o.locale) : nothing} ${renderDiscount(applied, t, o.locale)}
        </div>`
      : nothing}
  </div>`;
}
