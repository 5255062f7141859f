import { html, nothing, type TemplateResult } from 'lit';
import type { PayError } from '../payment/failure-message.js';
import type { CreditsTexts } from './i18n/catalog.js';

/** The test bank's question, which the Confirm button answers. */
export function renderAuthenticate(t: CreditsTexts): TemplateResult {
  return html`<p class="test-mode" id="authenticate-title">${t.creditsAuthenticateTitle}</p>`;
}

/** The one submit button: Pay while choosing, the test bank's Confirm, Try again after a lost confirmation. */
export function renderPayButton(o: { label: string; paying: string | undefined; disabled: boolean; authenticating: boolean }): TemplateResult {
  return html`<button
    part="pay-button"
    class="button pay"
    type="submit"
    ?disabled=${o.disabled}
    aria-describedby=${o.authenticating ? 'authenticate-title' : nothing}
  >
    ${o.paying ?? o.label}
  </button>`;
}

/** Why the last payment failed (focusable, so the focus can go there). */
export function renderPayError(error: PayError | undefined): TemplateResult | typeof nothing {
  if (!error) return nothing;
  return html`<div part="pay-error" class="error" role="alert" tabindex="-1">
    <p class="error-text">${error.message}</p>
    ${error.detail ? html`<p class="error-detail">${error.detail}</p>` : nothing}
  </div>`;
}
