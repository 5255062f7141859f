import { html, nothing, type TemplateResult } from 'lit';
import type { PaymentConfig } from '../../../client/types.js';
import type { CheckoutTexts } from '../i18n/catalog.js';
import { renderFatal } from '../notices.js';
import type { TestCard } from '../../payment/card-form.js';
import { renderTestCards } from './test-cards.js';

/** What the card fieldset needs: the payment configuration as it loads, and the test card choice. */
export interface CardFieldsetOptions {
  t: CheckoutTexts;
  /** Renders the payment configuration task's states (`task.render`). */
  config: (renderers: {
    initial: () => TemplateResult;
    pending: () => TemplateResult;
    complete: (config: PaymentConfig | undefined) => TemplateResult;
    error: (error: unknown) => TemplateResult;
  }) => unknown;
  /** Stripe.js could not be loaded. */
  cardProblem: boolean;
  testCard: TestCard;
  disabled: boolean;
  onTestCard: (card: TestCard) => void;
}

/**
 * The card: with Stripe, the slot its Payment Element is projected through (it lives in the light
 * DOM); with the reference server's test mode, the test cards.
 */
export function renderCardFieldset(o: CardFieldsetOptions): TemplateResult {
  const { t } = o;
  return html`<fieldset class="fieldset">
    <legend>${t.cardLegend}</legend>
    ${o.config({
      initial: () => html`<p class="muted">${t.cardLoading}</p>`,
      pending: () => html`<p class="muted">${t.cardLoading}</p>`,
      complete: (config) =>
        config?.provider === 'stripe'
          ? html`${o.cardProblem ? html`<p class="field-error" role="alert">${t.cardUnavailable}</p>` : nothing}
              <div class="card-form"><slot name="card-form"><p class="muted">${t.cardLoading}</p></slot></div>`
          : renderTestCards({ t, chosen: o.testCard, disabled: o.disabled, onChoose: o.onTestCard }),
      error: (error) => renderFatal(error, t),
    })}
  </fieldset>`;
}
