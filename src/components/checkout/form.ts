import { html, nothing, type TemplateResult } from 'lit';
import type { CouponQuote, Customer } from '../../client/types.js';
import { formatMoney } from '../../core/money.js';
import type { AppointmentPackage } from '../../core/package.js';
import { creditsShort, renderCreditsPayment } from './credits-payment.js';
import type { GuestField, GuestProblem } from './guest.js';
import { renderGuestFields } from './guest-fields.js';
import type { CheckoutTexts } from './i18n/catalog.js';
import { priceOf, renderMethods, type CheckoutMethod } from './methods.js';
import { renderFatal, renderPayError, type PayError } from './notices.js';
import type { TestCard } from '../payment/card-form.js';
import { renderCardFieldset, type CardFieldsetOptions } from '../payment/card-fieldset.js';

/** Everything the checkout's form shows, and what the visitor's actions call. */
export interface CheckoutFormView {
  pkg: AppointmentPackage;
  t: CheckoutTexts;
  locale: string;
  method: CheckoutMethod;
  signedIn: boolean;
  /** The signed-in customer, once loaded (their credits balance). */
  customer: Customer | undefined;
  paying: boolean;
  error: PayError | undefined;
  guestValues: Readonly<Record<GuestField, string>>;
  problems: Partial<Record<GuestField, GuestProblem>>;
  testCard: TestCard;
  /** Renders the payment configuration as it loads. */
  config: CardFieldsetOptions['config'];
  cardProblem: boolean;
  buyCreditsUrl: string;
  theme: string;
  timeZone: string;
  onMethod: (method: CheckoutMethod) => void;
  onGuestInput: (name: GuestField, value: string) => void;
  onTestCard: (card: TestCard) => void;
  onSignedIn: () => void;
  onCreditsPurchased: () => void;
  /** The coupon field (none for a package with fee 0). */
  coupon: TemplateResult | typeof nothing;
  /** The applied coupon's quote: the price paid. */
  quote: CouponQuote | undefined;
  /** A coupon code is being checked: Pay waits. */
  couponPending: boolean;
  /** Lost slots: back to the picker. */
  onChooseAgain: () => void;
  onSubmit: (event: SubmitEvent) => void;
}

/**
 * The checkout's form: the method choice (card or credits), the guest's details unless signed in,
 * the card form or the credits balance, the last error and the pay button. A package with fee 0
 * offers no method and no card: the guest's details (for a guest) and "Confirm booking".
 */
export function renderCheckoutForm(v: CheckoutFormView): TemplateResult {
  const { pkg, t, method, signedIn, paying, quote } = v;
  const money = formatMoney(pkg.fee, pkg.currency, v.locale);
  // With a coupon applied, the quote's amount: money by card, credits with credits.
  const price = quote ? (quote.method === 'credits' ? t.creditsPrice(quote.amount) : formatMoney(quote.amount, quote.currency, v.locale)) : priceOf(pkg, method, money, t);
  const creditsPrice = quote?.method === 'credits' ? quote.amount : (pkg.credits ?? undefined);
  const payDisabled = paying || v.couponPending || (method === 'credits' && (!signedIn || creditsShort(pkg, v.customer, creditsPrice) !== undefined));
  const guest = signedIn
    ? nothing
    : renderGuestFields({ t, needsPhone: pkg.service === 'phone', values: v.guestValues, problems: v.problems, disabled: paying, onInput: v.onGuestInput });
  // A coupon that takes the whole card price: no card, and the button confirms rather than pays.
  const coversAll = method === 'card' && quote?.method === 'card' && quote.amount === 0;
  const label = method === 'free' || coversAll ? (paying ? t.confirming : t.confirmFree) : paying ? t.paying : t.pay(price);
  return html`<form class="form" novalidate @submit=${v.onSubmit}>
    ${method !== 'free' && pkg.credits !== null
      ? renderMethods({ t, money, credits: pkg.credits, chosen: method, disabled: paying, onChoose: v.onMethod })
      : nothing}
    ${method === 'free' ? html`<p part="free-notice" class="notice">${t.freeNotice}</p>${guest}` : nothing}
    ${method === 'credits'
      ? renderCreditsPayment({
          pkg,
          t,
          signedIn,
          customer: v.customer,
          price: creditsPrice,
          buyCreditsUrl: v.buyCreditsUrl,
          theme: v.theme,
          timeZone: v.timeZone,
          onSignedIn: v.onSignedIn,
          onCreditsPurchased: v.onCreditsPurchased,
        })
      : nothing}
    ${coversAll ? guest : nothing}
    ${method === 'card' && !coversAll
      ? html`${guest}${renderCardFieldset({
          texts: { legend: t.cardLegend, loading: t.cardLoading, unavailable: t.cardUnavailable, testModeNotice: t.testModeNotice, testCards: t.testCards },
          config: v.config,
          cardProblem: v.cardProblem,
          testCard: v.testCard,
          disabled: paying,
          onTestCard: v.onTestCard,
          renderError: (error) => renderFatal(error, t),
        })}`
      : nothing}
    ${v.coupon} ${renderPayError(v.error, t, v.onChooseAgain)}
    <button part="pay-button" class="button pay" type="submit" ?disabled=${payDisabled} aria-disabled=${payDisabled ? 'true' : 'false'}>${label}</button>
  </form>`;
}
