import { html, nothing, type TemplateResult } from 'lit';
import type { CreditOffer } from '../../client/types.js';
import { formatMoney } from '../../core/money.js';
import { formatCampaignEnd } from './campaign-end.js';
import type { CreditsTexts } from './i18n/catalog.js';

/**
 * The price of an offer. Lowered by a campaign or by the coupon applied to it (`charged`, what
 * the purchase charges then): the original struck through beside the lower price, read out as one
 * phrase ("was €50.00, now €45.00"), since a strike-through is not announced.
 */
function renderPrice(t: CreditsTexts, offer: CreditOffer, locale: string, charged = offer.campaignPrice): TemplateResult {
  const price = formatMoney(offer.price, offer.currency, locale);
  if (charged === undefined || charged >= offer.price) return html`<span part="price" class="offer-price">${price}</span>`;
  const now = formatMoney(charged, offer.currency, locale);
  return html`<span class="offer-price offer-price--campaign">
    <span class="visually-hidden">${t.creditsWasNow(price, now)}</span>
    <s part="was-price" class="was-price" aria-hidden="true">${price}</s>
    <span part="price" aria-hidden="true">${now}</span>
  </span>`;
}

/** The campaign lowering an offer's price: its title and when it ends, in the visitor's zone. */
function renderCampaign(t: CreditsTexts, offer: CreditOffer, locale: string, timeZone: string): TemplateResult | typeof nothing {
  const { campaign } = offer;
  if (offer.campaignPrice === undefined || !campaign) return nothing;
  return html`<span part="campaign" class="offer-campaign">
    <span part="campaign-title" class="campaign-title" dir="auto">${campaign.title}</span>
    <span part="campaign-ends" class="campaign-ends">${t.creditsCampaignEnds(formatCampaignEnd(campaign.endsAt, locale, timeZone))}</span>
  </span>`;
}

/**
 * The choice of a credit package: title, credits and price of each, in the server's order; an
 * offer a campaign lowers also shows its original price struck through and the campaign.
 */
export function renderOffers(o: {
  t: CreditsTexts;
  locale: string;
  /** The zone a campaign's end is shown in: the visitor's. */
  timeZone: string;
  offers: readonly CreditOffer[];
  chosenId: string | undefined;
  /** What the chosen offer charges with the coupon applied to it. */
  couponPrice?: number | undefined;
  /** Paying or confirming: the choice waits. */
  locked: boolean;
  onChoose: (offer: CreditOffer) => void;
}): TemplateResult {
  return html`<fieldset part="offers" class="fieldset">
    <legend>${o.t.creditsOffersLegend}</legend>
    <div class="offers">
      ${o.offers.map(
        (offer) => html`<label part="offer" class="choice offer">
          <input type="radio" name="offer" .value=${offer.id} .checked=${o.chosenId === offer.id} ?disabled=${o.locked} @change=${() => o.onChoose(offer)} />
          <span class="offer-body">
            <span part="offer-title" class="offer-title" dir="auto">${offer.title}</span>
            <span part="offer-credits" class="offer-credits">${o.t.creditsAmount(offer.credits)}</span>
            ${renderCampaign(o.t, offer, o.locale, o.timeZone)}
          </span>
          ${renderPrice(o.t, offer, o.locale, offer.id === o.chosenId && o.couponPrice !== undefined ? o.couponPrice : offer.campaignPrice)}
        </label>`,
      )}
    </div>
  </fieldset>`;
}

/** The placeholder while loading: `count` credit packages' shapes, so nothing moves when they come. */
export function renderSkeleton(heading: TemplateResult | undefined, loading: string, count: number): TemplateResult {
  const bone = html`<span class="bone"></span>`;
  const offer = html`<div part="offer" class="choice offer">
    <span class="bone radio-bone"></span>
    <span class="offer-body">
      <span class="offer-title">${bone}</span>
      <span class="offer-credits">${bone}</span>
    </span>
    <span class="offer-price">${bone}</span>
  </div>`;
  return html`<div class="header">
      ${heading ?? html`<p class="heading skeleton" aria-hidden="true">${bone}</p>`}
      <p class="balance skeleton" aria-hidden="true">${bone}</p>
      <p role="status" class="visually-hidden">${loading}</p>
    </div>
    <div part="skeleton" class="form skeleton" aria-hidden="true">
      <fieldset class="fieldset" disabled>
        <legend>${bone}</legend>
        <div class="offers">${Array.from({ length: count }, () => offer)}</div>
      </fieldset>
    </div>`;
}
