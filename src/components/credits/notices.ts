import { html, nothing, type TemplateResult } from 'lit';
import { exportParts } from '../base/export-parts.js';
import { describeLoadError, loadErrorCause } from '../base/load-error.js';
import type { CreditsTexts } from './i18n/catalog.js';

/** The inner sign-in's parts a host can style from outside, as `sign-in-<part>`. */
export const SIGN_IN_PARTS = exportParts('sign-in', ['form', 'field', 'input', 'submit-button', 'error']);

/** The "Buy credits" heading (focusable, for a return after a purchase). */
export function renderHeading(t: CreditsTexts): TemplateResult {
  return html`<h2 part="heading" class="heading" id="credits-heading" tabindex="-1">${t.creditsLabel}</h2>`;
}

/** Nobody signed in: the prompt and, unless the page signs in elsewhere, the sign-in form. */
export function renderSignedOut(t: CreditsTexts, o: { form: boolean; theme: string; error: TemplateResult | typeof nothing }): TemplateResult {
  return html`<div class="header">${renderHeading(t)}</div>
    <div part="signed-out" class="signed-out">
      ${o.error}
      <p part="sign-in-prompt" class="prompt">${t.creditsSignIn}</p>
      ${o.form ? html`<appt-sign-in part="sign-in" exportparts=${SIGN_IN_PARTS} theme=${o.theme}></appt-sign-in>` : nothing}
    </div>`;
}

/** Loading failed (or the element is set up wrongly): why, the support reference, and Try again. */
export function renderLoadError(t: CreditsTexts, error: unknown, onRetry: () => void): TemplateResult {
  const { message, detail } = describeLoadError(error, t);
  const sentence = loadErrorCause(error) === 'not-found' ? t.errorOther : message;
  return html`<div class="header">${renderHeading(t)}</div>
    <div part="error" class="error" role="alert">
      <p class="error-title">${t.creditsErrorTitle}</p>
      <p part="error-message" class="error-text">${sentence}</p>
      ${detail ? html`<p part="error-detail" class="error-detail">${detail}</p>` : nothing}
      <button part="retry-button" class="button button--secondary" type="button" @click=${onRetry}>${t.retry}</button>
    </div>`;
}
