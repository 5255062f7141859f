import { html, nothing, type TemplateResult } from 'lit';
import type { Customer } from '../../client/types.js';
import type { AppointmentPackage } from '../../core/package.js';
import { exportParts } from '../base/export-parts.js';
import { isSecureUrl } from '../base/secure-url.js';
import { COUPON_PARTS } from '../coupon/coupon-field.js';
import type { CheckoutTexts } from './i18n/catalog.js';

/** The inner sign-in's parts a host can style from outside the checkout, as `sign-in-<part>`. */
export const SIGN_IN_PARTS = exportParts('sign-in', ['form', 'field', 'input', 'submit-button', 'error']);

/** The inner `<appt-credits>`' parts a host can style from outside the checkout, as `buy-credits-<part>`. */
export const BUY_CREDITS_PARTS = exportParts('buy-credits', ['offer', 'price', 'was-price', 'campaign', 'pay-button', 'pay-error', 'success', ...COUPON_PARTS]);

/** What paying with credits needs to render. */
export interface CreditsPaymentOptions {
  pkg: AppointmentPackage;
  t: CheckoutTexts;
  signedIn: boolean;
  /** The signed-in customer, once loaded. */
  customer: Customer | undefined;
  /** The price in credits: the package's, or with a coupon applied the quote's. */
  price: number | undefined;
  /** Where the site sells credits; without a safe one, `<appt-credits>` in place. */
  buyCreditsUrl: string;
  theme: string;
  /** Passed to the inner sign-in. */
  timeZone: string;
  onSignedIn: () => void;
  onCreditsPurchased: () => void;
}

/** The signed-in customer's balance when it is below `price`, the price in credits (default the package's). */
export function creditsShort(pkg: AppointmentPackage, customer: Customer | undefined, price = pkg.credits ?? undefined): number | undefined {
  const balance = customer?.credits;
  return balance !== undefined && price !== undefined && balance < price ? balance : undefined;
}

/**
 * Paying with credits: signed out, the sign-in (loaded only now; it signs in through the session
 * the checkout provides); signed in, the balance and, when it is too low, said before the click, a
 * way to buy more: the site's page, else `<appt-credits>` here.
 */
export function renderCreditsPayment(o: CreditsPaymentOptions): TemplateResult {
  const { pkg, t } = o;
  if (!o.signedIn) {
    void import('../sign-in/define.js');
    return html`<div class="notice">
      <p>${t.creditsNeedSignIn}</p>
      <appt-sign-in part="sign-in" exportparts=${SIGN_IN_PARTS} theme=${o.theme} time-zone=${o.timeZone} @appt-signed-in=${o.onSignedIn}></appt-sign-in>
    </div>`;
  }
  const short = creditsShort(pkg, o.customer, o.price);
  const url = o.buyCreditsUrl.trim();
  const link = url && isSecureUrl(url) ? url : undefined;
  if (short !== undefined && !link) void import('../credits/define.js');
  return html`<p part="balance" class="balance" role="status" tabindex="-1">${o.customer ? t.balance(o.customer.credits) : ''}</p>
    ${short !== undefined
      ? html`<div part="credits-short" class="notice" role="status">
          <p>${t.creditsShort(short, o.price ?? 0)}</p>
          ${link
            ? html`<a part="buy-credits-link" class="button button--secondary" href=${link}>${t.buyCredits}</a>`
            : html`<appt-credits part="buy-credits" exportparts=${BUY_CREDITS_PARTS} theme=${o.theme} @appt-credits-purchased=${o.onCreditsPurchased}></appt-credits>`}
        </div>`
      : nothing}`;
}
