import { html, type TemplateResult } from 'lit';
import type { CreditOffer } from '../../client/types.js';
import { formatMoney } from '../../core/money.js';
import type { CreditsTexts } from './i18n/catalog.js';

/** The choice of a credit package: title, credits and price of each, in the server's order. */
export function renderOffers(o: {
  t: CreditsTexts;
  locale: string;
  offers: readonly CreditOffer[];
  chosenId: string | undefined;
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
          </span>
          <span part="price" class="offer-price">${formatMoney(offer.price, offer.currency, o.locale)}</span>
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
