import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ApptClient, Customer } from '../../client/types.js';
import { ConfigurationError } from '../base/configuration-error.js';
import { CustomerElement } from '../customer/customer-element.js';
import { VisitorZoneController, zoneAttributeProblem } from '../customer/visitor-zone.js';
import type { CustomerSession } from '../../context/customer-session.js';
import { ApptSignedInEvent } from '../../events/signed-in.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { tokens } from '../../styles/tokens.js';
import { shared } from '../../styles/shared.js';
import { signInTerms, type SignInTexts } from './i18n/catalog.js';
import { signInStyles } from './sign-in.styles.js';
import { asCustomer, isSignedOut, SIGNED_OUT } from '../customer/as-customer.js';
import { SessionEpoch } from '../customer/session-epoch.js';
import { CodeFlowController } from './code-flow.js';
import { codeStep, emailStep, failureBox, signedInView, skeletonView, type SignInView } from './sign-in-view.js';

const TAG = 'appt-sign-in';

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

  /** What the live region says. */
  @state() private announcement = '';

  /** The customer who just signed in here, with their token: shown at once, without asking the server. */
  private known: { token: string; customer: Customer } | undefined;
  /** The field (or box) to focus after the next render. */
  private focusNext: 'email' | 'code' | 'signed-in' | undefined;

  private readonly localize = new LocalizeController(this, signInTerms);
  private readonly zones = new VisitorZoneController(this, () => this.timeZone);
  private readonly sessionChanges = new SessionEpoch(this, () => this.session);
  private readonly flow = new CodeFlowController(this, {
    client: () => this.requireClient(),
    audience: () => ({ locale: this.localize.resolve().locale, timeZone: this.zones.zone }),
    hideName: () => this.hideName,
    texts: () => this.t(),
    announce: (text) => (this.announcement = text),
    focus: (field) => (this.focusNext = field),
    onSignedIn: (answer) => {
      this.known = { token: answer.token, customer: answer.customer };
      this.session.set(answer.token, answer.expiresAt);
      this.announcement = this.t().signInDone;
      this.focusNext = 'signed-in';
      this.emit(new ApptSignedInEvent(answer.customer));
    },
  });

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
    this.flow.reset();
    this.announcement = this.t().signInSignedOut;
    this.focusNext = 'email';
  }

  /** The texts of the current language (English while another one loads). */
  private t(): SignInTexts {
    return this.localize.resolve().translation ?? this.localize.fallback;
  }

  /** The client to send with, or a set-up mistake naming what is missing. */
  private requireClient(): ApptClient {
    const client = this.client;
    if (client instanceof Error) throw client;
    if (!client) throw new ConfigurationError(`<${TAG}>: set "api" and "key", or place it inside an element that provides a client.`);
    return client;
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
      ${t ? this.renderState(t, locale) : skeletonView('')}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  private renderState(t: SignInTexts, locale: string): TemplateResult {
    const v: SignInView = {
      t,
      flow: this.flow,
      locale,
      timeZone: this.zones.zone,
      now: this.now(),
      hideName: this.hideName,
      onSubmitEmail: this.onSubmitEmail,
      onSubmitCode: this.onSubmitCode,
      useOtherEmail: this.useOtherEmail,
    };
    const client = this.client;
    if (client instanceof Error) return failureBox(v, { error: client, retry: undefined });
    const zoneProblem = zoneAttributeProblem(TAG, this.timeZone);
    if (zoneProblem) return failureBox(v, { error: new ConfigurationError(zoneProblem), retry: undefined });
    if (this.statusTask.status === TaskStatus.ERROR && this.signedIn() === undefined) {
      return failureBox(v, { error: this.statusTask.error, retry: () => void this.statusTask.run() });
    }
    const customer = this.signedIn();
    if (customer === undefined) return skeletonView(t.signInChecking);
    if (customer) return signedInView(t, customer, () => this.signOut());
    const step = this.flow.step;
    return step.kind === 'code' ? codeStep(v, step) : emailStep(v);
  }

  private readonly onSubmitEmail = (event: Event): void => {
    event.preventDefault();
    void this.flow.requestCode('send');
  };

  private readonly onSubmitCode = (event: Event): void => {
    event.preventDefault();
    void this.flow.verify();
  };

  private readonly useOtherEmail = (): void => {
    this.flow.reset();
    this.focusNext = 'email';
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'appt-sign-in': ApptSignIn;
  }
}
