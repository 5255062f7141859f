import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ApptClient, Customer, CustomerSession as SignInAnswer } from '../../client/types.js';
import { isApiError, isNetworkError, isTimeoutError } from '../../client/errors.js';
import { ConfigurationError, isConfigurationError } from '../base/configuration-error.js';
import { describeLoadError } from '../base/load-error.js';
import { CustomerElement } from '../customer/customer-element.js';
import { VisitorZoneController, zoneAttributeProblem } from '../customer/visitor-zone.js';
import type { CustomerSession } from '../customer/customer-session.js';
import { ApptSignedInEvent } from '../../events/signed-in.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { tokens } from '../../styles/tokens.js';
import { shared } from '../../styles/shared.js';
import { signInTerms, type SignInTexts } from './i18n/catalog.js';
import { signInStyles } from './sign-in.styles.js';
import { asCustomer, isSignedOut, SIGNED_OUT } from './as-customer.js';
import { SessionEpoch } from './session-epoch.js';
import { normalizeCode, isEmailAddress, retryAfterMs } from './input.js';

const TAG = 'appt-sign-in';

/** The form's two steps: the e-mail address, then the code sent to it. */
type Step = { kind: 'email' } | { kind: 'code'; email: string; name: string; expiresAt: string };

/** The field a message belongs to. */
type Field = 'email' | 'code';

/** What is under way: asking for a code (first or again) or checking one. */
type Pending = 'send' | 'resend' | 'verify';

/** A failure that is not one field's: rate limited, network, server, set-up. `retry` repeats the action. */
interface Failure {
  error: unknown;
  retry: (() => void) | undefined;
}

type StatusArgs = readonly [client: ApptClient | Error | undefined, session: CustomerSession, sessionChanges: number];

/**
 * Passwordless sign-in for a customer: an e-mail address (and, for a new customer, a name) gets a
 * one-time code by e-mail; the 6-digit code signs the visitor in. The token goes into the customer
 * session the element shares with every apptkit element around it (`<appt-booking>`, `<appt-my-bookings>`),
 * in memory only; the page learns who signed in from `appt-signed-in`, never the token.
 *
 * Signed in, it says as whom and offers Sign out. It recognizes a session it is given
 * (`customer-token`, `getCustomerToken`, or an ancestor's) by asking the server who it belongs to.
 *
 * Errors name what to do: an address that is not one (checked before anything is sent), too many
 * attempts (with the time to try again when the server says it), a wrong or expired code (the
 * address is kept; a new code is one press away), a lost connection (with Try again).
 *
 * @summary Signs a customer in with a one-time code sent by e-mail.
 * @tag appt-sign-in
 *
 * @event {ApptSignedInEvent} appt-signed-in - The visitor signed in with a code; `event.customer` is `{ id, email, name, credits }`.
 *
 * @csspart base - The root wrapper; carries `dir` and `lang`.
 * @csspart form - The form of either step.
 * @csspart title - The form's heading.
 * @csspart intro - The line under the heading (how it works, or where the code went).
 * @csspart field - A label with its input and message.
 * @csspart label - A field's label.
 * @csspart input - A text input (also `email-input`, `name-input`, `code-input`).
 * @csspart email-input - The e-mail input.
 * @csspart name-input - The optional name input.
 * @csspart code-input - The one-time code input.
 * @csspart field-error - The message under a field that needs fixing.
 * @csspart submit-button - Send me a code / Sign in.
 * @csspart resend-button - Send a new code.
 * @csspart other-email-button - Use another e-mail.
 * @csspart error - The box of a failure that is no field's (rate limit, connection, server).
 * @csspart error-message - The sentence saying what went wrong.
 * @csspart error-detail - The support reference, or for a set-up mistake the attribute at fault.
 * @csspart retry-button - The error box's Try again.
 * @csspart signed-in - The signed-in box.
 * @csspart signed-in-as - "Signed in as …".
 * @csspart email - The signed-in customer's e-mail, under their name.
 * @csspart credits - The customer's credits balance.
 * @csspart sign-out-button - The sign-out button.
 * @csspart skeleton - The placeholder while an existing sign-in is checked.
 *
 * @cssproperty --appt-color-primary - Accent color: buttons, focus (global token).
 * @cssproperty --appt-color-on-primary - Text on the accent color (global token).
 * @cssproperty --appt-color-surface - Background of the panel and inputs (global token).
 * @cssproperty --appt-color-text - Main text color (global token).
 * @cssproperty --appt-color-muted - Secondary text color (global token).
 * @cssproperty --appt-color-border - Borders of the panel and inputs (global token).
 * @cssproperty --appt-color-danger - Field messages and the error title (global token).
 * @cssproperty --appt-color-danger-surface - Error box background (global token).
 * @cssproperty --appt-color-skeleton - Loading placeholder color (global token).
 * @cssproperty --appt-color-skeleton-shine - Loading shimmer highlight (global token).
 * @cssproperty --appt-radius - Corner radius (global token).
 * @cssproperty --appt-space - Base spacing unit (global token).
 * @cssproperty --appt-font-family - Font stack (global token).
 * @cssproperty --appt-font-size - Base font size every size derives from, 16px by default (global token).
 * @cssproperty --appt-focus-ring - Outline of focused controls (global token).
 * @cssproperty --appt-sign-in-background - Background of the panel.
 * @cssproperty --appt-sign-in-border-color - Border of the panel.
 * @cssproperty --appt-sign-in-input-background - Background of the inputs.
 */
export class ApptSignIn extends CustomerElement {
  static override styles = [tokens, shared, signInStyles];
  /** This element's own texts in every language; `register` adds or rewords one (e.g. French). */
  static readonly terms = signInTerms;

  protected readonly tag = TAG;

  /** Leaves out the optional name field (asked so that a new customer has a name), e.g. for returning customers. */
  @property({ attribute: 'hide-name', type: Boolean, reflect: true }) hideName = false;

  /**
   * The viewer's IANA time zone for the code's validity and "try again at …", and the sign-in
   * e-mail's; default: the zone the visitor chose in this tab, else the browser's.
   */
  @property({ attribute: 'time-zone', reflect: true }) timeZone = '';

  /** This device's clock, epoch milliseconds; `Date.now` by default. It words "try again at …". */
  @property({ attribute: false }) now: () => number = () => Date.now();

  @state() private step: Step = { kind: 'email' };
  @state() private email = '';
  @state() private name = '';
  @state() private code = '';
  @state() private fieldError: { field: Field; message: (t: SignInTexts) => string } | undefined;
  @state() private failure: Failure | undefined;
  @state() private pending: Pending | undefined;
  /** What the live region says. */
  @state() private announcement = '';

  /** The customer who just signed in here, with their token: shown at once, without asking the server. */
  private known: { token: string; customer: Customer } | undefined;
  /** The field (or box) to focus after the next render. */
  private focusNext: 'email' | 'code' | 'signed-in' | undefined;
  private abort: AbortController | undefined;

  private readonly localize = new LocalizeController(this, signInTerms);
  private readonly zones = new VisitorZoneController(this, () => this.timeZone);
  private readonly sessionChanges = new SessionEpoch(this, () => this.session);

  /** Who is signed in: `null` when nobody is. */
  private readonly statusTask = new Task<StatusArgs, Customer | null>(this, {
    args: () => [this.client, this.session, this.sessionChanges.count],
    task: async ([client, session], { signal }) => {
      if (client instanceof Error) throw client;
      const token = session.token;
      if (this.known && this.known.token === token) return this.known.customer;
      if (isSignedOut(session)) return null;
      if (!client) return initialState; // Waiting for a context provider that may upgrade later.
      const customer = await this.sessionChanges.act(() => asCustomer(session, () => client.me.get({ signal })));
      return customer === SIGNED_OUT ? null : customer;
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.pending = undefined;
  }

  protected override updated(): void {
    const target = this.focusNext;
    if (!target) return;
    this.focusNext = undefined;
    const selector = target === 'signed-in' ? '[part~="signed-in"]' : `#${target}`;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /**
   * Signs out: forgets the customer token of the shared session and stops asking the host's
   * `getCustomerToken` (which would sign straight back in) until the host gives a token again.
   */
  signOut(): void {
    this.known = undefined;
    this.session.signOut();
    this.reset({ kind: 'email' });
    this.announcement = this.t().signInSignedOut;
    this.focusNext = 'email';
  }

  /** The texts of the current language (English while another one loads). */
  private t(): SignInTexts {
    return this.localize.resolve().translation ?? this.localize.fallback;
  }

  /** The customer signed in now, `null` when nobody is, or `undefined` while that is being checked. */
  private signedIn(): Customer | null | undefined {
    const token = this.session.token;
    if (this.known && this.known.token === token) return this.known.customer;
    if (isSignedOut(this.session)) return null;
    if (this.statusTask.status !== TaskStatus.COMPLETE) return undefined;
    return this.statusTask.value ?? null;
  }

  override render() {
    const { locale, translation: t, dir } = this.localize.resolve();
    return html`<div part="base" class="base" dir=${dir} lang=${locale}>
      ${t ? this.renderState(t, locale) : this.renderSkeleton('')}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  private renderState(t: SignInTexts, locale: string): TemplateResult {
    const client = this.client;
    if (client instanceof Error) return this.renderFailure(t, locale, { error: client, retry: undefined });
    const zoneProblem = zoneAttributeProblem(TAG, this.timeZone);
    if (zoneProblem) return this.renderFailure(t, locale, { error: new ConfigurationError(zoneProblem), retry: undefined });
    if (this.statusTask.status === TaskStatus.ERROR && this.signedIn() === undefined) {
      return this.renderFailure(t, locale, { error: this.statusTask.error, retry: () => void this.statusTask.run() });
    }
    const customer = this.signedIn();
    if (customer === undefined) return this.renderSkeleton(t.signInChecking);
    if (customer) return this.renderSignedIn(t, customer);
    return this.step.kind === 'code' ? this.renderCodeStep(t, locale, this.step) : this.renderEmailStep(t, locale);
  }

  private renderEmailStep(t: SignInTexts, locale: string): TemplateResult {
    const busy = this.pending !== undefined;
    return html`<form part="form" class="form" novalidate aria-labelledby="title" @submit=${this.onSubmitEmail}>
      <h2 part="title" class="title" id="title">${t.signInTitle}</h2>
      <p part="intro" class="intro">${t.signInIntro}</p>
      ${this.renderField(t, {
        id: 'email',
        label: t.signInEmailLabel,
        value: this.email,
        parts: 'input email-input',
        attrs: { type: 'email', autocomplete: 'email', inputmode: 'email', required: true },
        onInput: (value) => (this.email = value),
      })}
      ${!this.hideName
        ? this.renderField(t, {
            id: 'name',
            label: t.signInNameLabel,
            value: this.name,
            parts: 'input name-input',
            attrs: { type: 'text', autocomplete: 'name', required: false, maxlength: 120 },
            onInput: (value) => (this.name = value),
          })
        : nothing}
      ${this.failure ? this.renderFailure(t, locale, this.failure) : nothing}
      <div class="actions">
        <button part="submit-button" class="button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
          ${this.pending === 'send' ? t.signInSending : t.signInSendCode}
        </button>
      </div>
    </form>`;
  }

  private renderCodeStep(t: SignInTexts, locale: string, step: Extract<Step, { kind: 'code' }>): TemplateResult {
    const busy = this.pending !== undefined;
    const expires = formatTime(step.expiresAt, locale, this.zones.zone);
    return html`<form part="form" class="form" novalidate aria-labelledby="title" @submit=${this.onSubmitCode}>
      <h2 part="title" class="title" id="title">${t.signInTitle}</h2>
      <p part="intro" class="intro" id="code-sent">${[t.signInCodeSent(step.email), expires ? t.signInCodeExpires(expires) : ''].join(' ').trim()}</p>
      ${this.renderField(t, {
        id: 'code',
        label: t.signInCodeLabel,
        value: this.code,
        parts: 'input code-input',
        attrs: { type: 'text', autocomplete: 'one-time-code', inputmode: 'numeric', required: true, maxlength: 12 },
        onInput: (value) => (this.code = value),
        describedBy: 'code-sent',
      })}
      ${this.failure ? this.renderFailure(t, locale, this.failure) : nothing}
      <div class="actions">
        <button part="submit-button" class="button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
          ${this.pending === 'verify' ? t.signInVerifying : t.signInVerify}
        </button>
        <button part="resend-button" class="button button--secondary" type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => void this.resend()}>
          ${this.pending === 'resend' ? t.signInSending : t.signInResend}
        </button>
        <button part="other-email-button" class="button button--quiet" type="button" @click=${this.useOtherEmail}>
          ${t.signInOtherEmail}
        </button>
      </div>
    </form>`;
  }

  private renderField(
    t: SignInTexts,
    field: {
      id: 'email' | 'name' | 'code';
      label: string;
      value: string;
      parts: string;
      attrs: { type: string; autocomplete: string; inputmode?: string; required: boolean; maxlength?: number };
      onInput: (value: string) => void;
      describedBy?: string;
    },
  ): TemplateResult {
    const error = this.fieldError?.field === field.id ? this.fieldError.message(t) : '';
    const describedBy = [error ? `${field.id}-error` : '', field.describedBy ?? ''].filter(Boolean).join(' ');
    return html`<div part="field" class="field">
      <label part="label" class="label" for=${field.id}>${field.label}</label>
      <input
        part=${field.parts}
        class="input"
        id=${field.id}
        name=${field.id}
        type=${field.attrs.type}
        autocomplete=${field.attrs.autocomplete}
        inputmode=${field.attrs.inputmode ?? nothing}
        maxlength=${field.attrs.maxlength ?? nothing}
        spellcheck="false"
        dir=${field.id === 'name' ? 'auto' : 'ltr'}
        ?required=${field.attrs.required}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        .value=${field.value}
        @input=${(event: Event) => field.onInput((event.target as HTMLInputElement).value)}
      />
      ${error ? html`<p part="field-error" class="field-error" id=${`${field.id}-error`}>${error}</p>` : nothing}
    </div>`;
  }

  private renderSignedIn(t: SignInTexts, customer: Customer): TemplateResult {
    const who = customer.name.trim() || customer.email;
    return html`<div part="signed-in" class="signed-in" tabindex="-1">
      <div class="who">
        <p part="signed-in-as" class="signed-in-as" dir="auto">${t.signInSignedInAs(who)}</p>
        ${customer.name.trim() ? html`<p part="email" class="muted" dir="ltr">${customer.email}</p>` : nothing}
        <p part="credits" class="muted">${t.signInCredits(customer.credits)}</p>
      </div>
      <button part="sign-out-button" class="button button--secondary" type="button" @click=${() => this.signOut()}>
        ${t.signInSignOut}
      </button>
    </div>`;
  }

  private renderSkeleton(label: string): TemplateResult {
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

  private renderFailure(t: SignInTexts, locale: string, failure: Failure): TemplateResult {
    const { message, detail } = this.describe(failure.error, t, locale);
    return html`<div part="error" class="error" role="alert">
      <p class="error-title">${t.signInErrorTitle}</p>
      <p part="error-message" class="error-text">${message}</p>
      ${detail ? html`<p part="error-detail" class="error-detail">${detail}</p>` : nothing}
      ${failure.retry
        ? html`<button part="retry-button" class="button button--secondary" type="button" @click=${failure.retry}>${t.retry}</button>`
        : nothing}
    </div>`;
  }

  /** The sentence (and support reference) for a failure that is no field's. */
  private describe(error: unknown, t: SignInTexts, locale: string): { message: string; detail?: string } {
    if (isApiError(error) && error.code === 'rate_limited') {
      const wait = retryAfterMs(error);
      const at = wait === undefined ? '' : formatTime(new Date(this.now() + wait).toISOString(), locale, this.zones.zone);
      return { message: at ? t.signInRateLimitedUntil(at) : t.signInRateLimited };
    }
    return describeLoadError(error, t);
  }

  private readonly onSubmitEmail = (event: Event): void => {
    event.preventDefault();
    void this.requestCode('send');
  };

  private readonly onSubmitCode = (event: Event): void => {
    event.preventDefault();
    void this.verify();
  };

  private readonly useOtherEmail = (): void => {
    this.reset({ kind: 'email' });
    this.focusNext = 'email';
  };

  /** Sends the code again to the address of the code step. */
  private async resend(): Promise<void> {
    if (this.step.kind !== 'code') return;
    await this.requestCode('resend');
  }

  private reset(step: Step): void {
    this.abort?.abort();
    this.step = step;
    this.code = '';
    this.fieldError = undefined;
    this.failure = undefined;
    this.pending = undefined;
  }

  /** The client to send with, or a set-up mistake naming what is missing. */
  private requireClient(): ApptClient {
    const client = this.client;
    if (client instanceof Error) throw client;
    if (!client) throw new ConfigurationError(`<${TAG}>: set "api" and "key", or place it inside an element that provides a client.`);
    return client;
  }

  /** Asks for a code: from the e-mail step (`send`, checking the address first) or again (`resend`). */
  private async requestCode(kind: 'send' | 'resend'): Promise<void> {
    if (this.pending) return;
    const step = this.step;
    const email = step.kind === 'code' ? step.email : this.email.trim();
    const name = step.kind === 'code' ? step.name : !this.hideName ? this.name.trim() : '';
    this.failure = undefined;
    this.fieldError = undefined;
    this.announcement = '';
    if (kind === 'send') {
      if (!email) return this.fieldProblem('email', (t) => t.signInEmailMissing);
      if (!isEmailAddress(email)) return this.fieldProblem('email', (t) => t.signInEmailInvalid);
    }
    const abort = this.start(kind);
    try {
      const client = this.requireClient();
      const audience = { locale: this.localize.resolve().locale, timeZone: this.zones.zone };
      const answer = await client.signIn.requestCode({ email, ...(name ? { name } : {}), ...audience }, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.step = { kind: 'code', email, name, expiresAt: answer.expiresAt };
      this.code = '';
      this.announcement = kind === 'resend' ? this.t().signInResent : this.t().signInCodeSent(email);
      this.focusNext = 'code';
    } catch (error) {
      if (abort.signal.aborted) return;
      if (kind === 'send' && isApiError(error) && error.status === 422 && error.fieldErrors.some((e) => e.field === 'email')) {
        this.fieldProblem('email', (t) => t.signInEmailInvalid);
      } else {
        this.fail(error, () => void this.requestCode(kind));
      }
    } finally {
      if (this.abort === abort) this.pending = undefined;
    }
  }

  /** Trades the code for a customer token, puts it in the session, and tells the page who signed in. */
  private async verify(): Promise<void> {
    if (this.pending || this.step.kind !== 'code') return;
    const { email } = this.step;
    this.failure = undefined;
    this.fieldError = undefined;
    this.announcement = '';
    const code = normalizeCode(this.code);
    if (!/^\d{6}$/.test(code)) return this.fieldProblem('code', (t) => t.signInCodeFormat);
    const abort = this.start('verify');
    let answer: SignInAnswer;
    try {
      answer = await this.requireClient().signIn.verify({ email, code }, { signal: abort.signal });
    } catch (error) {
      if (abort.signal.aborted) return;
      if (isApiError(error) && error.status === 422) {
        const expired = error.fieldErrors.some((e) => e.field === 'code' && /expired/i.test(`${e.code} ${e.message}`));
        this.fieldProblem('code', (t) => (expired ? t.signInCodeExpired : t.signInCodeWrong));
      } else {
        this.fail(error, () => void this.verify());
      }
      return;
    } finally {
      if (this.abort === abort) this.pending = undefined;
    }
    if (abort.signal.aborted) return;
    this.known = { token: answer.token, customer: answer.customer };
    this.reset({ kind: 'email' });
    this.email = '';
    this.name = '';
    this.session.set(answer.token, answer.expiresAt);
    this.announcement = this.t().signInDone;
    this.focusNext = 'signed-in';
    this.emit(new ApptSignedInEvent(answer.customer));
  }

  private start(kind: Pending): AbortController {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.pending = kind;
    return abort;
  }

  /**
   * Shows a field's problem beside it, moves focus there and says it aloud: the focus may already
   * be on the field (Enter pressed in it), where moving it again would announce nothing.
   */
  private fieldProblem(field: Field, message: (t: SignInTexts) => string): void {
    this.fieldError = { field, message };
    this.focusNext = field;
    this.announcement = message(this.t());
  }

  /** Shows a failure that is no field's; Try again only where trying again may help (not a set-up mistake, a refusal or a rate limit). */
  private fail(error: unknown, retry: () => void): void {
    const transient = isNetworkError(error) || isTimeoutError(error) || (isApiError(error) && error.status >= 500);
    const unknown = !isApiError(error) && !isConfigurationError(error);
    this.failure = { error, retry: transient || unknown ? retry : undefined };
  }
}

/** `iso` as a time of day in the viewer's `timeZone`, the zone named ("3:57 AM GMT+1"), or `''` when it is not an instant. */
function formatTime(iso: string, locale: string, timeZone: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone }).format(ms);
}

declare global {
  interface HTMLElementTagNameMap {
    'appt-sign-in': ApptSignIn;
  }
}
