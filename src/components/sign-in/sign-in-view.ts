/**
 * The sign-in's templates: the e-mail step, the code step, a labelled field with its message, the
 * signed-in box, the placeholder while a sign-in is checked, and the box of a failure that is no
 * field's. Plain functions of what they show; the element and its code flow decide which one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Customer } from '../../client/types.js';
import { isApiError } from '../../client/errors.js';
import { describeLoadError } from '../base/load-error.js';
import type { SignInTexts } from './i18n/catalog.js';
import type { CodeFlowController, Failure, Step } from './code-flow.js';
import { retryAfterMs } from './input.js';

/** What the forms need: the texts, the flow's state, and the viewer's locale, zone and clock. */
export interface SignInView {
  t: SignInTexts;
  flow: CodeFlowController;
  locale: string;
  timeZone: string;
  now: number;
  hideName: boolean;
  onSubmitEmail: (event: Event) => void;
  onSubmitCode: (event: Event) => void;
  useOtherEmail: () => void;
}

/** The first step: the address and the optional name. */
export function emailStep(v: SignInView): TemplateResult {
  const { t, flow } = v;
  return html`<form part="form" class="form" novalidate aria-labelledby="title" @submit=${v.onSubmitEmail}>
    <h2 part="title" class="title" id="title">${t.signInTitle}</h2>
    <p part="intro" class="intro">${t.signInIntro}</p>
    ${field(v, {
      id: 'email',
      label: t.signInEmailLabel,
      value: flow.email,
      parts: 'input email-input',
      attrs: { type: 'email', autocomplete: 'email', inputmode: 'email', required: true },
    })}
    ${!v.hideName
      ? field(v, {
          id: 'name',
          label: t.signInNameLabel,
          value: flow.name,
          parts: 'input name-input',
          attrs: { type: 'text', autocomplete: 'name', required: false, maxlength: 120 },
        })
      : nothing}
    ${flow.failure ? failureBox(v, flow.failure) : nothing}
    <div class="actions">
      <button part="submit-button" class="button" type="submit" aria-disabled=${flow.pending ? 'true' : 'false'}>
        ${flow.pending === 'send' ? t.signInSending : t.signInSendCode}
      </button>
    </div>
  </form>`;
}

/** The second step: where the code went and until when, the code, Sign in, a new code, another address. */
export function codeStep(v: SignInView, step: Extract<Step, { kind: 'code' }>): TemplateResult {
  const { t, flow } = v;
  const busy = flow.pending !== undefined;
  const expires = formatTime(step.expiresAt, v.locale, v.timeZone);
  return html`<form part="form" class="form" novalidate aria-labelledby="title" @submit=${v.onSubmitCode}>
    <h2 part="title" class="title" id="title">${t.signInTitle}</h2>
    <p part="intro" class="intro" id="code-sent">${[t.signInCodeSent(step.email), expires ? t.signInCodeExpires(expires) : ''].join(' ').trim()}</p>
    ${field(v, {
      id: 'code',
      label: t.signInCodeLabel,
      value: flow.code,
      parts: 'input code-input',
      attrs: { type: 'text', autocomplete: 'one-time-code', inputmode: 'numeric', required: true, maxlength: 12 },
      describedBy: 'code-sent',
    })}
    ${flow.failure ? failureBox(v, flow.failure) : nothing}
    <div class="actions">
      <button part="submit-button" class="button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
        ${flow.pending === 'verify' ? t.signInVerifying : t.signInVerify}
      </button>
      <button part="resend-button" class="button button--secondary" type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => void flow.requestCode('resend')}>
        ${flow.pending === 'resend' ? t.signInSending : t.signInResend}
      </button>
      <button part="other-email-button" class="button button--quiet" type="button" @click=${v.useOtherEmail}>${t.signInOtherEmail}</button>
    </div>
  </form>`;
}

interface FieldSpec {
  id: 'email' | 'name' | 'code';
  label: string;
  value: string;
  parts: string;
  attrs: { type: 'email' | 'text'; autocomplete: 'email' | 'name' | 'one-time-code'; inputmode?: 'email' | 'numeric'; required: boolean; maxlength?: number };
  describedBy?: string;
}

/** A labelled input with its message, if the flow has one for it. */
function field(v: SignInView, spec: FieldSpec): TemplateResult {
  const { flow } = v;
  const error = flow.fieldError?.field === spec.id ? flow.fieldError.message(v.t) : '';
  const describedBy = [error ? `${spec.id}-error` : '', spec.describedBy ?? ''].filter(Boolean).join(' ');
  return html`<div part="field" class="field">
    <label part="label" class="label" for=${spec.id}>${spec.label}</label>
    <input
      part=${spec.parts}
      class="input"
      id=${spec.id}
      name=${spec.id}
      type=${spec.attrs.type}
      .autocomplete=${spec.attrs.autocomplete}
      inputmode=${ifDefined(spec.attrs.inputmode)}
      maxlength=${ifDefined(spec.attrs.maxlength)}
      spellcheck="false"
      dir=${spec.id === 'name' ? 'auto' : 'ltr'}
      ?required=${spec.attrs.required}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      .value=${spec.value}
      @input=${(event: Event) => flow.input(spec.id, (event.target as HTMLInputElement).value)}
    />
    ${error ? html`<p part="field-error" class="field-error" id=${`${spec.id}-error`}>${error}</p>` : nothing}
  </div>`;
}

/** Signed in: as whom, their credits, and Sign out. */
export function signedInView(t: SignInTexts, customer: Customer, signOut: () => void): TemplateResult {
  const who = customer.name.trim() || customer.email;
  return html`<div part="signed-in" class="signed-in" tabindex="-1">
    <div class="who">
      <p part="signed-in-as" class="signed-in-as" dir="auto">${t.signInSignedInAs(who)}</p>
      ${customer.name.trim() ? html`<p part="email" class="muted" dir="ltr">${customer.email}</p>` : nothing}
      <p part="credits" class="muted">${t.signInCredits(customer.credits)}</p>
    </div>
    <button part="sign-out-button" class="button button--secondary" type="button" @click=${signOut}>${t.signInSignOut}</button>
  </div>`;
}

/** The placeholder while an existing sign-in is checked; `label` is spoken. */
export function skeletonView(label: string): TemplateResult {
  return html`<div part="skeleton" class="signed-in skeleton" aria-busy="true">
    <p role="status" class="visually-hidden">${label}</p>
    <div class="who" aria-hidden="true">
      <p class="signed-in-as"><span class="bone line-bone"></span></p>
      <p class="muted"><span class="bone short-bone"></span></p>
      <p class="muted"><span class="bone short-bone"></span></p>
    </div>
    <span class="bone button-bone" aria-hidden="true"></span>
  </div>`;
}

/** The box of a failure that is no field's, with Try again where it may help. */
export function failureBox(v: Pick<SignInView, 't' | 'locale' | 'timeZone' | 'now'>, failure: Failure): TemplateResult {
  const { t } = v;
  const { message, detail } = describe(v, failure.error);
  return html`<div part="error" class="error" role="alert">
    <p class="error-title">${t.signInErrorTitle}</p>
    <p part="error-message" class="error-text">${message}</p>
    ${detail ? html`<p part="error-detail" class="error-detail">${detail}</p>` : nothing}
    ${failure.retry ? html`<button part="retry-button" class="button button--secondary" type="button" @click=${failure.retry}>${t.retry}</button>` : nothing}
  </div>`;
}

/** The sentence (and support reference) for a failure that is no field's; a rate limit says until when. */
function describe(v: Pick<SignInView, 't' | 'locale' | 'timeZone' | 'now'>, error: unknown): { message: string; detail?: string } {
  const { t } = v;
  if (isApiError(error) && error.code === 'rate_limited') {
    const wait = retryAfterMs(error);
    const at = wait === undefined ? '' : formatTime(new Date(v.now + wait).toISOString(), v.locale, v.timeZone);
    return { message: at ? t.signInRateLimitedUntil(at) : t.signInRateLimited };
  }
  return describeLoadError(error, t);
}

/** `iso` as a time of day in the viewer's `timeZone`, the zone named ("3:57 AM GMT+1"), or `''` when it is not an instant. */
function formatTime(iso: string, locale: string, timeZone: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone }).format(ms);
}
