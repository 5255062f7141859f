import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApptClient, CustomerSession as SignInAnswer } from '../../client/types.js';
import { isApiError, isNetworkError, isTimeoutError } from '../../client/errors.js';
import { isConfigurationError } from '../base/configuration-error.js';
import type { SignInTexts } from './i18n/catalog.js';
import { normalizeCode, isEmailAddress } from './input.js';

/** The form's two steps: the e-mail address, then the code sent to it. */
export type Step = { kind: 'email' } | { kind: 'code'; email: string; name: string; expiresAt: string };

/** The field a message belongs to. */
export type Field = 'email' | 'code';

/** What is under way: asking for a code (first or again) or checking one. */
export type Pending = 'send' | 'resend' | 'verify';

/** A failure that is not one field's: rate limited, network, server, set-up. `retry` repeats the action. */
export interface Failure {
  error: unknown;
  retry: (() => void) | undefined;
}

/** What the code flow needs from the sign-in element. */
export interface CodeFlowOptions {
  /** The client to send with; throws a set-up mistake naming what is missing. */
  client: () => ApptClient;
  /** The customer's language and zone, for the code's e-mail. */
  audience: () => { locale: string; timeZone: string };
  /** Whether the name field is left out. */
  hideName: () => boolean;
  /** The texts of the current language. */
  texts: () => SignInTexts;
  /** Says `text` in the element's live region (`''` clears it). */
  announce: (text: string) => void;
  /** Moves focus to a field after the next render. */
  focus: (field: Field) => void;
  /** The code was right: the answer carries the customer and their token. */
  onSignedIn: (answer: SignInAnswer) => void;
}

/**
 * The passwordless sign-in's flow: the address (and optional name) asks for a one-time code, the
 * code is traded for the customer's token. It checks the address before anything is sent, keeps
 * the address when a code is wrong or expired (a new one is a press away), puts each problem beside
 * its field with focus and a spoken message, and offers Try again only where it may help. A new
 * request aborts the one under way; leaving the page aborts it too.
 */
export class CodeFlowController implements ReactiveController {
  step: Step = { kind: 'email' };
  email = '';
  name = '';
  code = '';
  fieldError: { field: Field; message: (t: SignInTexts) => string } | undefined;
  failure: Failure | undefined;
  pending: Pending | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CodeFlowOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.pending = undefined;
  }

  /** What the visitor typed into `field`. */
  input(field: 'email' | 'name' | 'code', value: string): void {
    this[field] = value;
    this.host.requestUpdate();
  }

  /** Back to an empty step (`email` after signing in or out, or for another address); aborts what is under way. */
  reset(step: Step = { kind: 'email' }): void {
    this.abort?.abort();
    this.step = step;
    this.code = '';
    this.fieldError = undefined;
    this.failure = undefined;
    this.pending = undefined;
    this.host.requestUpdate();
  }

  /** Asks for a code: from the e-mail step (`send`, checking the address first) or again (`resend`, the code step's address). */
  async requestCode(kind: 'send' | 'resend'): Promise<void> {
    if (this.pending || (kind === 'resend' && this.step.kind !== 'code')) return;
    const step = this.step;
    const email = step.kind === 'code' ? step.email : this.email.trim();
    const name = step.kind === 'code' ? step.name : !this.options.hideName() ? this.name.trim() : '';
    this.clearMessages();
    if (kind === 'send') {
      if (!email) return this.fieldProblem('email', (t) => t.signInEmailMissing);
      if (!isEmailAddress(email)) return this.fieldProblem('email', (t) => t.signInEmailInvalid);
    }
    const abort = this.start(kind);
    try {
      const client = this.options.client();
      const answer = await client.signIn.requestCode({ email, ...(name ? { name } : {}), ...this.options.audience() }, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.step = { kind: 'code', email, name, expiresAt: answer.expiresAt };
      this.code = '';
      this.options.announce(kind === 'resend' ? this.options.texts().signInResent : this.options.texts().signInCodeSent(email));
      this.options.focus('code');
    } catch (error) {
      if (abort.signal.aborted) return;
      if (kind === 'send' && isApiError(error) && error.status === 422 && error.fieldErrors.some((e) => e.field === 'email')) {
        this.fieldProblem('email', (t) => t.signInEmailInvalid);
      } else {
        this.fail(error, () => void this.requestCode(kind));
      }
    } finally {
      this.finish(abort);
    }
  }

  /** Trades the code for a customer token; a wrong or expired code is said beside the field. */
  async verify(): Promise<void> {
    if (this.pending || this.step.kind !== 'code') return;
    const { email } = this.step;
    this.clearMessages();
    const code = normalizeCode(this.code);
    if (!/^\d{6}$/.test(code)) return this.fieldProblem('code', (t) => t.signInCodeFormat);
    const abort = this.start('verify');
    let answer: SignInAnswer;
    try {
      answer = await this.options.client().signIn.verify({ email, code }, { signal: abort.signal });
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
      this.finish(abort);
    }
    if (abort.signal.aborted) return;
    this.reset();
    this.email = '';
    this.name = '';
    this.options.onSignedIn(answer);
  }

  private clearMessages(): void {
    this.failure = undefined;
    this.fieldError = undefined;
    this.options.announce('');
    this.host.requestUpdate();
  }

  private start(kind: Pending): AbortController {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.pending = kind;
    this.host.requestUpdate();
    return abort;
  }

  private finish(abort: AbortController): void {
    if (this.abort === abort) this.pending = undefined;
    this.host.requestUpdate();
  }

  /**
   * Shows a field's problem beside it, moves focus there and says it aloud: the focus may already
   * be on the field (Enter pressed in it), where moving it again would announce nothing.
   */
  private fieldProblem(field: Field, message: (t: SignInTexts) => string): void {
    this.fieldError = { field, message };
    this.options.focus(field);
    this.options.announce(message(this.options.texts()));
    this.host.requestUpdate();
  }

  /** Shows a failure that is no field's; Try again only where trying again may help (not a set-up mistake, a refusal or a rate limit). */
  private fail(error: unknown, retry: () => void): void {
    const transient = isNetworkError(error) || isTimeoutError(error) || (isApiError(error) && error.status >= 500);
    const unknown = !isApiError(error) && !isConfigurationError(error);
    this.failure = { error, retry: transient || unknown ? retry : undefined };
    this.host.requestUpdate();
  }
}
