/** My bookings before the list: the placeholder while loading, the error box, and the signed-out prompt. */
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../../client/errors.js';
import { describeLoadError, loadErrorCause } from '../base/load-error.js';
import { exportParts } from '../base/export-parts.js';
import { SIGN_IN_PARTS } from '../sign-in/parts.js';
import type { MyBookingsTexts } from './i18n/catalog.js';

/** Placeholder sections while loading: as many cards as last time; `label` is spoken. */
export function skeletonView(label: string, counts: { bookings: number; purchases: number }): TemplateResult {
  const bone = html`<span class="bone"></span>`;
  const booking = html`<li part="card skeleton" class="card">
    <p class="card-title">${bone}</p>
    <p class="time">${bone}</p>
    <div class="card-footer">
      <p class="meta">${bone}</p>
      <span class="bone button-bone"></span>
    </div>
  </li>`;
  const purchase = html`<li part="card skeleton" class="card">
    <p class="card-title">${bone}</p>
    <div class="card-footer">
      <p class="meta">${bone}</p>
      <span class="bone button-bone"></span>
    </div>
  </li>`;
  const section = (cards: TemplateResult[], zone: boolean) => html`<section part="section" class="section">
    <div class="section-header">
      <p class="heading">${bone}</p>
      ${zone ? html`<p class="zone">${bone}</p>` : nothing}
    </div>
    <ul part="list" class="list" role="list">${cards}</ul>
  </section>`;
  return html`<div class="sections skeleton" aria-busy="true">
    <p role="status" class="visually-hidden">${label}</p>
    <div class="sections" aria-hidden="true">
      ${section(Array.from({ length: counts.bookings }, () => booking), true)}
      ${counts.purchases ? section(Array.from({ length: counts.purchases }, () => purchase), false) : nothing}
    </div>
  </div>`;
}

/**
 * The error box of a failed load, with Try again. Of an e-mail link's booking (`link`), a booking
 * the server does not know or a token it refuses (401, 404) is an invalid link.
 */
export function errorView(t: MyBookingsTexts, error: unknown, retry: () => void, link = false): TemplateResult {
  const { message, detail } = describeLoadError(error, t);
  const cause = loadErrorCause(error);
  const refused = isApiError(error) && (error.status === 401 || error.status === 404);
  const sentence = link && refused ? t.myBookingsLinkInvalid : cause === 'access' ? t.myBookingsErrorAccess : cause === 'not-found' ? t.errorOther : message;
  return html`<div part="error" class="error" role="alert">
    <p class="error-title">${t.myBookingsErrorTitle}</p>
    <p part="error-message" class="error-text">${sentence}</p>
    ${detail ? html`<p part="error-detail" class="error-detail">${detail}</p>` : nothing}
    <button part="retry-button" class="button button--secondary" type="button" @click=${retry}>${t.retry}</button>
  </div>`;
}

/** Signed out: the prompt, and the sign-in form unless the page signs in elsewhere. */
export function signedOutView(t: MyBookingsTexts, form: { show: boolean; theme: string; timeZone: string }): TemplateResult {
  return html`<div part="signed-out" class="signed-out">
    <p part="sign-in-prompt" class="prompt">${t.myBookingsSignIn}</p>
    ${form.show
      ? html`<appt-sign-in part="sign-in" exportparts=${exportParts('sign-in', SIGN_IN_PARTS)} theme=${form.theme} time-zone=${form.timeZone} hide-name></appt-sign-in>`
      : nothing}
  </div>`;
}
