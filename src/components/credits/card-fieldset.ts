import { html, nothing, type TemplateResult } from 'lit';
import { describeLoadError } from '../base/load-error.js';
import type { TestCard } from '../payment/card-form.js';
import { renderCardFieldset, type CardFieldsetOptions } from '../payment/card-fieldset.js';
import type { CreditsTexts } from './i18n/catalog.js';

/** What the card fieldset of `<appt-credits>` needs. */
export interface CreditsCardOptions {
  t: CreditsTexts;
  /** Renders the payment configuration task's states (`task.render`). */
  config: CardFieldsetOptions['config'];
  /** Stripe.js could not be loaded. */
  cardProblem: boolean;
  testCard: TestCard;
  paying: boolean;
  onTestCard: (card: TestCard) => void;
  /** Loads the payment configuration again. */
  onRetry: () => void;
}

/** The card fieldset shared with checkout, in the words of `<appt-credits>`. */
export function renderCreditsCard(o: CreditsCardOptions): TemplateResult {
  const { t } = o;
  return renderCardFieldset({
    texts: { legend: t.creditsCardLegend, loading: t.creditsCardLoading, unavailable: t.creditsCardUnavailable, testModeNotice: t.creditsTestMode, testCards: t.creditsTestCards },
    config: o.config,
    cardProblem: o.cardProblem,
    testCard: o.testCard,
    disabled: o.paying,
    onTestCard: o.onTestCard,
    renderError: (error) => renderConfigError(t, error, o.onRetry),
    part: 'card',
  });
}

function renderConfigError(t: CreditsTexts, error: unknown, onRetry: () => void): TemplateResult {
  const { message, detail } = describeLoadError(error, t);
  return html`<div class="error" role="alert">
    <p class="error-text">${message}</p>
    ${detail ? html`<p class="error-detail">${detail}</p>` : nothing}
    <button part="retry-button" class="button button--secondary" type="button" @click=${onRetry}>${t.retry}</button>
  </div>`;
}
