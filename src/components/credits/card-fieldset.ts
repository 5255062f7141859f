import { html, nothing, type TemplateResult } from 'lit';
import type { PaymentConfig } from '../../client/types.js';
import { describeLoadError } from '../base/load-error.js';
import { TEST_CARDS, type TestCard } from '../payment/card-form.js';
import type { CreditsTexts } from './i18n/catalog.js';

/** What the card fieldset of `<appt-credits>` needs. */
export interface CreditsCardOptions {
  t: CreditsTexts;
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
  paying: boolean;
  onTestCard: (card: TestCard) => void;
  /** Loads the payment configuration again. */
  onRetry: () => void;
}

/**
 * The card: with Stripe, the slot its Payment Element is projected through (it lives in the light
 * DOM); with the reference server's test mode, the labelled test cards.
 */
export function renderCreditsCard(o: CreditsCardOptions): TemplateResult {
  const { t } = o;
  const loading = () => html`<p class="muted">${t.creditsCardLoading}</p>`;
  return html`<fieldset part="card" class="fieldset">
    <legend>${t.creditsCardLegend}</legend>
    ${o.config({
      initial: loading,
      pending: loading,
      complete: (config) =>
        config?.provider === 'stripe'
          ? html`${o.cardProblem ? html`<p class="field-error" role="alert">${t.creditsCardUnavailable}</p>` : nothing}
              <div class="card-form"><slot name="card-form">${loading()}</slot></div>`
          : renderTestCards(o),
      error: (error) => renderConfigError(t, error, o.onRetry),
    })}
  </fieldset>`;
}

function renderTestCards(o: CreditsCardOptions): TemplateResult {
  return html`<p part="test-mode" class="test-mode">${o.t.creditsTestMode}</p>
    <div class="choices">
      ${TEST_CARDS.map(
        (card) => html`<label class="choice">
          <input type="radio" name="test-card" .value=${card} .checked=${o.testCard === card} ?disabled=${o.paying} @change=${() => o.onTestCard(card)} />
          <span>${o.t.creditsTestCards[card]}</span>
        </label>`,
      )}
    </div>`;
}

function renderConfigError(t: CreditsTexts, error: unknown, onRetry: () => void): TemplateResult {
  const { message, detail } = describeLoadError(error, t);
  return html`<div class="error" role="alert">
    <p class="error-text">${message}</p>
    ${detail ? html`<p class="error-detail">${detail}</p>` : nothing}
    <button part="retry-button" class="button button--secondary" type="button" @click=${onRetry}>${t.retry}</button>
  </div>`;
}
