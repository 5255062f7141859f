import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { ApptElement } from '../base/appt-element.js';
import { ConfigurationError } from '../base/configuration-error.js';
import { clientFromAttributes } from '../base/own-client.js';
import { clientContext } from '../../context/client.js';
import type { ApptClient, CallParticipant, JoinAnswer } from '../../client/index.js';
import { joinOpensAtOf, isIsoInstant } from '../../client/calls-contract.js';
import type { CallEndReason } from '../../core/session/index.js';
import { ApptCallEndEvent } from '../../events/call-end.js';
import { ApptCallJoinEvent } from '../../events/call-join.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { callTerms, type CallTexts } from './i18n/catalog.js';
import { tokens } from '../../styles/tokens.js';
import { shared } from '../../styles/shared.js';
import { callStyles } from './call.styles.js';
import type { CallFrameFactory } from './daily.js';
export type { CallFrameFactory } from './daily.js';
import { CountdownFormat } from './format.js';
import { VisitorZoneController } from '../customer/visitor-zone.js';
import { ServerClock } from './server-clock.js';
import { SessionClockController } from './session-clock.js';
import { JoinWindowController } from './join-window.js';
import { CallFrameController } from './call-frame.js';
import { callCredentials, callSetupProblem, type CallSetup } from './config.js';
import { endedView, ejectedView, errorView, idleView, inCallView, joiningView, tooEarlyView, type CallView } from './call-view.js';

const TAG = 'appt-call';

/** What the launcher shows. The phase within a call comes from the session clock (the core call machine). */
type View =
  | { kind: 'idle' }
  | { kind: 'too-early' }
  | { kind: 'joining' }
  | { kind: 'in-call' }
  | { kind: 'ended'; reason: CallEndReason }
  | { kind: 'ejected' }
  | { kind: 'error'; error: unknown };

/**
 * The in-page call launcher of a booking's audio, video or phone session. It joins through the
 * tenant's API, opens the call (Daily Prebuilt in a frame inside the element; an audio package
 * never asks for the camera) and enforces the package's session-ending rules on the server's
 * clock: the offset between the server and this device is measured around the join request, so
 * a device clock minutes off changes nothing.
 *
 * - Before the call opens it says when, with a countdown.
 * - In the call it counts down to the deadline; the live region speaks at 10, 5 and 1 minutes.
 * - `automatic` packages: at the deadline the element leaves and destroys the call for this
 *   participant. The server enforces the same limit on its side (the meeting token expires at
 *   the hard stop and Daily ejects everyone), so closing the element's tab changes nothing.
 * - `by_expert` packages: at the deadline the expert sees "Time is up" and an End button; the
 *   client is told the expert will end shortly; at the hard stop (deadline + overtime cap) the
 *   call stops for both.
 * - A rejoin never restarts the clock: the server keeps the client's first join.
 * - While in a call it asks the server every 15 s, and whenever the tab becomes visible again,
 *   for server-stamped events (the expert ended the session, the client's first join); a tab
 *   asleep past the deadline lands straight in the right phase when it wakes.
 *
 * It joins through the `ApptClient` an ancestor provides by context, or else through its own
 * client built from `api` and `key`. The call software (daily-js) loads only when joining; set
 * `callFactory` to run the call on something else (tests use a fake).
 *
 * @summary Joins a booking's audio, video or phone call and enforces the package's session-ending rules.
 * @tag appt-call
 *
 * @event {ApptCallJoinEvent} appt-call-join - This participant is in the call.
 * @event {ApptCallEndEvent} appt-call-end - The call ended for this participant; `event.reason` says why (`deadline`, `hard_stop`, `expert`, `left`, `ejected`).
 *
 * @csspart base - The root wrapper; carries `dir` and `lang`.
 * @csspart status - The line saying where the session stands (opens at, time left, time up, ended).
 * @csspart countdown - The countdown (`role="timer"`).
 * @csspart notice - The time-up notice of a by-expert session.
 * @csspart join-button - The Join (and Join again) button.
 * @csspart leave-button - The button leaving the call.
 * @csspart end-button - The expert's button ending the session.
 * @csspart stage - The box holding the call frame.
 * @csspart banner - A problem during the call: connection lost, camera or microphone blocked.
 * @csspart phone - The dial-out status of a phone package's client.
 * @csspart test-mode - The note that the offline test provider runs the call.
 * @csspart ended - The "session has ended" box.
 * @csspart error - The error box.
 * @csspart error-message - The sentence saying why joining failed.
 * @csspart error-detail - The support reference, or for a set-up mistake the attribute at fault.
 * @csspart retry-button - The error box's retry button.
 *
 * @cssproperty --appt-color-primary - Accent color: buttons, focus (global token).
 * @cssproperty --appt-color-on-primary - Text on the accent color (global token).
 * @cssproperty --appt-color-surface - Background of the panel (global token).
 * @cssproperty --appt-color-text - Main text color (global token).
 * @cssproperty --appt-color-muted - Secondary text color (global token).
 * @cssproperty --appt-color-border - Borders (global token).
 * @cssproperty --appt-color-danger - Error and warning color (global token).
 * @cssproperty --appt-color-danger-surface - Error box and banner background (global token).
 * @cssproperty --appt-radius - Corner radius (global token).
 * @cssproperty --appt-space - Base spacing unit (global token).
 * @cssproperty --appt-font-family - Font stack (global token).
 * @cssproperty --appt-font-size - Base font size every size derives from, 16px by default (global token).
 * @cssproperty --appt-focus-ring - Outline of focused controls (global token).
 * @cssproperty --appt-call-background - Background of the launcher panel.
 * @cssproperty --appt-call-stage-background - Background behind the call frame.
 * @cssproperty --appt-call-stage-min-height - Height of the call frame of an audio or phone call (video keeps 16:9).
 */
export class ApptCall extends ApptElement {
  static override styles = [tokens, shared, callStyles];
  /** This element's own texts in every language; `register` adds or rewords one (e.g. French). */
  static readonly terms = callTerms;

  /** Id of the booking whose call to join. Required. */
  @property({ reflect: true }) booking = '';

  /**
   * Who uses this launcher: `client` (default) or `expert`. (Not `role`, which is the ARIA role
   * attribute of every element.)
   */
  @property({ reflect: true }) participant: CallParticipant = 'client';

  /** A guest's booking-scoped join token, from the confirmation e-mail's link. */
  @property({ attribute: 'join-token' }) joinToken = '';

  /** The expert's token, minted by the tenant's backend with the admin key. Required with `participant="expert"`. */
  @property({ attribute: 'expert-token' }) expertToken = '';

  /** Base URL of the tenant's API (https, or http on loopback). Unused when an ancestor provides a client. */
  @property({ reflect: true }) api = '';

  /** Publishable key (`pk_…`). Unused when an ancestor provides a client. */
  @property({ reflect: true }) key = '';

  /** Color scheme: `light`, `dark`, or `auto` to follow the system setting. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** The viewer's IANA time zone for "The call opens at …"; default: the zone the visitor chose in this tab, else the browser's. */
  @property({ attribute: 'time-zone', reflect: true }) timeZone = '';

  /** Language of the element's texts and formats; falls back to context, ancestors and the browser. */
  @property({ reflect: true }) override lang!: string;

  /**
   * Creates the call frame instead of daily-js (which then never loads): for tests, or a host
   * running calls on its own stack. It receives a container inside the element and the options
   * daily-js's `createFrame` would get (`url`, `token`, `startVideoOff`, `videoSource`…).
   */
  @property({ attribute: false }) callFactory: CallFrameFactory | undefined;

  /**
   * This device's clock, epoch milliseconds; `Date.now` by default. Only the offset to the
   * server's clock is taken from it, so a clock minutes off does no harm; tests set it to drive time.
   */
  @property({ attribute: false }) now: () => number = () => Date.now();

  /** A client provided by an ancestor; wins over `api` and `key`. */
  @consume({ context: clientContext, subscribe: true })
  @state()
  private providedClient: ApptClient | undefined;

  /** The client built from `api` and `key`, or why it could not be built. */
  @state() private ownClient: ApptClient | Error | undefined;

  @state() private view: View = { kind: 'idle' };

  /** What the live region says: milestones of the countdown, time up, the end. */
  @state() private announcement = '';

  /** Why the expert's End failed, if it did. */
  @state() private endError: unknown;

  private readonly localize = new LocalizeController(this, callTerms);
  private readonly zones = new VisitorZoneController(this, () => this.timeZone);
  private readonly clock = new ServerClock(() => this.now());
  private readonly joinWindow = new JoinWindowController(this, this.clock);
  private readonly sessionClock = new SessionClockController(this, {
    clock: this.clock,
    fetchState: () => this.requireClient().calls.state(this.booking.trim(), callCredentials(this.setup), { signal: this.abort?.signal }),
    onEnded: (reason) => void this.finish(reason),
    onTimeUp: (role) => (this.announcement = role === 'expert' ? this.t().callTimeUpExpert : this.t().callTimeUpClient),
    onMilestone: (minutes) => (this.announcement = this.t().callMinutesLeft(minutes)),
  });
  private readonly frame = new CallFrameController(this, {
    factory: () => this.callFactory,
    onEjected: () => void this.ejected(),
    onFailed: (error) => void this.fail(error),
    onHungUp: () => this.sessionClock.hangUp(),
    onClosed: () => {
      if (this.viewKind !== 'in-call') return;
      this.sessionClock.stop();
      this.view = { kind: 'idle' };
    },
  });
  private formats: CountdownFormat | undefined;
  private answer: JoinAnswer | undefined;
  /** A join is under way: a second click does nothing. */
  private joining = false;
  private abort: AbortController | undefined;
  /** Whether the focus was inside and a swapped-out control took it away (until it is put back). */
  private focusToRestore = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('key')) this.ownClient = clientFromAttributes(TAG, this.api, this.key);
    if (this.shadowRoot?.activeElement) this.focusToRestore = true;
  }

  /**
   * Join, Leave and "too early" swap the buttons (with "Joining…" between): when the focused one
   * went, the focus moves to the new state's action (Leave, an enabled Join) or its status line as
   * soon as there is one, never to the page's body; focus the visitor moved elsewhere is left alone.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusToRestore) return;
    const active = document.activeElement;
    if (this.shadowRoot?.activeElement || (active !== null && active !== document.body && active !== this)) {
      this.focusToRestore = false;
      return;
    }
    const action = this.renderRoot.querySelector<HTMLElement>('[part~="leave-button"], [part~="join-button"]:not([disabled]), [part~="status"]');
    if (!action) return;
    action.focus();
    this.focusToRestore = false;
  }

  /** What is shown now (a getter, so that checks after an `await` are not narrowed away). */
  private get viewKind(): View['kind'] {
    return this.view.kind;
  }

  private get setup(): CallSetup {
    const { booking, participant, joinToken, expertToken, timeZone } = this;
    return { tag: TAG, booking, participant, joinToken, expertToken, timeZone };
  }

  /** The client to use; throws why there is none. */
  private requireClient(): ApptClient {
    const client = this.providedClient ?? this.ownClient;
    if (client instanceof Error) throw client;
    if (client) return client;
    throw new ConfigurationError(`<${TAG}>: set "api" and "key", or place it inside an element that provides a client.`);
  }

  /**
   * Joins the call: asks the server, measures the clock offset, seeds the call machine with the
   * server's first client join, and opens the call frame. Does nothing while a join is under way.
   * Resolves when the join is done or has failed (the failure is shown, not thrown).
   */
  async join(): Promise<void> {
    if (this.joining) return;
    this.joining = true;
    this.view = { kind: 'joining' };
    this.joinWindow.clear();
    this.frame.resetProblems();
    this.endError = undefined;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      const problem = callSetupProblem(this.setup);
      if (problem) throw new ConfigurationError(problem);
      const client = this.requireClient();
      const bookingId = this.booking.trim();
      const sentAt = this.clock.device();
      const credentials = callCredentials(this.setup);
      const answer = await client.calls.join(bookingId, { role: this.participant, ...credentials }, { signal: abort.signal });
      this.clock.measure(answer.serverTime, sentAt);
      // Never two call instances: the last frame is gone before another is created.
      await this.frame.settled();
      abort.signal.throwIfAborted();
      this.answer = answer;
      this.announcement = '';
      const started = this.sessionClock.start(answer);
      this.view = started.phase === 'ended' ? { kind: 'ended', reason: started.endedReason ?? 'deadline' } : { kind: 'in-call' };
      if (this.viewKind !== 'in-call') return;
      if (answer.roomUrl !== null && answer.meetingToken !== null) await this.frame.open(answer, () => this.viewKind === 'in-call');
      if (this.viewKind !== 'in-call') return;
      this.emit(new ApptCallJoinEvent({ bookingId, participant: answer.role, service: answer.service, provider: answer.provider }));
    } catch (error) {
      if (abort.signal.aborted) {
        if (this.viewKind === 'joining') this.view = { kind: 'idle' };
        return;
      }
      await this.frame.release();
      this.sessionClock.stop();
      const opensAt = joinOpensAtOf(error);
      if (opensAt) this.showTooEarly(opensAt, error);
      else this.view = { kind: 'error', error };
    } finally {
      this.joining = false;
    }
  }

  /** Ends the call for this participant: stops the clock, leaves and destroys the frame, tells the page. */
  private async finish(reason: CallEndReason): Promise<void> {
    if (this.viewKind === 'ended') return;
    this.sessionClock.stop();
    this.view = { kind: 'ended', reason };
    this.announcement = `${this.t().callEndedTitle} ${this.t().callEnded[reason]}`;
    await this.frame.release();
    this.emit(new ApptCallEndEvent({ bookingId: this.booking.trim(), reason }));
  }

  /** The provider put this participant out: the session's end, or an ejection. */
  private async ejected(): Promise<void> {
    if (this.viewKind !== 'in-call') return;
    this.sessionClock.tick();
    if (this.viewKind !== 'in-call') return; // the clock says the session is over
    await this.sessionClock.poll();
    if (this.viewKind !== 'in-call') return; // the server says why it ended
    this.sessionClock.stop();
    this.view = { kind: 'ejected' };
    await this.frame.release();
    this.emit(new ApptCallEndEvent({ bookingId: this.booking.trim(), reason: 'ejected' }));
  }

  private async fail(error: unknown): Promise<void> {
    this.sessionClock.stop();
    this.view = { kind: 'error', error };
    await this.frame.release();
  }

  private showTooEarly(opensAt: string, error: unknown): void {
    const problem = (error as { problem?: Record<string, unknown> }).problem;
    // The 425 answer may carry the server's clock too; without it the last measured offset stands.
    if (problem && isIsoInstant(problem.serverTime)) this.clock.measure(problem.serverTime);
    this.view = { kind: 'too-early' };
    this.joinWindow.wait(opensAt);
  }

  /** The expert ends the session for both. */
  private async endSession(): Promise<void> {
    if (this.viewKind !== 'in-call') return;
    this.endError = undefined;
    try {
      const answer = await this.requireClient().calls.end(this.booking.trim(), { expertToken: this.expertToken.trim() });
      this.sessionClock.expertEnded(answer.endedAt);
    } catch (error) {
      this.endError = error;
    }
  }

  /** The texts of the current language (English while another one loads). */
  private t(): CallTexts {
    return this.localize.resolve().translation ?? this.localize.fallback;
  }

  override render() {
    const { locale, translation: t, dir } = this.localize.resolve();
    const zone = this.zones.zone;
    if (this.formats?.locale !== locale || this.formats.timeZone !== zone) this.formats = new CountdownFormat(locale, zone);
    const kind = this.view.kind;
    // A set-up mistake shows at once, not on the first press of Join.
    const shown = kind === 'idle' && callSetupProblem(this.setup) ? 'error' : kind;
    const audioOnly = this.answer?.service !== 'video';
    const roomless = !this.answer || this.answer.roomUrl === null;
    // While the language's texts load, nothing but the frame shows: no flash of English.
    return html`<section part="base" class="base" dir=${dir} lang=${locale} aria-label=${t?.callLabel ?? ''} data-view=${shown}>
      ${t ? this.renderView(t, this.formats) : nothing}
      <div part="stage" class=${`stage ${audioOnly ? 'stage--audio' : 'stage--video'}`} ?hidden=${kind !== 'in-call' || roomless}>
        ${this.frame.stage}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  private renderView(t: CallTexts, formats: CountdownFormat): TemplateResult {
    const v: CallView = { t, formats, answer: this.answer, mediaProblem: this.frame.mediaProblem, join: () => void this.join() };
    const view = this.view;
    switch (view.kind) {
      case 'idle': {
        const problem = callSetupProblem(this.setup);
        return problem ? errorView(v, new ConfigurationError(problem), false) : idleView(v);
      }
      case 'too-early':
        return tooEarlyView(v, this.joinWindow.opensAtMs ?? 0, this.joinWindow.msLeft() ?? 0, this.clock.device());
      case 'joining':
        return joiningView(v);
      case 'in-call': {
        const state = this.sessionClock.state;
        const answer = this.answer;
        if (!state || !answer) return html``;
        return inCallView(v, {
          state,
          answer,
          left: this.sessionClock.remaining(),
          networkLost: this.frame.networkLost,
          endError: this.endError,
          leave: () => this.sessionClock.hangUp(),
          end: () => void this.endSession(),
        });
      }
      case 'ended':
        return endedView(v, view.reason);
      case 'ejected':
        return ejectedView(v);
      case 'error':
        return errorView(v, view.error, true);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'appt-call': ApptCall;
  }
}
