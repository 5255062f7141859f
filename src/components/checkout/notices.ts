import { html, nothing, type TemplateResult } from 'lit';
import { describeLoadError } from '../base/load-error.js';
import type { PayError } from '../payment/failure-message.js';
import type { CheckoutTexts } from './i18n/catalog.js';

export type { PayError } from '../payment/failure-message.js';

/** What keeps the checkout from working at all (set-up, loading), with its detail. */
export function renderFatal(error: unknown, t: CheckoutTexts): TemplateResult {
  const { message, detail } = describeLoadError(error, t);
  return html`<div part="error" class="error" role="alert">
    <p class="error-text">${message}</p>
    ${detail ? html`<p class="error-detail">${detail}</p>` : nothing}
  </div>`;
}

/** Why the last payment attempt failed (focusable, so the focus can go there); with lost slots, a way back to the picker. */
export function renderPayError(error: PayError | undefined, t: CheckoutTexts, onChooseAgain: () => void): TemplateResult | typeof nothing {
  if (!error) return nothing;
  return html`<div part="error" class="error" role="alert" tabindex="-1">
    <p class="error-text">${error.message}</p>
    ${error.detail ? html`<p class="error-detail">${error.detail}</p>` : nothing}
    ${error.slotsLost ? html`<button class="button button--secondary" type="button" @click=${onChooseAgain}>${t.chooseOtherTimes}</button>` : nothing}
  </div>`;
}

/** Test mode: the card asks for authentication; the visitor confirms at the test bank. */
export function renderAuthenticate(t: CheckoutTexts, paying: boolean, onConfirm: () => void): TemplateResult {
  return html`<div class="notice" role="group" aria-labelledby="authenticate-title">
    <p id="authenticate-title" class="test-mode">${t.authenticateTitle}</p>
    <button part="pay-button" class="button pay" type="button" ?disabled=${paying} @click=${onConfirm}>
      ${paying ? t.paying : t.authenticateButton}
    </button>
  </div>`;
}
