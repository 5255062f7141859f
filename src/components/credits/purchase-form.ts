import { html, nothing, type TemplateResult } from 'lit';
import type { CouponQuote, CreditOffer } from '../../client/types.js';
import { formatMoney } from '../../core/money.js';
import type { PayError } from '../payment/failure-message.js';
import { renderCreditsCard, type CreditsCardOptions } from './card-fieldset.js';
import { chargedPrice } from './offers.js';
import { renderOffers } from './offers-view.js';
import { renderAuthenticate, renderPayButton, renderPayError } from './pay-controls.js';

/** Everything the purchase form shows, and what the customer's actions call. */
export interface PurchaseFormView extends CreditsCardOptions {
  locale: string;
  /** The zone a campaign's end is shown in: the visitor's. */
  timeZone: string;
  offers: readonly CreditOffer[];
  /** The chosen credit package, while on sale. */
  offer: CreditOffer | undefined;
  step: 'choose' | 'authenticate' | 'finishing';
  /** The card part can take the payment (Stripe's form mounted, or test mode). */
  cardReady: boolean;
  error: PayError | undefined;
  busy: boolean;
  /** The coupon field, shown once an offer is chosen. */
  coupon: TemplateResult | typeof nothing;
  /** The quote of the coupon applied to the chosen offer. */
  quote: CouponQuote | undefined;
  /** A coupon code is being checked: Pay waits. */
  couponPending: boolean;
  onChoose: (offer: CreditOffer) => void;
  onSubmit: (event: SubmitEvent) => void;
}

/** The credit package choice, the card once one is chosen, the test bank's question, the last error and the one button. */
export function renderPurchaseForm(v: PurchaseFormView): TemplateResult {
  const { t, step, offer } = v;
  return html`<form class="form" novalidate aria-busy=${v.busy ? 'true' : 'false'} @submit=${v.onSubmit}>
    ${renderOffers({
      t,
      locale: v.locale,
      timeZone: v.timeZone,
      offers: v.offers,
      chosenId: offer?.id,
      couponPrice: v.quote?.amount,
      locked: v.paying || step !== 'choose',
      onChoose: v.onChoose,
    })}
    ${step === 'choose' && offer ? html`${coversAll(v) ? nothing : renderCreditsCard(v)}${v.coupon}` : nothing}
    ${step === 'authenticate' ? renderAuthenticate(t) : nothing}
    ${renderPayError(v.error)}
    ${payButton(v)}
  </form>`;
}

/** Pay (the amount charged, a campaign's price while one lowers it) while choosing; the test bank's Confirm; Try again after a lost confirmation. */
function payButton(v: PurchaseFormView): TemplateResult | typeof nothing {
  const { t, step, offer } = v;
  const paying = v.paying ? t.creditsPaying : undefined;
  const authenticating = step === 'authenticate';
  if (authenticating) return renderPayButton({ label: t.creditsAuthenticateButton, paying, disabled: v.paying, authenticating });
  if (step === 'finishing') return renderPayButton({ label: t.retry, paying, disabled: v.paying, authenticating });
  if (!offer) return nothing;
  const label = t.creditsPay(formatMoney(v.quote?.amount ?? chargedPrice(offer), offer.currency, v.locale));
  return renderPayButton({ label, paying, disabled: v.paying || v.couponPending || !(v.cardReady || coversAll(v)), authenticating });
}

/** The applied coupon takes the whole price: no card is asked for. */
const coversAll = (v: PurchaseFormView): boolean => v.quote?.amount === 0;
